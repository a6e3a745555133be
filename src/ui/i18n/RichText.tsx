import type { MessageKey } from '../../i18n/messages/en/index.ts';
import { messageParts } from '../../i18n/message.ts';
import type { MessageValues } from '../../i18n/translate.ts';
import { useT } from './useT.ts';

// A message with some of its arguments in bold ("quorum **3** of 5"), wherever the translation puts them.

export function RichText({ id, values, strong }: { id: MessageKey; values: MessageValues; strong: readonly string[] }) {
  const t = useT();
  return (
    <>
      {messageParts(t, id, values, strong).map((part, i) => (part.arg !== null ? <strong key={i}>{part.text}</strong> : part.text))}
    </>
  );
}

