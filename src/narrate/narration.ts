import type { TimelineRecord } from '../host/records.ts';
import type { ActiveFault } from '../net/network.ts';
import type { RequestProblem } from '../core/requestProblems.ts';
import type { Locale } from '../i18n/locale.ts';
import { detailFor, sentenceFor, type Language } from './language.ts';

// Narration: a pure function of a timeline record, outside the core. Every producer logs data;
// the page, the command line and the tests render it here. A language is one `Language` (a
// sentence per kind, checked by the compiler), registered by whoever loads it: ./index.ts registers
// English for the command line and the tests, and the page registers the one it shows with that
// language's words (src/ui/i18n/localeStore.ts), so a Chinese page never fetches English.

export type Lang = Locale;

const languages: Partial<Record<Lang, Language>> = {};

export function registerLanguage(lang: Lang, language: Language): void {
  languages[lang] = language;
}

/**
 * The language's tables; until it is loaded, English, else whichever is (never blank words). The
 * page loads its language before it draws, so the fallback serves only callers that compare
 * sentences rather than show them (src/store/notices.ts).
 */
function tablesFor(lang: Lang): Language {
  const tables = languages[lang] ?? languages.en ?? Object.values(languages)[0];
  if (!tables) throw new Error('no narration language is loaded');
  return tables;
}

/** The record in one sentence. */
export function narrate(record: TimelineRecord, lang: Lang = 'en'): string {
  return sentenceFor(tablesFor(lang).sentences, record)(record);
}

/** A second line for records whose data says more than their sentence, or null. */
export function narrateDetail(record: TimelineRecord, lang: Lang = 'en'): string | null {
  const render = detailFor(tablesFor(lang).details, record);
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
export type { FaultSubject, Language, MetricParts } from './language.ts';
