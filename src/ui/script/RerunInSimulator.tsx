import { shareUrl } from '../../store/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { openInNewTab } from './download.ts';
import { useShareCodec } from './useShareCodec.ts';
import { useT } from '../i18n/useT.ts';
import { CodeSpans } from '../i18n/CodeSpans.tsx';
import { code } from '../../i18n/codeText.ts';

// The live driver's runs are not repeatable (real timers, real threads), but what was done is
// recorded: the simulator replays those actions at their simulated times, deterministically.

export function RerunInSimulator() {
  const t = useT();
  const script = useAppStore((s) => s.script.text);
  const codec = useShareCodec();
  const speed = useAppStore((s) => s.speed);
  const real = useAppStore((s) => s.driverKind === 'real');
  const rerun = () => {
    if (codec) openInNewTab(shareUrl({ pageUrl: window.location.href, encodedScript: codec.encodeScript(script), atMs: null, recordedWith: real ? 'real' : 'live', speed }));
  };
  return (
    <section className="panel rerun-panel" aria-labelledby="rerun-title">
      <h2 id="rerun-title">{t('script.rerun.title')}</h2>
      <p className="panel-note">
        {t(real ? 'script.rerun.realNote' : 'script.rerun.note')}
      </p>
      {real && (
        <p className="panel-note" data-testid="real-script-note">
          <CodeSpans text={t('unsupported.scripts', { command: code('npm run real -- --script FILE') })} />
        </p>
      )}
      <div className="button-row">
        <button type="button" className="primary" data-testid="rerun-in-sim" disabled={!codec || script === ''} onClick={rerun}>
          {t('script.rerun.button')}
        </button>
      </div>
    </section>
  );
}
