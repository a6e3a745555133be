import { describe, expect, it } from 'vitest';
import { ManualFrameClock, defaultSpecInput, makeSpec } from '../driver/index.ts';
import { SimDriver } from '../driver/simDriver.ts';
import { connectDriver } from './bridge.ts';
import { createAppStore } from './createAppStore.ts';
import { MAX_BANDS_PER_SERVER, SpacetimeHistory, type TimerMark } from './spacetimeHistory.ts';
import type { ClusterSettings, TimelineEntry } from '../driver/index.ts';

// Role bands and marks for the space-time diagram, folded from timeline records: a crash of the
// leader run through the simulated driver and the store, and the fold's own rules.

function setup() {
  const clock = new ManualFrameClock();
  const driver = new SimDriver({ clock });
  const store = createAppStore(driver, { driverKind: 'simulated', spec: makeSpec(defaultSpecInput(5, 11)) });
  connectDriver(store, driver, clock);
  store.getState().reset();
  store.getState().setSpeed(10);
  const runToMs = (ms: number) => {
    while (driver.timeMs < ms) clock.frame(100);
    clock.frame(16);
  };
  return { store, driver, runToMs };
}

const settings = makeSpec(defaultSpecInput(5, 1)).settings as ClusterSettings;

describe('SpacetimeHistory from a crash of the leader', () => {
  it('draws each lane as looking, then leader or follower of epoch 1, then down or the next epoch', () => {
    const { store, driver, runToMs } = setup();
    runToMs(6_000);
    const leader = store.getState().leader!;
    expect(leader.epoch).toBe(1);
    const crashAtMs = driver.timeMs;
    store.getState().crash(leader.id);
    runToMs(crashAtMs + 15_000);
    const s = store.getState();
    const history = s.spacetime;

    const leaderBands = history.bands(leader.id);
    expect(leaderBands[0]).toMatchObject({ role: 'looking', startMs: 0 });
    expect(leaderBands.find((b) => b.role === 'leading' && b.established)).toMatchObject({ epoch: 1, leader: leader.id });
    expect(leaderBands.at(-1)).toMatchObject({ role: 'down', startMs: crashAtMs, endMs: null });

    const follower = s.nodeIds.find((id) => id !== leader.id)!;
    const bands = history.bands(follower);
    const following = bands.find((b) => b.role === 'following' && b.epoch === 1)!;
    expect(following).toMatchObject({ established: true, leader: leader.id });
    // Bands tile the lane: each ends where the next starts.
    for (let i = 1; i < bands.length; i++) expect(bands[i - 1]!.endMs).toBe(bands[i]!.startMs);
    // After the crash it noticed, looked, and joined epoch 2.
    expect(bands.some((b) => b.role === 'looking' && b.startMs > crashAtMs)).toBe(true);
    expect(bands.at(-1)).toMatchObject({ epoch: 2, established: true, endMs: null });

    const timers = history.marks.filter((m): m is TimerMark => m.kind === 'timer' && m.node === follower);
    expect(timers).toHaveLength(1);
    const silent = timers[0]!;
    expect(silent).toMatchObject({ reason: 'leader-silent', peer: leader.id, limitMs: 10_000, limitName: 'syncLimit' });
    expect(silent.silentMs).toBeGreaterThanOrEqual(10_000);
    expect(silent.t - crashAtMs).toBeGreaterThanOrEqual(10_000 - 2_000);
    expect(history.marks.filter((m) => m.kind === 'fault')).toEqual([expect.objectContaining({ action: 'crash', node: leader.id, t: crashAtMs })]);
    expect(s.messageLogTotal).toBeGreaterThan(0);
    expect(s.messageLog?.total).toBe(s.messageLogTotal);
  });

  it('starts afresh with a new run', () => {
    const { store, runToMs } = setup();
    runToMs(3_000);
    const first = store.getState().spacetime;
    store.getState().reset();
    runToMs(500);
    expect(store.getState().spacetime).not.toBe(first);
    expect(store.getState().spacetime.runId).toBe(store.getState().runId);
  });
});

describe('SpacetimeHistory rules', () => {
  // Records written by hand, as the drivers would stamp them.
  const entry = (id: number, e: Record<string, unknown>): TimelineEntry => ({ ...e, id }) as unknown as TimelineEntry;

  it('returns to the role it had after a pause, and marks both', () => {
    const h = new SpacetimeHistory(1);
    h.fold(
      [
        entry(1, { kind: 'state-change', change: 'leading', epoch: 3, node: 2, t: 100, limit: { name: 'initLimit', ticks: 10, tickTimeMs: 2000 } }),
        entry(2, { kind: 'pause', node: 2, t: 200 }),
        entry(3, { kind: 'resume', node: 2, t: 900 }),
      ],
      settings,
    );
    expect(h.bands(2).map((b) => [b.role, b.epoch, b.startMs, b.endMs])).toEqual([
      ['leading', 3, 100, 200],
      ['paused', 3, 200, 900],
      ['leading', 3, 900, null],
    ]);
    expect(h.marks.map((m) => m.kind === 'fault' && m.action)).toEqual(['pause', 'resume']);
  });

  it('keeps at most MAX_BANDS_PER_SERVER bands a server', () => {
    const h = new SpacetimeHistory(1);
    const flips: TimelineEntry[] = [];
    for (let i = 0; i < MAX_BANDS_PER_SERVER + 50; i++) flips.push(entry(i, i % 2 === 0 ? { kind: 'crash', node: 1, t: i * 10, wasLeading: false, detection: { detector: 'zookeeper', limit: { name: 'syncLimit', ticks: 5, tickTimeMs: 2000 } } } : { kind: 'state-change', change: 'looking', node: 1, t: i * 10, from: 'looking', round: 1, reason: { why: 'started', currentEpoch: 0 }, vote: null }));
    h.fold(flips, settings);
    expect(h.bands(1)).toHaveLength(MAX_BANDS_PER_SERVER);
    expect(h.bands(1).at(-1)!.endMs).toBeNull();
  });
});
