import { describe, expect, it, vi } from 'vitest';
import { ManualFrameClock } from '../driver/index.ts';
import { createNowStore, somethingCounts, startNowTicker } from './nowClock.ts';
import { ensemble, node, watch } from './testNodes.ts';

describe('somethingCounts', () => {
  const settings = { tickTimeMs: 2_000 };
  it('is false for a steady ensemble whose pings keep coming', () => {
    const nodes = ensemble(5, 5).map((n) => (n.id === 5 ? n : { ...n, watches: [watch(5, 9_200)] }));
    expect(somethingCounts(nodes, settings, 10_000)).toBe(false);
  });

  it('is true while a watched leader has been silent longer than a tick, or a server is LOOKING', () => {
    const silent = ensemble(5, 5).map((n) =>
      n.id === 5 ? { ...n, status: 'down' as const } : { ...n, watches: [watch(5, 6_000)] },
    );
    expect(somethingCounts(silent, settings, 10_000)).toBe(true);
    expect(somethingCounts([node(1, { role: 'looking' })], settings, 10_000)).toBe(true);
    expect(somethingCounts([node(1, { role: 'looking', status: 'down' })], settings, 10_000)).toBe(false);
  });
});

describe('startNowTicker', () => {
  it('copies the driver clock into the store on a frame, tick after tick, until stopped', async () => {
    const now = createNowStore();
    const clock = new ManualFrameClock();
    let driverNowMs = 1_234;
    const ticker = startNowTicker(now, { nowMs: () => driverNowMs }, clock, () => 0);
    clock.frame();
    expect(now.getState().nowMs).toBe(1_234);
    driverNowMs = 1_500;
    // The next tick waits its interval (a timer), then lands on a frame.
    await new Promise((resolve) => setTimeout(resolve, 5));
    clock.frame();
    expect(now.getState().nowMs).toBe(1_500);
    ticker.stop();
    driverNowMs = 2_000;
    clock.frame();
    expect(now.getState().nowMs).toBe(1_500);
  });

  it('after a commit copied the clock in, waits a whole interval before its next tick', async () => {
    vi.useFakeTimers();
    try {
      const now = createNowStore();
      const clock = new ManualFrameClock();
      let driverNowMs = 100;
      const ticker = startNowTicker(now, { nowMs: () => driverNowMs }, clock, () => 500);
      clock.frame();
      expect(now.getState().nowMs).toBe(100);
      await vi.advanceTimersByTimeAsync(400);
      // A commit lands 400 ms into the interval: it moves the clock itself...
      driverNowMs = 500;
      ticker.committed(driverNowMs);
      expect(now.getState().nowMs).toBe(500);
      // ...and the tick that was due 100 ms later waits until 500 ms after the commit.
      driverNowMs = 600;
      await vi.advanceTimersByTimeAsync(499);
      expect(clock.pendingFrames).toBe(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(clock.pendingFrames).toBe(1);
      clock.frame();
      expect(now.getState().nowMs).toBe(600);
      ticker.stop();
      ticker.committed(700);
      expect(now.getState().nowMs).toBe(600);
    } finally {
      vi.useRealTimers();
    }
  });
});
