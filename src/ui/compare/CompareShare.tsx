import { useState } from 'react';
import type { CompareSetupId } from '../../driver/index.ts';
import type { CompareSession } from '../../store/compareSession.ts';
import { shareUrl } from '../../store/share.ts';
import { useT } from '../i18n/useT.ts';
import { useSharedClock } from './useSharedClock.ts';

// Compare mode's share link: the set-up and the moment on screen (the set-up's scripts are the
// run), with the page's share-link hooks (data-testid="share-link", data-url, data-at-ms).

export function CompareShare({ session, setup }: { session: CompareSession; setup: CompareSetupId }) {
  const t = useT();
  const atMs = useSharedClock(session.time, (s) => s.timeMs);
  const speed = useSharedClock(session.time, (s) => s.speed);
  const [copied, setCopied] = useState(false);
  const url = shareUrl({ pageUrl: window.location.href, encodedScript: '', atMs, recordedWith: 'simulated', speed, compare: setup });
  const copy = () => {
    if (!navigator.clipboard) return;
    void navigator.clipboard.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <div className="compare-share" data-testid="share-link" data-url={url} data-at-ms={atMs} title={t('compare.shareNote')}>
      <input className="share-url" readOnly value={url} aria-label={t('compare.shareLabel')} onFocus={(e) => e.currentTarget.select()} />
      {navigator.clipboard && (
        <button type="button" data-testid="share-copy" onClick={copy} onBlur={() => setCopied(false)}>
          {copied ? t('compare.copied') : t('compare.copy')}
        </button>
      )}
    </div>
  );
}
