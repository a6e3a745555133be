import { lazy, Suspense } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { loadAreas } from '../i18n/localeStore.ts';
import { useT } from '../i18n/useT.ts';
import { NoticeText } from './NoticeText.tsx';

// Messages about the page itself (a bad URL parameter, a missing driver), each dismissible. Their
// words are not in the first load: the first notice waits for them (a moment, once) rather than
// showing a blank line.

const NoticeListWithWords = lazy(() => loadAreas(['notices']).then(() => ({ default: NoticeList })));

export function Notices() {
  const count = useAppStore((s) => s.notices.length);
  if (count === 0) return null;
  return (
    <Suspense fallback={null}>
      <NoticeListWithWords />
    </Suspense>
  );
}

function NoticeList() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const t = useT();
  return (
    <div className="notices" role="alert">
      {notices.map((notice, i) => (
        <p key={i} className="notice">
          <NoticeText notice={notice} />
          <button type="button" onClick={() => dismiss(i)} aria-label={t('notices.dismiss')}>
            ✕
          </button>
        </p>
      ))}
    </div>
  );
}
