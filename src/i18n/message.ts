import type { MessageKey } from './messages/en/index.ts';
import type { MessageValues, Translate } from './translate.ts';

// A sentence kept as data until it is shown: the catalog key and its arguments, so a notice made at
// boot (a bad URL parameter) reads in whatever language the page shows when it is drawn. `code`
// names the arguments that are the user's own text or a parameter's name (?nodes=abc): the page
// shows them as code, untranslated.

export interface Message {
  key: MessageKey;
  values?: MessageValues;
  code?: readonly string[];
}

export function message(key: MessageKey, values?: MessageValues, code?: readonly string[]): Message {
  return { key, ...(values ? { values } : {}), ...(code ? { code } : {}) };
}

/** The message in one language, as plain text (code arguments as they are). */
export function renderMessage(t: Translate, m: Message): string {
  return t(m.key, m.values);
}

export type MessagePart = { text: string; code: boolean };

/**
 * The message cut into plain text and code arguments, for a renderer that marks the code: each code
 * argument is rendered as a private-use marker first, so the translation decides where it goes.
 */
export function messageParts(t: Translate, m: Message): MessagePart[] {
  const code = m.code ?? [];
  if (code.length === 0) return [{ text: renderMessage(t, m), code: false }];
  const values: MessageValues = { ...m.values };
  code.forEach((name, i) => (values[name] = `\uE000${i}\uE001`));
  const parts: MessagePart[] = [];
  for (const piece of t(m.key, values).split(/(\uE000\d+\uE001)/)) {
    const marker = /^\uE000(\d+)\uE001$/.exec(piece);
    if (marker) parts.push({ text: String(m.values?.[code[Number(marker[1])]!] ?? ''), code: true });
    else if (piece) parts.push({ text: piece, code: false });
  }
  return parts;
}

/** Two messages say the same thing (a notice is shown once). */
export function sameMessage(a: Message, b: Message): boolean {
  return a.key === b.key && JSON.stringify(a.values ?? {}) === JSON.stringify(b.values ?? {});
}
