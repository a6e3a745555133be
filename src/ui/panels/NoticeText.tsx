import { messageParts } from '../../i18n/message.ts';
import type { PageNotice } from '../../store/index.ts';
import { useT } from '../i18n/useT.ts';

// One notice's words in the page's language; what the user typed (?nodes=abc) stays as code.

export function NoticeText({ notice }: { notice: PageNotice }) {
  const t = useT();
  if (typeof notice === 'string') return <>{notice}</>;
  return (
    <>
      {messageParts(t, notice.key, notice.values, notice.code).map((part, i) =>
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
