import { effectiveSpeedOf } from './timeSlice.ts';
import type { ClusterDriver } from '../driver/index.ts';
import type { AppState, AppStore } from './types.ts';

// Every action that changes the cluster asks the time slice first (beforeAction): while the screen
// shows the past, the live driver refuses and the simulator will fork (forkAt). Wrapping the
// actions here keeps the slices themselves unaware of the scrubber.

/** The faults a person can put on the servers and the network (compare mode applies them to both clusters). */
export const FAULT_ACTIONS = [
  'crash',
  'kill',
  'pause',
  'resume',
  'restart',
  'isolate',
  'reconnect',
  'partitionLeaderMinority',
  'cut',
  'restoreLink',
  'partition',
  'applyPreset',
  'setDrop',
  'setDelay',
  'healFault',
  'healAll',
] as const satisfies readonly (keyof AppState)[];

/** The actions that change the cluster (not the view, the speed, or a rebuild from scratch). */
export const GUARDED_ACTIONS = [
  'toggleCrash',
  ...FAULT_ACTIONS,
  'connectClient',
  'clientOp',
  'disconnectClient',
  'closeClient',
] as const satisfies readonly (keyof AppState)[];

export function guardActions(store: AppStore): void {
  const s = store.getState();
  const guarded: Partial<AppState> = {};
  for (const name of GUARDED_ACTIONS) {
    const action = s[name] as (...args: unknown[]) => void;
    (guarded as Record<string, unknown>)[name] = (...args: unknown[]) => {
      if (store.getState().beforeAction()) action(...args);
    };
  }
  const setPausedAll = s.setPausedAll;
  guarded.setPausedAll = (paused) => {
    const now = store.getState();
    // Resuming in the past forks there (the simulator), so the run plays on from the moment shown.
    if (!paused && now.viewAtMs !== null && now.driverKind === 'simulated' && !now.forkHere()) now.backToLive();
    if (!paused) store.setState({ pausedBy: null, lastStep: null });
    setPausedAll(paused);
  };
  store.setState(guarded);
}

/** Keeps the driver at the effective speed: the chosen one, slowed while slow motion holds an election. */
export function followSlowMotion(store: AppStore, driver: ClusterDriver): () => void {
  let applied = store.getState().speed;
  const apply = (s: AppState) => {
    const next = effectiveSpeedOf(s);
    if (next === applied && next === s.effectiveSpeed) return;
    applied = next;
    driver.setSpeed(next);
    if (s.effectiveSpeed !== next) store.setState({ effectiveSpeed: next });
  };
  apply(store.getState());
  return store.subscribe((s, prev) => {
    // The chosen speed went to the driver as it was (uiSlice): put the slowdown back on top.
    if (s.speed !== prev.speed) applied = s.speed;
    if (s.snapshot !== prev.snapshot || s.speed !== prev.speed || s.slowMotion !== prev.slowMotion) apply(s);
  });
}
