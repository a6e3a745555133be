import { describe, expect, it } from 'vitest';
import { INITIAL_RTO_MS, LinkTiming, MAX_RETRANSMISSIONS, retransmissionWaitMs } from './delay.ts';

/** A random source that plays back the given values, then repeats the last. */
function playback(...values: number[]): () => number {
  let i = 0;
  return () => values[Math.min(i++, values.length - 1)]!;
}

describe('link timing', () => {
  it('a lost chunk waits an RTO that doubles while retransmissions are lost too', () => {
    // Lost, lost again, then through: 200 + 400.
    expect(retransmissionWaitMs(50, playback(0.1, 0.2, 0.9))).toBe(INITIAL_RTO_MS + 2 * INITIAL_RTO_MS);
    expect(retransmissionWaitMs(50, playback(0.9))).toBe(0);
    expect(retransmissionWaitMs(0, playback(0))).toBe(0);
  });

  it('gives up doubling after the last retransmission', () => {
    const expected = INITIAL_RTO_MS * (2 ** MAX_RETRANSMISSIONS - 1);
    expect(retransmissionWaitMs(100, playback(0))).toBe(expected);
  });

  it('a link setting overrides the global one, and 0, 0 removes it', () => {
    const timing = new LinkTiming(playback(0.5));
    timing.setDelay(null, 100, 0);
    timing.setDelay({ from: 1, to: 2 }, 30, 0);
    expect([timing.waitMs(1, 2), timing.waitMs(2, 1)]).toEqual([30, 100]);
    timing.setDelay({ from: 1, to: 2 }, 0, 0);
    expect(timing.waitMs(1, 2)).toBe(100);
  });

  it('jitter spreads around the latency and never below zero', () => {
    const low = new LinkTiming(playback(0));
    low.setDelay(null, 10, 50);
    const high = new LinkTiming(playback(0.999999));
    high.setDelay(null, 10, 50);
    expect(low.waitMs(1, 2)).toBe(0);
    expect(high.waitMs(1, 2)).toBeCloseTo(60, 3);
  });
});
