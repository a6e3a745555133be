import type { TimelineRecord } from '../host/records.ts';
import type { ActiveFault } from '../net/network.ts';
import type { RequestProblem } from '../core/requestProblems.ts';
import type { Locale } from '../i18n/locale.ts';
import { detailFor, hasActionsPart, isRealKind, looksAfterAFault, NOT_LOADED, sentenceFor, wholeLanguage, type ActionsNarration, type DetailLines, type Language, type LoadedLanguage, type ModelLanguage, type NarrationPart, type RealKind, type Sentences } from './language.ts';

// Narration: a pure function of a timeline record, outside the core. Every producer logs data;
// the page, the command line and the tests render it here. A language is one `Language` (a
// sentence per kind, checked by the compiler), registered by whoever loads it: ./index.ts registers
// English for the command line and the tests, and the page registers the one it shows with that
// language's words (src/ui/i18n/localeStore.ts), so a Chinese page never fetches English.

export type Lang = Locale;

const languages: Partial<Record<Lang, ModelLanguage>> = {};
/** What people did, in each language, once loaded (the page loads it with the first of it). */
const actionsParts: Partial<Record<Lang, ActionsNarration>> = {};
/** The real ensemble's part of each language, registered when the page runs a real ensemble. */
const realParts: Partial<Record<Lang, NarrationPart<RealKind>>> = {};
/** Each language's tables with its parts so far, merged once per registration rather than per sentence. */
const merged: Partial<Record<Lang, LoadedLanguage>> = {};
/** Told which language lacks a part a caller asked for: the page fetches it and redraws. */
let partMissing: ((lang: Lang, part: NarrationPartName) => void) | null = null;

/** The parts a language's narration loads apart from its first screen's. */
export type NarrationPartName = 'actions' | 'real';

/** A whole language (the command line, the tests), or the page's without its parts. */
export function registerLanguage(lang: Lang, language: ModelLanguage | Language): void {
  languages[lang] = language;
  delete merged[lang];
}

/** What people did, in a language: the page registers it when the first of it is to be said. */
export function registerActionsNarration(lang: Lang, part: ActionsNarration): void {
  actionsParts[lang] = part;
  delete merged[lang];
}

/** The real ensemble's sentences in a language: the page registers them with the real driver. */
export function registerRealNarration(lang: Lang, part: NarrationPart<RealKind>): void {
  realParts[lang] = part;
  delete merged[lang];
}

/** Who fetches a part of a language that a sentence needs and is not loaded (the page's locale store). */
export function onNarrationPartMissing(fetch: (lang: Lang, part: NarrationPartName) => void): void {
  partMissing = fetch;
}

/**
 * The language's tables; until it is loaded, English, else whichever is (never blank words). The
 * page loads its language before it draws, so the fallback serves only callers that compare
 * sentences rather than show them (src/store/notices.ts).
 */
function languageFor(lang: Lang): Lang {
  const loaded = languages[lang] ? lang : languages.en ? 'en' : (Object.keys(languages)[0] as Lang | undefined);
  if (!loaded) throw new Error('no narration language is loaded');
  return loaded;
}

interface Tables {
  lang: Lang;
  tables: LoadedLanguage;
}

function tablesFor(lang: Lang): Tables {
  const loaded = languageFor(lang);
  const tables = (merged[loaded] ??= wholeLanguage(languages[loaded]!, actionsParts[loaded], realParts[loaded]));
  return { lang: loaded, tables };
}


function notLoaded(lang: Lang, part: NarrationPartName): string {
  partMissing?.(lang, part);
  return NOT_LOADED;
}

/** The record in one sentence. */
export function narrate(record: TimelineRecord, lang: Lang = 'en'): string {
  const { lang: loaded, tables } = tablesFor(lang);
  const partMissingHere = looksAfterAFault(record) && !hasActionsPart(tables);
  const sentence = partMissingHere ? undefined : (sentenceFor(tables.sentences as Sentences, record) as ((record: TimelineRecord) => string) | undefined);
  return sentence ? sentence(record) : notLoaded(loaded, isRealKind(record.kind) ? 'real' : 'actions');
}

/** A second line for records whose data says more than their sentence, or null. */
export function narrateDetail(record: TimelineRecord, lang: Lang = 'en'): string | null {
  const render = detailFor(tablesFor(lang).tables.details as DetailLines, record) ?? null;
  return render ? render(record) : null;
}

/** A fault in force, in words. */
export function describeFault(fault: ActiveFault, lang: Lang = 'en'): string {
  const { lang: loaded, tables } = tablesFor(lang);
  return tables.fault ? tables.fault(fault) : notLoaded(loaded, 'actions');
}

/** "1, 2, 5" (sorted), or none in words. */
export function narrateIdList(ids: readonly number[], lang: Lang = 'en'): string {
  return tablesFor(lang).tables.lists.ids(ids);
}

/** The first `shown` zxids, then how many more. */
export function narrateZxidList(zxids: readonly number[], lang: Lang = 'en', shown?: number): string {
  return tablesFor(lang).tables.lists.zxids(zxids, shown);
}

/** Why a client request failed, in words. */
export function narrateProblem(problem: RequestProblem, lang: Lang = 'en'): string {
  const { lang: loaded, tables } = tablesFor(lang);
  return tables.problem ? tables.problem(problem) : notLoaded(loaded, 'actions');
}

// The language-neutral helpers the panels share with the sentences.
export { formatBytes, formatMs, formatPercent, formatSeconds, formatSessionId, formatZxid } from './format.ts';
export { isShortValue, quotedValue, recordJson, valueBytes, valueDigest } from './values.ts';
export { idRanges } from './shared/ids.ts';
export type { ActionsNarration, FaultSubject, Language, MetricParts, ModelLanguage, NarrationPart, RealKind } from './language.ts';
