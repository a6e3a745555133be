import { describe, expect, it } from 'vitest';
import '../narrate/index.ts'; // English narration, registered as the page registers its language
import { ManualFrameClock, defaultSpecInput, makeSpec, presetGroups } from '../driver/index.ts';
import { SimDriver } from '../driver/simDriver.ts';
import { COMMIT_FALLBACK_MS, connectDriver } from './bridge.ts';
import { TIMELINE_CAP, reduceCommit } from './commit.ts';
import { createAppStore } from './createAppStore.ts';
import { rejoin } from './faultsSlice.ts';
import { ensemble } from './testNodes.ts';
import type { DriverSnapshot, TimelineEntry } from '../driver/index.ts';

function setup(nodes = 5) {
  const clock = new ManualFrameClock();
  const driver = new SimDriver({ clock });
  const store = createAppStore(driver, { driverKind: 'simulated', spec: makeSpec(defaultSpecInput(nodes, 11)) });
  let commits = 0;
  store.subscribe((s, prev) => {
    if (s.snapshot !== prev.snapshot) commits++;
  });
  connectDriver(store, driver, clock);
  store.getState().reset();
  return { clock, driver, store, commits: () => commits };
}

function snapshotOf(nodes = ensemble(5, 5)): DriverSnapshot {
  return { timeMs: 1, nodes, clients: [], faults: [], invariants: { ok: true, violations: [] }, health: { lagP50Ms: 0, lagP99Ms: 0, behind: false } };
}

describe('the app store with the simulated driver', () => {
  it('commits at most once per frame and finds the agreed leader', () => {
    const { clock, store, commits } = setup();
    for (let i = 0; i < 40; i++) clock.frame(100);
    // The driver emits in one frame and the bridge commits in the next: one commit per frame.
    expect(commits()).toBeLessThanOrEqual(40);
    expect(commits()).toBeGreaterThan(30);
    const s = store.getState();
    expect(s.leader).not.toBeNull();
    expect(s.nodeById.get(s.leader!.id)!.role).toBe('leading');
    expect(s.quorum).toEqual({ voters: 5, needed: 3, up: 5, tolerated: 2 });
    expect(s.timeline.some((e) => e.kind === 'leader-elected')).toBe(true);
  });

  it('a click crashes a live server and restarts a down one', () => {
    const { clock, store } = setup();
    for (let i = 0; i < 5; i++) clock.frame(100);
    store.getState().toggleCrash(2);
    clock.frame();
    clock.frame();
    expect(store.getState().nodeById.get(2)!.status).toBe('down');
    store.getState().toggleCrash(2);
    clock.frame();
    clock.frame();
    expect(store.getState().nodeById.get(2)!.status).toBe('up');
  });

  it('rebuilding drops what was buffered from the old cluster', () => {
    const { clock, store } = setup();
    for (let i = 0; i < 5; i++) clock.frame(100);
    store.getState().applySettings({ ...defaultSpecInput(3, 2) });
    for (let i = 0; i < 3; i++) clock.frame(100);
    const s = store.getState();
    expect(s.nodeIds).toEqual([1, 2, 3]);
    expect(s.timeline.every((e) => e.node === null || e.node <= 3)).toBe(true);
    expect(s.timeline[0]!.t).toBe(0);
  });

  it('isolating and reconnecting a server round-trips to no faults', () => {
    const { clock, store } = setup();
    for (let i = 0; i < 5; i++) clock.frame(100);
    store.getState().isolate(4);
    clock.frame();
    clock.frame();
    expect(store.getState().links.partition).toEqual([[1, 2, 3, 5], [4]]);
    store.getState().reconnect(4);
    clock.frame();
    clock.frame();
    expect(store.getState().faults).toEqual([]);
  });

  it('puts the leader in the minority of a split', () => {
    const { clock, store } = setup();
    for (let i = 0; i < 40; i++) clock.frame(100);
    const leader = store.getState().leader!.id;
    store.getState().partitionLeaderMinority();
    clock.frame();
    clock.frame();
    const groups = store.getState().links.partition!;
    const minority = groups.find((g) => g.includes(leader))!;
    expect(minority).toHaveLength(2);
    expect(groups.find((g) => !g.includes(leader))).toHaveLength(3);
    // The same split as the majority/minority preset, not a second idea of it.
    expect(groups).toEqual(presetGroups('majority-minority', store.getState().nodeIds, leader));
  });

  it('sends speed and pause to the driver, clamped', () => {
    const { store } = setup();
    store.getState().setSpeed(25);
    expect(store.getState().speed).toBe(10);
    store.getState().setSpeed(0);
    expect(store.getState().speed).toBe(0.1);
  });
});

describe('reduceCommit', () => {
  it('caps the timeline and keeps unchanged references', () => {
    const driver = new SimDriver({ clock: new ManualFrameClock() });
    const store = createAppStore(driver, { driverKind: 'simulated', spec: makeSpec(defaultSpecInput(5, 1)) });
    const events: TimelineEntry[] = Array.from({ length: TIMELINE_CAP + 20 }, (_, i) => ({ id: i, t: i, node: 1, kind: 'peer-recovered', peer: 2 }));
    store.setState(reduceCommit(store.getState(), { runId: 0, snapshot: snapshotOf(), events, flights: [], atRealMs: 0 })!);
    const first = store.getState();
    expect(first.timeline).toHaveLength(TIMELINE_CAP);
    expect(first.timeline[0]!.id).toBe(20);
    store.setState(reduceCommit(first, { runId: 0, snapshot: snapshotOf(), events: [], flights: [], atRealMs: 0 })!);
    const second = store.getState();
    expect(second.timeline).toBe(first.timeline);
    expect(second.nodeIds).toBe(first.nodeIds);
    expect(second.leader).toBe(first.leader);
    expect(second.faults).toBe(first.faults);
    expect(reduceCommit(second, { runId: 99, snapshot: snapshotOf(), events: [], flights: [], atRealMs: 0 })).toBeNull();
  });

  it('clears the drawn groups when the partition they drew heals, and keeps groups drawn for another', () => {
    const { store } = setup();
    const runId = store.getState().runId;
    const commit = (partition: number[][] | null) =>
      store.setState(reduceCommit(store.getState(), { runId, snapshot: { ...snapshotOf(), links: { cuts: [], partition } }, events: [], flights: [], atRealMs: 0 })!);
    store.setState({ groupDraft: [[1, 2, 3], [4, 5]] });
    commit([[1, 2, 3], [4, 5]]);
    commit(null);
    expect(store.getState().groupDraft).toEqual([[], []]);
    store.setState({ groupDraft: [[1, 2], [3, 4, 5]] });
    commit([[1, 2, 3], [4, 5]]);
    commit(null);
    expect(store.getState().groupDraft).toEqual([[1, 2], [3, 4, 5]]);
  });

  it('raises disks kept in memory as a notice once, however often the record comes', () => {
    const { store } = setup();
    const disk = (id: number): TimelineEntry => ({ id, t: 0, node: null, kind: 'disk-in-memory', cause: 'missing' });
    const before = store.getState().notices.length;
    const runId = store.getState().runId;
    store.setState(reduceCommit(store.getState(), { runId, snapshot: snapshotOf(), events: [disk(1)], flights: [], atRealMs: 0 })!);
    store.setState(reduceCommit(store.getState(), { runId, snapshot: snapshotOf(), events: [disk(2)], flights: [], atRealMs: 0 })!);
    const notices = store.getState().notices;
    expect(notices).toHaveLength(before + 1);
    expect(notices.at(-1)).toEqual({ record: expect.objectContaining({ kind: 'disk-in-memory', cause: 'missing' }) });
  });
});

describe('rejoin', () => {
  it('moves an isolated server back into the largest group', () => {
    expect(rejoin([[1, 2, 3, 5], [4]], 4)).toEqual([[1, 2, 3, 4, 5]]);
    expect(rejoin([[1, 2], [3, 4, 5]], 1)).toEqual([[2], [1, 3, 4, 5]]);
  });
});


describe('the driver bridge without animation frames', () => {
  it('commits on a timer when no frame comes', async () => {
    const clock = new ManualFrameClock();
    const driver = new SimDriver({ clock });
    const store = createAppStore(driver, { driverKind: 'simulated', spec: makeSpec(defaultSpecInput(3, 1)) });
    connectDriver(store, driver, clock);
    store.getState().reset();
    // The simulated driver emits in its own frame; the bridge then gets no frame of its own.
    clock.frame();
    expect(store.getState().snapshot).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, COMMIT_FALLBACK_MS + 50));
    expect(store.getState().snapshot).not.toBeNull();
  });
});
