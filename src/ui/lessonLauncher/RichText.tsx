import { Fragment } from 'react';

// Text with `code` spans (lessons, the ?lesson= notices): paths, values, calls and URL
// parameters, shown in monospace and marked translate="no": they read the same in every language.

export function RichText({ text }: { text: string }) {
  const parts = text.split('`');
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} translate="no">
            {part}
          </code>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
