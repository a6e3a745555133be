import type { PageNotice } from '../../store/index.ts';
import { CodeText } from '../i18n/CodeText.tsx';

// One notice's words in the page's language; what the user typed (?nodes=abc) stays as code.

export function NoticeText({ notice }: { notice: PageNotice }) {
  if (typeof notice === 'string') return <>{notice}</>;
  return <CodeText id={notice.key} values={notice.values} code={notice.code ?? []} />;
}
