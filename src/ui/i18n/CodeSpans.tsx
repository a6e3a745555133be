import { textParts } from '../../i18n/codeText.ts';

// A translated sentence with code inside (src/i18n/codeText.ts): the code is drawn as code and
// marked translate="no", so a translator tool and the zh English check leave it alone.

export function CodeSpans({ text }: { text: string }) {
  return (
    <>
      {textParts(text).map((part, i) =>
        part.code ? (
          <code key={i} className="mono" translate="no">
            {part.text}
          </code>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
