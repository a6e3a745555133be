import { useAppStore } from '../../store/hooks.ts';
import { SpeedControl } from './SpeedControl.tsx';
import { LessonsButton } from '../lessonLauncher/LessonsButton.tsx';

// Global controls: time (pause, speed), message animation, network presets, settings and reset.

export function Toolbar() {
  const paused = useAppStore((s) => s.pausedAll);
  const setPaused = useAppStore((s) => s.setPausedAll);
  const animate = useAppStore((s) => s.animateMessages);
  const setAnimate = useAppStore((s) => s.setAnimateMessages);
  const split = useAppStore((s) => s.partitionLeaderMinority);
  const healAll = useAppStore((s) => s.healAll);
  const hasFaults = useAppStore((s) => s.faults.length > 0);
  const canSplit = useAppStore((s) => s.nodeIds.length >= 2);
  const openSettings = useAppStore((s) => s.setSettingsOpen);
  const reset = useAppStore((s) => s.reset);
  return (
    <nav className="toolbar" aria-label="Controls">
      <button type="button" className={`primary${paused ? ' is-paused' : ''}`} onClick={() => setPaused(!paused)} aria-pressed={paused} data-testid="pause-all">
        {paused ? '▶ Resume' : '❚❚ Pause'}
      </button>
      <SpeedControl />
      <label className="toggle">
        <input type="checkbox" checked={animate} onChange={(e) => setAnimate(e.target.checked)} data-testid="animate-messages" /> Show messages
      </label>
      <span className="toolbar-gap" />
      <LessonsButton />
      <button type="button" onClick={split} disabled={!canSplit} title="Cut the network in two, with the current leader on the smaller side" data-testid="split-leader-minority">
        ⊘ Split off leader
      </button>
      <button type="button" onClick={healAll} disabled={!hasFaults} data-testid="heal-all">
        ⇄ Heal network
      </button>
      <button type="button" onClick={() => openSettings(true)} data-testid="open-settings">
        ⚙ Settings
      </button>
      <button type="button" onClick={reset} title="Start the same cluster again from scratch" data-testid="reset">
        ↺ Reset
      </button>
    </nav>
  );
}
