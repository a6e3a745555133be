import type { StateCreator } from 'zustand/vanilla';
import { makeSpec, type ClusterDriver } from '../driver/index.ts';
import { reduceCommit } from './commit.ts';
import { createNowStore } from './nowClock.ts';
import { EMPTY_DRAFT } from './groups.ts';
import { quorumInfo } from './selectors.ts';
import { timeReset } from './timeSlice.ts';
import type { AppInit, AppState, ClusterSlice } from './types.ts';

// The cluster as the driver last reported it, and the actions on its servers.

export function createClusterSlice(driver: ClusterDriver, init: AppInit): StateCreator<AppState, [], [], ClusterSlice> {
  return (set, get) => {
    /** Starts a cluster from `spec` and forgets everything about the previous run. */
    const startRun = (spec: AppState['spec']) => {
      set((s) => freshRunState(s, spec));
      get().now.setState({ nowMs: 0 });
      driver.start(spec);
    };
    return {
      driverKind: init.driverKind,
      spec: init.spec,
      runId: 0,
      snapshot: null,
      now: createNowStore(),
      nodeIds: [],
      nodeById: new Map(),
      leader: null,
      quorum: quorumInfo([], init.spec.settings),
      commitUpdate: (batch) => {
        const next = reduceCommit(get(), batch);
        if (next) set(next);
      },
      toggleCrash: (id) => {
        const node = get().nodeById.get(id);
        if (!node) return;
        if (node.status === 'down') driver.restart(id);
        else driver.crash(id);
      },
      crash: (id) => driver.crash(id),
      kill: (id) => driver.kill(id),
      pause: (id) => driver.pause(id),
      resume: (id) => driver.resume(id),
      restart: (id) => driver.restart(id),
      reset: () => {
        startRun(get().spec);
        // A cluster the page builds starts running; a real ensemble is left as it is (no SIGCONT of every server).
        if (!driver.capabilities.configure) return;
        driver.setPausedAll(false);
        set({ pausedAll: false });
      },
      applySettings: (input) => {
        // The bridge set a real ensemble up: its size and timing are not the page's to change.
        if (driver.capabilities.configure) startRun(makeSpec(input));
      },
    };
  };
}

/**
 * The store's state for a new run of `spec` (a reset, new settings, a script played, a fork): the
 * run id moves on, so updates of the previous run are dropped, and what described it is forgotten.
 */
export function freshRunState(s: AppState, spec: AppState['spec']): Partial<AppState> {
  return {
    spec,
    runId: s.runId + 1,
    snapshot: null,
    nodeIds: [],
    nodeById: new Map(),
    leader: null,
    timeline: [],
    selectedId: null,
    highlightIds: [],
    menuFor: null,
    faults: [],
    links: { cuts: [], partition: null },
    ops: [],
    clientNames: [],
    recoveries: new Map(),
    sessionEnds: new Map(),
    groupDraft: EMPTY_DRAFT,
    activeGroup: 0,
    lastPreset: null,
    linkMenu: null,
    linkFocus: null,
    ...timeReset(spec.settings.voters.length + spec.settings.observers.length),
  };
}
