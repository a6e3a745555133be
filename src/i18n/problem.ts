import type { MessageKey } from './messages/en/index.ts';
import type { MessageValues, Translate } from './translate.ts';

// A refusal as data: a message key and its values, worded by whoever shows it, in its language. A
// string value is the user's or the program's own text (a script word, a keyword); a number is a
// number; a nested problem is a phrase of the catalog too (the kind of word that was unknown).

export interface Problem<Key extends MessageKey = MessageKey> {
  key: Key;
  values?: Record<string, string | number | Problem>;
}

/** The problem in words; `wrapText` marks the user's own text (the page draws it as code). */
export function problemWords(p: Problem, t: Translate, wrapText: (text: string) => string = (text) => text): string {
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(p.values ?? {})) {
    values[name] = typeof value === 'object' ? problemWords(value, t, wrapText) : typeof value === 'string' ? wrapText(value) : value;
  }
  return t(p.key, values);
}
