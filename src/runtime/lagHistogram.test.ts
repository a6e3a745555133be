import { describe, expect, it } from 'vitest';
import { bucketUpperMs, LagCounter, LagWindow, lagBucket, lagTotals } from './lagHistogram.ts';

describe('lag histograms', () => {
  it('buckets within 5% and reads percentiles from the upper edges', () => {
    for (const ms of [0.2, 1, 7, 49, 250, 4000]) {
      const b = lagBucket(ms);
      expect(bucketUpperMs(b)).toBeGreaterThanOrEqual(ms);
      expect(bucketUpperMs(b)).toBeLessThanOrEqual(ms * 1.05 + 0.06);
    }
    const totals = lagTotals();
    // Spread over an hour of real time: the totals forget nothing.
    for (let i = 1; i <= 100; i++) totals.add(i, 1_700_000_000_000 + i * 36_000);
    const [p50, p99] = totals.percentiles([0.5, 0.99], 1_700_000_000_000 + 3_700_000).values;
    expect(p50).toBeGreaterThanOrEqual(50);
    expect(p50).toBeLessThan(53);
    expect(p99).toBeGreaterThanOrEqual(99);
    expect(p99).toBeLessThan(104);
  });

  it('forgets samples older than its window', () => {
    const w = new LagWindow(1000, 100);
    const c = new LagCounter();
    c.add(300);
    c.add(300);
    w.addPairs(c.take(), 10_000);
    expect(c.empty).toBe(true);
    expect(w.percentiles([0.5], 10_500).samples).toBe(2);
    expect(w.percentiles([0.5], 11_100).samples).toBe(0);
  });
});
