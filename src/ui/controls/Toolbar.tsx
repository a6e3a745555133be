import { useAppStore } from '../../store/hooks.ts';
import { PresentToggle } from '../present/PresentToggle.tsx';
import { ShortcutsButton } from '../shortcuts/ShortcutsButton.tsx';
import { SpeedControl } from './SpeedControl.tsx';
import { CompareLauncher } from '../compare/CompareLauncher.tsx';
import { useT } from '../i18n/useT.ts';
import { LessonsButton } from '../lessonLauncher/LessonsButton.tsx';

// Global controls: time (pause, speed), message animation, network presets, settings and reset.
// A driver that cannot change speed or its cluster (a real ensemble) shows why instead.

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
  const freezes = useAppStore((s) => s.capabilities.freezeAll);
  const configurable = useAppStore((s) => s.capabilities.configure);
  const t = useT();
  // Only a real ensemble's page says why it cannot be configured (its words load with that driver).
  const fixedWhy = configurable ? '' : t('unsupported.configure', { command: 'npm run real -- --servers N --tick MS' });
  return (
    <nav className="toolbar" aria-label={t('toolbar.label')}>
      <button type="button" className={`primary${paused ? ' is-paused' : ''}`} onClick={() => setPaused(!paused)} aria-pressed={paused} title={freezes ? undefined : t('unsupported.freeze')} data-testid="pause-all">
        {paused ? t('toolbar.resume') : t('toolbar.pause')}
      </button>
      <SpeedControl />
      <label className="toggle">
        <input type="checkbox" checked={animate} onChange={(e) => setAnimate(e.target.checked)} data-testid="animate-messages" /> {t('toolbar.showMessages')}
      </label>
      <span className="toolbar-gap" />
      <LessonsButton />
      <button type="button" onClick={split} disabled={!canSplit} title={t('toolbar.splitTitle')} data-testid="split-leader-minority">
        {t('toolbar.split')}
      </button>
      <button type="button" onClick={healAll} disabled={!hasFaults} data-testid="heal-all">
        {t('toolbar.heal')}
      </button>
      <CompareLauncher />
      {configurable ? (
        <>
          <button type="button" onClick={() => openSettings(true)} data-testid="open-settings">
            {t('toolbar.settings')}
          </button>
          <button type="button" onClick={reset} title={t('toolbar.resetTitle')} data-testid="reset">
            {t('toolbar.reset')}
          </button>
        </>
      ) : (
        <span className="toolbar-fixed" tabIndex={0} title={fixedWhy} aria-label={`${t('real.ensemble')}: ${fixedWhy}`} data-testid="fixed-ensemble">
          {t('real.ensemble')}
        </span>
      )}
      <PresentToggle />
      <ShortcutsButton />
    </nav>
  );
}
