import type { StoreApi } from 'zustand/vanilla';
import { createLockstepDrivers, loadCompareSetups, makeSpec, defaultSpecInput, type ClusterDriver, type CompareSetupId, type FrameClock, type SharedSimClock } from '../driver/index.ts';
import { FAULT_ACTIONS } from './actionGuard.ts';
import { connectDriver } from './bridge.ts';
import { followFigures, type CompareFigures } from './compareFigures.ts';
import { createAppStore } from './createAppStore.ts';
import type { AppState, AppStore } from './types.ts';
import { loadAnalysis } from './metricsSlice.ts';

// Compare mode: two clusters, each an ordinary app store on its own simulated driver (so the
// topology and every component that reads a store from context draw it unchanged), under one
// shared simulated clock. A set-up plays its two scripts from 0; pausing and speed, whether they
// come from the session or from a control bound to either store, apply to both, and so does a
// fault clicked on either cluster: both stand at the same moment, so both get it then.

/** The fault actions a click on either cluster applies to both. */
export const MIRRORED_FAULTS = FAULT_ACTIONS;

export interface CompareSide {
  store: AppStore;
  driver: ClusterDriver;
  figures: StoreApi<CompareFigures>;
}

export interface CompareSession {
  readonly sides: readonly [CompareSide, CompareSide];
  readonly time: SharedSimClock;
  readonly setup: () => CompareSetupId;
  /** Plays a set-up's two scripts from 0; with `atMs`, runs both there at once and pauses. */
  load(setup: CompareSetupId, options?: { atMs?: number }): void;
  setPaused(paused: boolean): void;
  setSpeed(speed: number): void;
  /** Pauses and moves both clusters on by `ms`. */
  stepBy(ms: number): void;
  dispose(): void;
}

export interface CompareInit {
  speed: number;
  reducedMotion: boolean;
}

export async function createCompareSession(frameClock: FrameClock, init: CompareInit): Promise<CompareSession> {
  // The figures read each side's fault analysis, so its code comes first (metricsSlice.ts).
  const [{ drivers, time }, { COMPARE_SETUPS }] = await Promise.all([createLockstepDrivers(2, frameClock), loadCompareSetups(), loadAnalysis()]);
  const stops: (() => void)[] = [];
  const sides = drivers.map((driver) => {
    // The spec is replaced by the set-up's script at once (load); this one only seeds the store.
    const store = createAppStore(driver, { driverKind: driver.kind, spec: makeSpec(defaultSpecInput()), speed: init.speed, reducedMotion: init.reducedMotion });
    stops.push(connectDriver(store, driver, frameClock));
    const { figures, stop } = followFigures(store);
    stops.push(stop);
    return { store, driver, figures };
  }) as unknown as [CompareSide, CompareSide];
  mirrorFaults(sides.map((side) => side.store));
  let current: CompareSetupId = 'article-vs-zookeeper';

  const setPaused = (paused: boolean) => {
    if (time.state.paused !== paused) time.setPaused(paused);
    for (const { store } of sides) if (store.getState().pausedAll !== paused) store.getState().setPausedAll(paused);
  };
  const setSpeed = (speed: number) => {
    time.setSpeed(speed);
    for (const { store } of sides) if (store.getState().speed !== time.state.speed) store.getState().setSpeed(time.state.speed);
  };
  time.setSpeed(init.speed);
  // A control bound to either store (the speed slider, a pause key) speaks for both.
  for (const { store } of sides) {
    stops.push(
      store.subscribe((s, prev) => {
        if (s.speed !== prev.speed && s.speed !== time.state.speed) setSpeed(s.speed);
        if (s.pausedAll !== prev.pausedAll && s.pausedAll !== time.state.paused) setPaused(s.pausedAll);
      }),
    );
  }

  return {
    sides,
    time,
    setup: () => current,
    load: (setup, options = {}) => {
      current = setup;
      const scripts = COMPARE_SETUPS[setup].scripts;
      sides.forEach(({ store }, i) => {
        const outcome = store.getState().runScript(scripts[i]!);
        // The set-ups are ours and tested (compareSetups.test.ts): a refusal is a bug, said plainly.
        if (!outcome.ok) throw new Error(`compare set-up ${setup}, cluster ${i === 0 ? 'A' : 'B'}: ${outcome.message}`);
      });
      time.restart(0);
      if (options.atMs !== undefined) {
        setPaused(true);
        time.runTo(options.atMs);
      } else setPaused(false);
    },
    setPaused,
    setSpeed,
    stepBy: (ms) => {
      setPaused(true);
      time.stepBy(ms);
    },
    dispose: () => {
      for (const stop of stops) stop();
      time.dispose();
      for (const driver of drivers) driver.dispose();
    },
  };
}

/** Each store's fault actions act on every store; a plain click decides crash or restart by the cluster clicked. */
function mirrorFaults(stores: readonly AppStore[]): void {
  type Action = (...args: unknown[]) => void;
  const originals = stores.map((store) => {
    const s = store.getState();
    return Object.fromEntries(MIRRORED_FAULTS.map((name) => [name, s[name] as Action])) as Record<(typeof MIRRORED_FAULTS)[number], Action>;
  });
  for (const store of stores) {
    const patch: Record<string, Action> = {};
    for (const name of MIRRORED_FAULTS) patch[name] = (...args) => originals.forEach((o) => o[name](...args));
    patch.toggleCrash = (id) => {
      const node = store.getState().nodeById.get(id as number);
      if (!node) return;
      const action = node.status === 'down' ? 'restart' : 'crash';
      for (const o of originals) o[action](id);
    };
    store.setState(patch as Partial<AppState>);
  }
}
