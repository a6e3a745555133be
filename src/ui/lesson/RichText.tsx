import { Fragment } from 'react';

// Lesson text with `code` spans: paths, values and calls, shown in monospace and marked
// translate="no" (they are the same words in every language).

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
