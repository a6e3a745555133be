import { describe, expect, it } from 'vitest';
import { SimCluster } from '../sim/cluster.ts';
import { ManualFrameClock } from './manualFrameClock.ts';
import { SimDriver } from './simDriver.ts';
import { STEP_HORIZON_MS, stepHorizonMs } from './simStep.ts';
import { defaultSpecInput, makeSpec } from './spec.ts';
import type { ClusterSpec, DriverUpdate, ServerId } from './types.ts';

// Step and auto-pause land exactly where the simulator's own queue says: each is checked against a
// plain SimCluster of the same spec and seed, run item by item beside the driver.

function setup(nodes = 5, seed = 7) {
  const spec = makeSpec(defaultSpecInput(nodes, seed));
  const clock = new ManualFrameClock();
  const driver = new SimDriver({ clock });
  const updates: DriverUpdate[] = [];
  driver.subscribe((u) => updates.push(u));
  driver.start(spec);
  return { clock, driver, updates, reference: referenceOf(spec) };
}

function referenceOf(spec: ClusterSpec): SimCluster {
  const cluster = new SimCluster({ settings: spec.settings, seed: spec.seed, latencyMs: spec.latencyMs, jitterMs: spec.jitterMs, recordEvents: true });
  cluster.startAll();
  return cluster;
}

/** Runs the driver for `count` frames of 100 ms, then pauses it and brings the reference to the same time. */
function runThenPause(clock: ManualFrameClock, driver: SimDriver, reference: SimCluster, count: number): void {
  for (let i = 0; i < count; i++) clock.frame(100);
  driver.setPausedAll(true);
  reference.runUntil(driver.timeMs);
}

function leaderOf(driver: SimDriver): ServerId {
  const leader = driver.simCluster!.serviceLeader();
  if (!leader) throw new Error('no leader yet');
  return leader.leader;
}

describe('SimDriver.step', () => {
  it('runs to exactly the next timeline event and shows one entry per step', () => {
    const { clock, driver, updates, reference } = setup();
    runThenPause(clock, driver, reference, 3);
    const from = reference.events.length;
    while (reference.events.length === from) reference.processNext();
    const recorded = reference.events.slice(from);
    const result = driver.step('event');
    expect(result).toMatchObject({ kind: 'event', reached: true, atMs: reference.nowMs, events: 1, held: recorded.length - 1 });
    const shown = updates.at(-1)!.events;
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ kind: recorded[0]!.kind, node: recorded[0]!.node, t: reference.nowMs });
    expect(updates.at(-1)!.snapshot.timeMs).toBe(reference.nowMs);
    // The rest of that server step comes one per step, without the clock moving.
    for (let i = 1; i < recorded.length; i++) {
      expect(driver.step('event')).toMatchObject({ atMs: reference.nowMs, events: 1, held: recorded.length - 1 - i });
      expect(updates.at(-1)!.events.map((e) => e.kind)).toEqual([recorded[i]!.kind]);
    }
  });

  it('leaves the run paused: frames after a step do not move the clock', () => {
    const { clock, driver, reference } = setup();
    runThenPause(clock, driver, reference, 3);
    const { atMs } = driver.step('event');
    for (let i = 0; i < 5; i++) clock.frame(100);
    expect(driver.timeMs).toBe(atMs);
  });

  it('runs to exactly the next message delivery', () => {
    const { clock, driver, reference } = setup();
    runThenPause(clock, driver, reference, 40);
    let delivered: { from: unknown; to: unknown; type: string } | null = null;
    reference.deliveryListener = (_t, from, to, segment) => (delivered ??= { from, to, type: segment.type });
    while (!delivered) reference.processNext();
    const result = driver.step('delivery');
    expect(result).toMatchObject({ kind: 'delivery', reached: true, atMs: reference.nowMs, delivery: delivered });
  });

  it('runs to each phase of a failover: detection, election decided, synced quorum', () => {
    const { clock, driver, reference } = setup();
    runThenPause(clock, driver, reference, 60);
    const leader = leaderOf(driver);
    driver.crash(leader);
    reference.crash(leader);
    const firstTimeOf = (test: (e: SimCluster['events'][number]) => boolean): number => {
      while (!reference.events.some(test)) reference.processNext();
      return reference.events.find(test)!.t;
    };
    const from = reference.events.length;
    const detectedMs = firstTimeOf((e) => reference.events.indexOf(e) >= from && e.kind === 'peer-suspected');
    expect(driver.step('phase')).toMatchObject({ reached: true, phase: 'detection', atMs: detectedMs });
    const decidedMs = firstTimeOf((e) => reference.events.indexOf(e) >= from && e.kind === 'state-change' && e.change === 'decided' && e.next === 'lead');
    expect(driver.step('phase')).toMatchObject({ reached: true, phase: 'election-decided', atMs: decidedMs });
    const synced = driver.step('phase');
    expect(synced).toMatchObject({ reached: true, phase: 'synced-quorum' });
    const serving = driver.simCluster!.serviceLeader();
    expect(serving).not.toBeNull();
    expect(serving!.leader).not.toBe(leader);
    // The moment before, no quorum was synced yet: the reference, one item short, has none.
    while (reference.nextEventMs < synced.atMs) reference.processNext();
    expect(reference.serviceLeader()).toBeNull();
  });

  it('stops at the horizon when nothing of its kind comes', () => {
    const { clock, driver, reference } = setup(3);
    runThenPause(clock, driver, reference, 60);
    for (const id of [1, 2, 3]) driver.crash(id);
    const fromMs = driver.timeMs;
    expect(driver.step('delivery')).toMatchObject({ reached: false, atMs: fromMs + STEP_HORIZON_MS });
  });

  it('looks further ahead when the timeouts are longer than the horizon', () => {
    const settings = makeSpec({ ...defaultSpecInput(3, 1), tickTimeMs: 10_000, syncLimitTicks: 20 }).settings;
    expect(stepHorizonMs(settings)).toBe(2 * 20 * 10_000);
    expect(stepHorizonMs(makeSpec(defaultSpecInput(3, 1)).settings)).toBe(STEP_HORIZON_MS);
  });
});

describe('SimDriver auto-pause', () => {
  it('pauses exactly at the first suspicion after a crash and says which record', () => {
    const { clock, driver, updates, reference } = setup();
    runThenPause(clock, driver, reference, 60);
    const leader = leaderOf(driver);
    driver.setAutoPause(['suspect']);
    driver.crash(leader);
    reference.crash(leader);
    driver.setPausedAll(false);
    for (let i = 0; i < 200 && !updates.some((u) => u.pausedBy); i++) clock.frame(100);
    const pausedBy = updates.find((u) => u.pausedBy)!.pausedBy!;
    while (!reference.events.some((e) => e.kind === 'peer-suspected')) reference.processNext();
    expect(pausedBy).toMatchObject({ kind: 'peer-suspected', t: reference.nowMs });
    expect(driver.timeMs).toBe(reference.nowMs);
    for (let i = 0; i < 5; i++) clock.frame(100);
    expect(driver.timeMs).toBe(reference.nowMs);
  });

  it('pauses at a leader elected, and not at all with no toggles', () => {
    const a = setup();
    a.driver.setAutoPause(['elected']);
    for (let i = 0; i < 100 && !a.updates.some((u) => u.pausedBy); i++) a.clock.frame(100);
    const pausedBy = a.updates.find((u) => u.pausedBy)!.pausedBy!;
    expect(pausedBy.kind).toBe('leader-elected');
    expect(a.driver.timeMs).toBe(pausedBy.t);
    const b = setup();
    for (let i = 0; i < 100; i++) b.clock.frame(100);
    expect(b.updates.some((u) => u.pausedBy)).toBe(false);
    expect(b.driver.timeMs).toBeGreaterThan(pausedBy.t);
  });
});
