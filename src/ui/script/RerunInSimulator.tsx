import { shareUrl } from '../../store/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { openInNewTab } from './download.ts';
import { useShareCodec } from './useShareCodec.ts';

// The live driver's runs are not repeatable (real timers, real threads), but what was done is
// recorded: the simulator replays those actions at their simulated times, deterministically.

export function RerunInSimulator() {
  const script = useAppStore((s) => s.script.text);
  const codec = useShareCodec();
  const speed = useAppStore((s) => s.speed);
  const rerun = () => {
    if (codec) openInNewTab(shareUrl({ pageUrl: window.location.href, encodedScript: codec.encodeScript(script), atMs: null, recordedWith: 'live', speed }));
  };
  return (
    <section className="panel rerun-panel" aria-labelledby="rerun-title">
      <h2 id="rerun-title">Re-run</h2>
      <p className="panel-note">
        The Web Worker servers run on real timers, so no two runs are alike. The simulator can replay what you did, at the same simulated times, the same way every
        time.
      </p>
      <div className="button-row">
        <button type="button" className="primary" data-testid="rerun-in-sim" disabled={!codec || script === ''} onClick={rerun}>
          Re-run in the simulator from the start
        </button>
      </div>
    </section>
  );
}
