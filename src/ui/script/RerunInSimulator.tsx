import { shareUrl } from '../../store/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { openInNewTab } from './download.ts';
import { useShareCodec } from './useShareCodec.ts';
import { useT } from '../i18n/useT.ts';

// The live driver's runs are not repeatable (real timers, real threads), but what was done is
// recorded: the simulator replays those actions at their simulated times, deterministically.

export function RerunInSimulator() {
  const t = useT();
  const script = useAppStore((s) => s.script.text);
  const codec = useShareCodec();
  const speed = useAppStore((s) => s.speed);
  const rerun = () => {
    if (codec) openInNewTab(shareUrl({ pageUrl: window.location.href, encodedScript: codec.encodeScript(script), atMs: null, recordedWith: 'live', speed }));
  };
  return (
    <section className="panel rerun-panel" aria-labelledby="rerun-title">
      <h2 id="rerun-title">{t('script.rerun.title')}</h2>
      <p className="panel-note">
        {t('script.rerun.note')}
      </p>
      <div className="button-row">
        <button type="button" className="primary" data-testid="rerun-in-sim" disabled={!codec || script === ''} onClick={rerun}>
          {t('script.rerun.button')}
        </button>
      </div>
    </section>
  );
}
