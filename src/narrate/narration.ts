import type { TimelineRecord } from '../host/records.ts';
import type { ActiveFault } from '../net/network.ts';
import type { RequestProblem } from '../core/requestProblems.ts';
import type { Locale } from '../i18n/locale.ts';
import { detailFor, sentenceFor, withRealPart, type Language, type ModelLanguage, type NarrationPart, type RealKind } from './language.ts';

// Narration: a pure function of a timeline record, outside the core. Every producer logs data;
// the page, the command line and the tests render it here. A language is one `Language` (a
// sentence per kind, checked by the compiler), registered by whoever loads it: ./index.ts registers
// English for the command line and the tests, and the page registers the one it shows with that
// language's words (src/ui/i18n/localeStore.ts), so a Chinese page never fetches English.

export type Lang = Locale;

const languages: Partial<Record<Lang, ModelLanguage>> = {};
/** The real ensemble's part of each language, registered when the page runs a real ensemble. */
const realParts: Partial<Record<Lang, NarrationPart<RealKind>>> = {};
/** Each language's tables with its real part, if any, merged once per registration rather than per sentence. */
const merged: Partial<Record<Lang, Language>> = {};

/** A whole language (the command line, the tests), or the page's without its real part. */
export function registerLanguage(lang: Lang, language: ModelLanguage | Language): void {
  languages[lang] = language;
  delete merged[lang];
}

/** The real ensemble's sentences in a language: the page registers them with the real driver. */
export function registerRealNarration(lang: Lang, part: NarrationPart<RealKind>): void {
  realParts[lang] = part;
  delete merged[lang];
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

function tablesFor(lang: Lang): Language {
  const loaded = languageFor(lang);
  const model = languages[loaded]!;
  const real = realParts[loaded];
  // Without its real part a language lacks those kinds' entries, which narrate() shows as NOT_LOADED.
  return (merged[loaded] ??= (real ? withRealPart(model, real) : model) as Language);
}

/** What a record whose part of the language is not loaded shows: an ellipsis, never a blank. */
const NOT_LOADED = '…';

/** The record in one sentence. */
export function narrate(record: TimelineRecord, lang: Lang = 'en'): string {
  const sentence = sentenceFor(tablesFor(lang).sentences, record) as ((record: TimelineRecord) => string) | undefined;
  return sentence ? sentence(record) : NOT_LOADED;
}

/** A second line for records whose data says more than their sentence, or null. */
export function narrateDetail(record: TimelineRecord, lang: Lang = 'en'): string | null {
  const render = detailFor(tablesFor(lang).details, record) ?? null;
  return render ? render(record) : null;
}

/** A fault in force, in words. */
export function describeFault(fault: ActiveFault, lang: Lang = 'en'): string {
  return tablesFor(lang).fault(fault);
}

/** "1, 2, 5" (sorted), or none in words. */
export function narrateIdList(ids: readonly number[], lang: Lang = 'en'): string {
  return tablesFor(lang).lists.ids(ids);
}

/** The first `shown` zxids, then how many more. */
export function narrateZxidList(zxids: readonly number[], lang: Lang = 'en', shown?: number): string {
  return tablesFor(lang).lists.zxids(zxids, shown);
}

/** Why a client request failed, in words. */
export function narrateProblem(problem: RequestProblem, lang: Lang = 'en'): string {
  return tablesFor(lang).problem(problem);
}

// The language-neutral helpers the panels share with the sentences.
export { formatBytes, formatMs, formatPercent, formatSeconds, formatSessionId, formatZxid } from './format.ts';
export { isShortValue, quotedValue, recordJson, valueBytes, valueDigest } from './values.ts';
export { idRanges } from './shared/ids.ts';
export type { FaultSubject, Language, MetricParts, ModelLanguage, NarrationPart, RealKind } from './language.ts';
