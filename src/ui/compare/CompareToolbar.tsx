import { COMPARE_SETUP_IDS, type CompareSetupId } from '../../driver/index.ts';
import { AppStoreContext } from '../../store/hooks.ts';
import type { CompareSession } from '../../store/compareSession.ts';
import { SpeedControl } from '../controls/SpeedControl.tsx';
import { useT } from '../i18n/useT.ts';
import { CompareShare } from './CompareShare.tsx';
import { setupWords } from './setupWords.ts';
import { useSharedClock } from './useSharedClock.ts';

// The controls of both clusters at once: pause, speed (the playground's slider, bound to cluster
// A's store, which the session follows for both), a step of simulated time, the set-up and the
// share link.

/** Simulated ms one step moves both clusters on. */
export const COMPARE_STEP_MS = 100;

interface Props {
  session: CompareSession;
  setup: CompareSetupId;
  onSetup: (setup: CompareSetupId) => void;
}

export function CompareToolbar({ session, setup, onSetup }: Props) {
  const t = useT();
  const paused = useSharedClock(session.time, (s) => s.paused);
  return (
    <nav className="toolbar compare-toolbar" aria-label={t('compare.title')} data-testid="compare-toolbar">
      <button type="button" className={`primary${paused ? ' is-paused' : ''}`} aria-pressed={paused} onClick={() => session.setPaused(!paused)} data-testid="compare-pause">
        {paused ? t('compare.resume') : t('compare.pause')}
      </button>
      <AppStoreContext.Provider value={session.sides[0].store}>
        <SpeedControl />
      </AppStoreContext.Provider>
      <button type="button" onClick={() => session.stepBy(COMPARE_STEP_MS)} title={t('compare.stepTitle', { ms: COMPARE_STEP_MS })} data-testid="compare-step">
        {t('compare.step', { ms: COMPARE_STEP_MS })}
      </button>
      <label className="compare-setup-pick">
        {t('compare.setupLabel')}
        <select value={setup} onChange={(e) => onSetup(e.target.value as CompareSetupId)} data-testid="compare-setup">
          {COMPARE_SETUP_IDS.map((id) => (
            <option key={id} value={id}>
              {t(setupWords(id).name)}
            </option>
          ))}
        </select>
      </label>
      <span className="toolbar-gap" />
      <CompareShare session={session} setup={setup} />
    </nav>
  );
}
