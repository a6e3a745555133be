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

/** A run of a message's text; `arg` names the argument it renders, or null for the message's own words. */
export type MessagePart = { text: string; arg: string | null };

/**
 * The message cut into its own words and the named arguments, for a renderer that marks those (as
 * code, in bold): each is rendered as a private-use marker first, so the translation decides where
 * it goes. Without names it is one plain part.
 */
export function messageParts(t: Translate, key: MessageKey, values: MessageValues = {}, marked: readonly string[] = []): MessagePart[] {
  if (marked.length === 0) return [{ text: t(key, values), arg: null }];
  const withMarkers: MessageValues = { ...values };
  marked.forEach((name, i) => (withMarkers[name] = `\uE000${i}\uE001`));
  const parts: MessagePart[] = [];
  for (const piece of t(key, withMarkers).split(/(\uE000\d+\uE001)/)) {
    const marker = /^\uE000(\d+)\uE001$/.exec(piece);
    const name = marker ? marked[Number(marker[1])]! : null;
    if (name !== null) parts.push({ text: String(values[name] ?? ''), arg: name });
    else if (piece) parts.push({ text: piece, arg: null });
  }
  return parts;
}

/** Two messages say the same thing (a notice is shown once). */
export function sameMessage(a: Message, b: Message): boolean {
  return a.key === b.key && JSON.stringify(a.values ?? {}) === JSON.stringify(b.values ?? {});
}
