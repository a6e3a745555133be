import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkerLike } from '../runtime/supervisor.ts';
import { FakeWorker, liveDriverOnFakeWorkers } from './fakeWorker.ts';
import { liveDiagnostics } from './liveDiagnostics.ts';
import { LiveDriver, testHooksRequested } from './liveDriver.ts';
import { ManualFrameClock } from './manualFrameClock.ts';
import { defaultSpecInput, makeSpec } from './spec.ts';
import type { ClusterDriver, DriverUpdate, ServerView } from './types.ts';

const view = (id: number, role: ServerView['role']): ServerView => ({ id, role, acceptedEpoch: 1, currentEpoch: 1, lastZxid: 0, lastCommittedZxid: 0, leader: 1, established: true, electionRound: 1, electionPoll: null, vote: null, watches: [], syncedLearners: [], outstandingProposals: 0, sessions: 0, znodes: 0 });

describe('LiveDriver', () => {
  let clock: ManualFrameClock;
  let workers: FakeWorker[];
  let updates: DriverUpdate[];
  let driver: LiveDriver;

  beforeEach(async () => {
    vi.useFakeTimers();
    clock = new ManualFrameClock();
    updates = [];
    ({ driver, workers } = liveDriverOnFakeWorkers(clock));
    driver.subscribe((u) => updates.push(u));
    driver.start(makeSpec(defaultSpecInput(3)));
    await vi.advanceTimersByTimeAsync(1);
    for (const w of workers) w.say({ type: 'ready', id: w.id, acceptedEpoch: 0, currentEpoch: 0, loggedTxns: 0, hasSnapshot: false });
    await vi.advanceTimersByTimeAsync(1);
    clock.frame();
    updates.length = 0;
  });

  afterEach(() => {
    driver.dispose();
    vi.useRealTimers();
  });

  it('updates at the next frame for timeline news, and on the slow tick for snapshots only', async () => {
    expect(workers.map((w) => w.received.map((m) => m.type))).toEqual([['init', 'start'], ['init', 'start'], ['init', 'start']]);
    workers[0]!.say({ type: 'telemetry', id: 1, snapshot: { view: view(1, 'leading'), atMs: 10 }, events: [], flights: [], replies: [], records: [], lag: [] });
    expect(clock.pendingFrames).toBe(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(clock.pendingFrames).toBe(1);
    clock.frame();
    expect(updates).toHaveLength(1);
    expect(updates[0]!.snapshot.nodes[0]).toMatchObject({ id: 1, role: 'leading', status: 'up' });
    // Nothing changed since: no update, although the clock runs (the page's frame clock ages the ages).
    await vi.advanceTimersByTimeAsync(2_000);
    expect(clock.pendingFrames).toBe(0);

    workers[1]!.say({ type: 'telemetry', id: 2, events: [{ t: 20, event: { kind: 'state-change', node: 2, change: 'learning', leader: 1, observer: false, acceptedEpoch: 1 } }], flights: [], replies: [], records: [], lag: [] });
    workers[2]!.say({ type: 'telemetry', id: 3, events: [{ t: 21, event: { kind: 'state-change', node: 3, change: 'learning', leader: 1, observer: false, acceptedEpoch: 1 } }], flights: [], replies: [], records: [], lag: [] });
    expect(clock.pendingFrames).toBe(1);
    clock.frame();
    expect(updates).toHaveLength(2);
    expect(updates[1]!.events.map((e) => e.node)).toEqual([2, 3]);
    // An unchanged node keeps its snapshot object, so the UI can skip it.
    expect(updates[1]!.snapshot.nodes[0]).toBe(updates[0]!.snapshot.nodes[0]);
  });

  it('pauses on a watched record as soon as it arrives, says which, and offers no step', () => {
    expect(driver.capabilities).toMatchObject({ step: false, exactAutoPause: false, fork: false });
    expect((driver as ClusterDriver).step).toBeUndefined();
    driver.setAutoPause(['suspect']);
    expect(driver.runtime.clockRunning).toBe(true);
    workers[1]!.say({ type: 'telemetry', id: 2, events: [{ t: 30, event: { kind: 'peer-suspected', node: 2, peer: 1, cause: 'leader-silent', silentMs: 10_000, limitMs: 10_000, limit: { name: 'syncLimit', ticks: 5, tickTimeMs: 2000 } } }], flights: [], replies: [], records: [], lag: [] });
    expect(driver.runtime.clockRunning).toBe(false);
    clock.frame();
    expect(updates.at(-1)!.pausedBy).toMatchObject({ kind: 'peer-suspected', node: 2, t: 30 });
    driver.setPausedAll(false);
    driver.setAutoPause([]);
    workers[2]!.say({ type: 'telemetry', id: 3, events: [{ t: 40, event: { kind: 'peer-suspected', node: 3, peer: 1, cause: 'connection-reset' } }], flights: [], replies: [], records: [], lag: [] });
    expect(driver.runtime.clockRunning).toBe(true);
  });

  it('narrates a crash, shows the server down and flags two leaders in one epoch', () => {
    driver.crash(1);
    expect(workers[0]!.terminated).toBe(true);
    clock.frame();
    const last = () => updates.at(-1)!;
    expect(last().events.map((e) => e.kind)).toEqual(['crash']);
    expect(last().snapshot.nodes[0]).toMatchObject({ id: 1, status: 'down', watches: [] });
    for (const w of [workers[1]!, workers[2]!]) w.say({ type: 'telemetry', id: w.id, events: [{ t: 30, event: { kind: 'leader-elected', node: w.id, epoch: 1, followers: [], voters: 3, zxid: 0x100000000 } }], flights: [], replies: [], records: [], lag: [] });
    clock.frame();
    expect(last().snapshot.invariants).toMatchObject({ ok: false, violations: [{ rule: 'one-leader-per-epoch', servers: [2, 3], epoch: 1 }] });
  });

  it('counts one worker per host that is up: a crash ends it, a kill leaves it as the host', () => {
    expect(liveDiagnostics(driver.runtime, 0)).toMatchObject({ workers: 3, serversNotDown: 3, hostsUp: 3 });
    driver.crash(1);
    driver.pause(2);
    expect(liveDiagnostics(driver.runtime, 0)).toMatchObject({ workers: 2, serversNotDown: 2, hostsUp: 2 });
    driver.kill(2);
    expect(liveDiagnostics(driver.runtime, 0)).toMatchObject({ workers: 2, serversNotDown: 1, hostsUp: 2 });
  });

  it('stops the simulated clock while the page is hidden', async () => {
    await vi.advanceTimersByTimeAsync(1000);
    const before = liveDiagnostics(driver.runtime, 0).timeMs;
    clock.setHidden(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(liveDiagnostics(driver.runtime, 0).timeMs).toBe(before);
    clock.setHidden(false);
    await vi.advanceTimersByTimeAsync(500);
    expect(liveDiagnostics(driver.runtime, 0).timeMs).toBe(before + 500);
  });

  it('tells a refused request in the log instead of throwing at the UI', () => {
    expect(() => driver.partition([[1, 1]])).not.toThrow();
    expect(() => driver.clientOp('nobody', { type: 'get', path: '/' })).not.toThrow();
    clock.frame();
    const refusals = updates.flatMap((u) => u.events).filter((e) => e.kind === 'refused');
    expect(refusals.length).toBe(2);
    // Why the network refused, as the refusal's data.
    expect(refusals[0]).toMatchObject({ kind: 'refused', refusal: { why: 'server-twice', server: 1 } });
    expect(updates.flatMap((u) => u.events).some((e) => e.kind === 'partition')).toBe(false);
    expect(updates.at(-1)!.snapshot.faults).toEqual([]);
  });
});

describe('the test hook', () => {
  type HookHolder = { __zkLive?: unknown };
  const holder = globalThis as HookHolder;
  const spawnWorker = (): WorkerLike => new FakeWorker();

  afterEach(() => {
    delete holder.__zkLive;
  });

  it('is asked for by ?testHooks=1 or true, nothing else', () => {
    expect(testHooksRequested('?testHooks=1')).toBe(true);
    expect(testHooksRequested('?nodes=5&testHooks=true')).toBe(true);
    expect(testHooksRequested('?testHooks=0')).toBe(false);
    expect(testHooksRequested('?testhooks=1')).toBe(false);
    expect(testHooksRequested('')).toBe(false);
  });

  it('is not installed unless asked for, answers once loaded, and goes away with its driver', async () => {
    const plain = new LiveDriver({ clock: new ManualFrameClock(), spawnWorker, spawnSwitch: null });
    expect(holder.__zkLive).toBeUndefined();
    plain.dispose();
    const hooked = new LiveDriver({ clock: new ManualFrameClock(), spawnWorker, spawnSwitch: null, testHooks: true });
    expect(holder.__zkLive).toBeDefined();
    // Its code loads on the first call: the figures come as a promise.
    const hook = holder.__zkLive as { diagnostics(): Promise<{ workers: number; switchUp: boolean }> };
    await expect(hook.diagnostics()).resolves.toMatchObject({ workers: 0, switchUp: false });
    hooked.dispose();
    expect(holder.__zkLive).toBeUndefined();
  });
});
