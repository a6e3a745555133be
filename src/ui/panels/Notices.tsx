import { useAppStore } from '../../store/hooks.ts';
import { useT } from '../i18n/useT.ts';
import { NoticeText } from './NoticeText.tsx';

// Messages about the page itself (a bad URL parameter, a missing driver), each dismissible.

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const t = useT();
  if (notices.length === 0) return null;
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
