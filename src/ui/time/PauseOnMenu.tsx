import type { AutoPauseOn } from '../../driver/index.ts';
import { useAppStore } from '../../store/hooks.ts';

// "Pause when…": the run stops by itself at a suspicion, a leader elected or a committed write, and
// elections can run in slow motion. The simulator stops exactly at the event; the live workers run
// on until the record reaches the page, a few ms later, and the menu says so.

const TOGGLES: { on: AutoPauseOn; label: string }[] = [
  { on: 'suspect', label: 'a server suspects' },
  { on: 'elected', label: 'a leader is elected' },
  { on: 'commit', label: 'a write commits' },
];

export function PauseOnMenu() {
  const autoPause = useAppStore((s) => s.autoPause);
  const setAutoPause = useAppStore((s) => s.setAutoPause);
  const slowMotion = useAppStore((s) => s.slowMotion);
  const setSlowMotion = useAppStore((s) => s.setSlowMotion);
  const exact = useAppStore((s) => s.capabilities.exactAutoPause);
  const active = autoPause.length + (slowMotion ? 1 : 0);
  return (
    <details className="pause-on" data-testid="pause-on">
      <summary title="Pause by itself when something happens; slow motion for elections">
        Pause on{active > 0 ? ` (${active})` : ''} ▾
      </summary>
      <div className="pause-on-menu">
        <p className="pause-on-note">Pause when…</p>
        {TOGGLES.map((t) => (
          <label key={t.on} className="toggle">
            <input type="checkbox" checked={autoPause.includes(t.on)} onChange={(e) => setAutoPause(t.on, e.target.checked)} data-testid={`auto-pause-${t.on}`} /> {t.label}
          </label>
        ))}
        <p className="pause-on-note">{exact ? 'The simulator stops exactly at it.' : 'The servers run in workers: the page pauses as soon as the event reaches it, a few ms later.'}</p>
        <label className="toggle">
          <input type="checkbox" checked={slowMotion} onChange={(e) => setSlowMotion(e.target.checked)} data-testid="slow-motion" /> slow motion during elections
        </label>
        {!exact && <p className="pause-on-note">Stepping needs the simulator (open the page with ?driver=sim).</p>}
      </div>
    </details>
  );
}
