import type { MessageKey } from '../../i18n/messages/en/index.ts';
import { messageParts } from '../../i18n/message.ts';
import type { MessageValues } from '../../i18n/translate.ts';
import { useT } from './useT.ts';

// A message whose named arguments are what a user types (?nodes=abc, ?driver=sim): they are shown
// as code, untranslated, wherever the translation puts them.

export function CodeText({ id, values, code }: { id: MessageKey; values?: MessageValues; code: readonly string[] }) {
  const t = useT();
  return (
    <>
      {messageParts(t, id, values, code).map((part, i) =>
        part.arg !== null ? (
          <code key={i} translate="no">
            {part.text}
          </code>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
