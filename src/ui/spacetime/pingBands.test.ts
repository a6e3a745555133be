import { describe, expect, it } from 'vitest';
import { aggregatePings, pingBucketMs, type PingSample } from './pingBands.ts';

// Pings as bands with counts: one band per sending lane, broken where the lane fell silent.

describe('aggregatePings', () => {
  it('counts pings per sending lane in runs of buckets, and breaks the band at a silence', () => {
    const pings: PingSample[] = [];
    // Server 1 pings 100 followers every second until 10 s, then crashes; server 2 answers once a second.
    for (let t = 0; t < 10_000; t += 1000) for (let k = 0; k < 100; k++) pings.push({ from: 1, sentMs: t + k * 0.01 });
    for (let t = 500; t < 30_000; t += 1000) if (t < 10_000 || t > 20_000) pings.push({ from: 2, sentMs: t });
    pings.push({ from: 99, sentMs: 1000 });
    const bands = aggregatePings(pings, [1, 2], 2000);
    expect(bands).toEqual([
      { from: 1, startMs: 0, endMs: 10_000, count: 1000 },
      { from: 2, startMs: 0, endMs: 10_000, count: 10 },
      { from: 2, startMs: 20_000, endMs: 30_000, count: 10 },
    ]);
  });

  it('draws nothing for lanes without pings, and refuses a zero bucket', () => {
    expect(aggregatePings([], [1, 2], 1000)).toEqual([]);
    expect(() => aggregatePings([], [1], 0)).toThrow(/positive/);
  });
});

describe('pingBucketMs', () => {
  it('picks a readable step about 24 px wide, never shorter than the ping period allows', () => {
    expect(pingBucketMs(10, 500)).toBe(500);
    expect(pingBucketMs(46, 2000)).toBe(2000);
    expect(pingBucketMs(200, 2000)).toBe(5000);
    expect(pingBucketMs(1, 2000)).toBe(2000);
    expect(pingBucketMs(100_000, 2000)).toBe(2_400_000);
  });
});
