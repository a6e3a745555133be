import { describe, expect, it } from 'vitest';
import { ManualFrameClock } from './manualFrameClock.ts';
import { MAX_FRAME_REAL_MS, SimDriver, updateIntervalMs } from './simDriver.ts';
import { makeSpec, defaultSpecInput } from './spec.ts';
import type { DriverUpdate } from './types.ts';

// The simulated driver's pacing with a hand-driven clock: simulated ms = real ms × speed, frozen
// while paused or hidden, never leaping after a stall, and at most one update per frame.

function setup(nodes = 5) {
  const clock = new ManualFrameClock();
  const driver = new SimDriver({ clock });
  const updates: DriverUpdate[] = [];
  driver.subscribe((u) => updates.push(u));
  driver.start(makeSpec(defaultSpecInput(nodes, 7)));
  return { clock, driver, updates };
}

/** Runs `count` frames of `frameMs` real ms each. */
function frames(clock: ManualFrameClock, count: number, frameMs = 16): void {
  for (let i = 0; i < count; i++) clock.frame(frameMs);
}

describe('SimDriver pacing', () => {
  it('advances simulated time by real time × speed', () => {
    const { clock, driver } = setup();
    clock.frame(16); // the first frame only sets the baseline
    expect(driver.timeMs).toBe(0);
    frames(clock, 10, 20);
    expect(driver.timeMs).toBe(200);
    driver.setSpeed(2.5);
    frames(clock, 4, 20);
    expect(driver.timeMs).toBe(400);
  });

  it('clamps speed to 0.1…10 and ignores nonsense', () => {
    const { clock, driver } = setup();
    clock.frame();
    driver.setSpeed(50);
    frames(clock, 1, 20);
    expect(driver.timeMs).toBe(200);
    driver.setSpeed(Number.NaN);
    frames(clock, 1, 20);
    expect(driver.timeMs).toBe(400);
    driver.setSpeed(0.01);
    frames(clock, 10, 20);
    expect(driver.timeMs).toBe(420);
  });

  it('freezes the clock while paused and does not count the paused time', () => {
    const { clock, driver } = setup();
    frames(clock, 6, 20);
    const before = driver.timeMs;
    driver.setPausedAll(true);
    frames(clock, 3, 1000);
    expect(driver.timeMs).toBe(before);
    expect(clock.pendingFrames).toBe(0); // no frames while paused and idle: no CPU burned
    driver.setPausedAll(false);
    frames(clock, 1, 5000); // the first frame after resume is a fresh start
    frames(clock, 1, 20);
    expect(driver.timeMs).toBe(before + 20);
  });

  it('freezes the clock while the page is hidden', () => {
    const { clock, driver } = setup();
    frames(clock, 3, 20);
    const before = driver.timeMs;
    clock.setHidden(true);
    clock.advance(60_000);
    frames(clock, 2, 20);
    expect(driver.timeMs).toBe(before);
    clock.setHidden(false);
    frames(clock, 1, 20);
    frames(clock, 1, 20);
    expect(driver.timeMs).toBe(before + 20);
  });

  it('never accounts more than MAX_FRAME_REAL_MS of real time to one frame', () => {
    const { clock, driver } = setup();
    clock.frame();
    clock.frame(10_000);
    expect(driver.timeMs).toBe(MAX_FRAME_REAL_MS);
  });

  it('emits at most one update per frame, carrying the events since the last one', () => {
    const { clock, driver, updates } = setup();
    clock.frame();
    expect(updates).toHaveLength(1);
    expect(updates[0]!.events.some((e) => e.kind === 'state-change')).toBe(true);
    frames(clock, 30, 16);
    expect(updates.length).toBeLessThanOrEqual(16); // about 30 a second, not 60
    const before = updates.length;
    driver.crash(1);
    driver.crash(2);
    clock.frame();
    expect(updates).toHaveLength(before + 1);
    const kinds = updates.at(-1)!.events.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'crash')).toHaveLength(2);
    const ids = updates.flatMap((u) => u.events.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('updates a large cluster less often than every frame, but shows actions at once', () => {
    expect([5, 25, 26, 51, 52, 101].map(updateIntervalMs)).toEqual([33, 33, 50, 50, 66, 66]);
    const clock = new ManualFrameClock();
    const driver = new SimDriver({ clock });
    const updates: DriverUpdate[] = [];
    driver.subscribe((u) => updates.push(u));
    driver.start(makeSpec(defaultSpecInput(101, 1)));
    frames(clock, 60, 16);
    expect(updates.length).toBeGreaterThanOrEqual(13);
    expect(updates.length).toBeLessThanOrEqual(16);
    expect(driver.timeMs).toBe(59 * 16); // the clock itself advanced every frame
    const count = updates.length;
    driver.crash(1);
    clock.frame(16);
    expect(updates).toHaveLength(count + 1);
  });

  it('shows an action in a frame even while paused', () => {
    const { clock, driver, updates } = setup();
    frames(clock, 2);
    driver.setPausedAll(true);
    clock.frame();
    const count = updates.length;
    driver.crash(3);
    clock.frame();
    expect(updates).toHaveLength(count + 1);
    expect(updates.at(-1)!.snapshot.nodes.find((n) => n.id === 3)!.status).toBe('down');
  });

  it('elects a leader in a few seconds of simulated time and reports it in the snapshot', () => {
    const { clock, updates } = setup();
    frames(clock, 60, 100); // 6 s at speed 1, 100 ms clamped frames
    const last = updates.at(-1)!.snapshot;
    expect(last.timeMs).toBe(5900);
    const leaders = last.nodes.filter((n) => n.role === 'leading' && n.established);
    expect(leaders).toHaveLength(1);
    expect(last.nodes.filter((n) => n.role === 'following' && n.leader === leaders[0]!.id)).toHaveLength(4);
    expect(last.invariants.ok).toBe(true);
    expect(last.nodes.every((n) => n.tree.every((z) => z.path !== '/'))).toBe(true);
  });

  it('maps isolate to a partition and reports the cut links', () => {
    const { clock, driver, updates } = setup();
    clock.frame();
    driver.isolate(2);
    clock.frame();
    const snap = updates.at(-1)!.snapshot;
    expect(snap.faults.map((f) => f.kind)).toEqual(['partition']);
    expect(snap.links!.partition).toEqual([[1, 3, 4, 5], [2]]);
    driver.healAll();
    clock.frame();
    expect(updates.at(-1)!.snapshot.faults).toEqual([]);
  });

  it('samples message flights only while animation is on, capped per update', () => {
    const clock = new ManualFrameClock();
    const driver = new SimDriver({ clock, flightsPerUpdate: 10 });
    const updates: DriverUpdate[] = [];
    driver.subscribe((u) => updates.push(u));
    driver.start(makeSpec(defaultSpecInput(25, 3)));
    frames(clock, 5, 100);
    expect(updates.some((u) => u.messages.length === 10)).toBe(true);
    expect(updates.every((u) => u.messages.length <= 10)).toBe(true);
    driver.setAnimateMessages(false);
    frames(clock, 5, 100);
    expect(updates.slice(-5).every((u) => u.messages.length === 0)).toBe(true);
  });

  it('gives way when a frame runs out of work budget, and says it is behind', () => {
    const clock = new ManualFrameClock();
    // A budget of -1 ms is exhausted at the first check: the clock stops at the last event processed.
    const driver = new SimDriver({ clock, workBudgetMs: -1 });
    const updates: DriverUpdate[] = [];
    driver.subscribe((u) => updates.push(u));
    driver.start(makeSpec(defaultSpecInput(25, 3)));
    frames(clock, 3, 100);
    expect(driver.timeMs).toBeLessThan(200);
    expect(updates.at(-1)!.snapshot.health.behind).toBe(false); // a short burst is no alarm
    frames(clock, 10, 16);
    expect(updates.at(-1)!.snapshot.health.behind).toBe(true);
  });

  it('rebuilds on a second start and stops on dispose', () => {
    const { clock, driver, updates } = setup();
    frames(clock, 5, 100);
    driver.start(makeSpec(defaultSpecInput(3, 1)));
    clock.frame();
    expect(driver.timeMs).toBe(0);
    expect(updates.at(-1)!.snapshot.nodes).toHaveLength(3);
    driver.dispose();
    const count = updates.length;
    frames(clock, 3);
    expect(updates).toHaveLength(count);
    expect(clock.pendingFrames).toBe(0);
  });
});
