import type { PageNotice } from '../../store/index.ts';
import { narrate } from '../../narrate/narration.ts';
import { CodeText } from '../i18n/CodeText.tsx';
import { useNarrationLocale } from '../i18n/useT.ts';

// One notice's words in the page's language; what the user typed (?nodes=abc) stays as code.

export function NoticeText({ notice }: { notice: PageNotice }) {
  const locale = useNarrationLocale();
  if (typeof notice === 'string') return <>{notice}</>;
  if ('record' in notice) return <>{narrate(notice.record, locale)}</>;
  return <CodeText id={notice.key} values={notice.values} code={notice.code ?? []} />;
}
