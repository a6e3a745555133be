import { useMemo, useState } from 'react';
import { shareUrl, timePositionMs } from '../../store/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { useShareCodec } from './useShareCodec.ts';
import { useT } from '../i18n/useT.ts';

// The run as a link: the set-up, every fault and client step with its time, and the moment on
// screen. Opened, it replays in the simulator to that moment and waits there.

export function ShareLink() {
  const t = useT();
  const script = useAppStore((s) => s.script.text);
  // A re-run of a live run stays labelled as one when shared on.
  const recordedWith = useAppStore((s) => (s.rerunOfLive ? 'live' : s.driverKind));
  const speed = useAppStore((s) => s.speed);
  const atMs = useAppStore((s) => Math.floor(timePositionMs(s)));
  const [copied, setCopied] = useState(false);
  const codec = useShareCodec();
  const encoded = useMemo(() => (codec ? codec.encodeScript(script) : null), [codec, script]);
  const url = encoded === null ? '' : shareUrl({ pageUrl: window.location.href, encodedScript: encoded, atMs, recordedWith, speed });

  const copy = () => {
    // The clipboard API needs a secure context; elsewhere the old way still works.
    if (navigator.clipboard) {
      void navigator.clipboard.writeText(url).then(
        () => setCopied(true),
        () => setCopied(copyBySelection(url)),
      );
    } else setCopied(copyBySelection(url));
  };

  return (
    <section className="panel share-panel" aria-labelledby="share-title">
      <h2 id="share-title">
        {t('script.share.title')} <span className="panel-note">{t('script.share.note')}</span>
      </h2>
      <div className="share-row" data-testid="share-link" data-url={url || undefined} data-at-ms={atMs}>
        <input className="share-url" readOnly value={url} aria-label={t('script.share.label')} translate="no" onFocus={(e) => e.currentTarget.select()} />
        <button type="button" data-testid="share-copy" disabled={!url} onClick={copy} onBlur={() => setCopied(false)}>
          {copied ? t('script.share.copied') : t('script.share.copy')}
        </button>
      </div>
      <p className="panel-note share-size">{t('script.share.size', { count: url.length })}</p>
    </section>
  );
}

/** Copies through a selected, off-screen text field (document.execCommand, for pages outside a secure context). */
function copyBySelection(text: string): boolean {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.className = 'offscreen-copy';
  document.body.appendChild(field);
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}
