import { describe, expect, it } from 'vitest';
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
    const silent = ensemble(5, 5).map((n) => (n.id === 5 ? { ...n, status: 'down' as const } : { ...n, watches: [watch(5, 6_000)] }));
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
});
