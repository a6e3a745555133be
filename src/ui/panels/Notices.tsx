import { useAppStore } from '../../store/hooks.ts';

// Messages about the page itself (a bad URL parameter, a missing driver), each dismissible.

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="alert">
      {notices.map((text, i) => (
        <p key={i} className="notice">
          {text}
          <button type="button" onClick={() => dismiss(i)} aria-label="Dismiss this message">
            ✕
          </button>
        </p>
      ))}
    </div>
  );
}
