import { expect } from 'vitest';
import { untranslatedWords } from '../../i18n/terms.ts';

// What the tests of a second language check: the same facts as the English sentence, in that
// language's words (for tests only; no code of the playground imports this).

/** Fields whose text is quoted as it came: script statements, thrown errors, paths, values, names. */
const VERBATIM_KEYS = new Set(['statement', 'error', 'path', 'parent', 'value', 'client', 'deletedPaths', 'some', 'faultId', 'signal', 'detail', 'problem', 'command', 'field']);

function verbatimTexts(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return VERBATIM_KEYS.has(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => verbatimTexts(item, key));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => verbatimTexts(v, k));
}

/** The text without what it quotes from its record (longest first, so a path hides before its parent). */
export function ownWords(text: string, data: unknown): string {
  const quoted = verbatimTexts(data).sort((a, b) => b.length - a.length);
  return quoted.reduce((rest, q) => (q ? rest.split(q).join(' ') : rest), text);
}

/** Ids, counts, ms, zxids and session ids, in order of size so word order may differ. */
function numbersIn(text: string): string[] {
  return (text.match(/0x[0-9a-f]+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/gi) ?? []).sort();
}

export function expectSameFacts(english: string, chineseText: string, data: unknown): void {
  const where = `${chineseText}\n  (English: ${english})`;
  expect(untranslatedWords(ownWords(chineseText, data)), where).toEqual([]);
  expect(numbersIn(ownWords(chineseText, data)), where).toEqual(numbersIn(ownWords(english, data)));
  expect(chineseText, where).not.toMatch(/undefined|NaN|null|\[object/);
  // Chinese sentences take full-width punctuation, and a space between Chinese and Latin letters or digits.
  expect(ownWords(chineseText, data), where).not.toMatch(/[0-9A-Za-z][\u4e00-\u9fff]|[\u4e00-\u9fff][0-9A-Za-z]/);
  expect(chineseText, where).not.toMatch(/[\u4e00-\u9fff][,;:!?]|[,;:]\s*[\u4e00-\u9fff]/);
}
