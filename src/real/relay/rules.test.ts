import { describe, expect, it } from 'vitest';
import { INITIAL_RTO_MS, LinkTiming, MAX_RETRANSMISSIONS, retransmissionWaitMs } from './delay.ts';
import { HoldQueue } from './holdQueue.ts';
import { LinkRules } from './linkRules.ts';

/** A random source that plays back the given values, then repeats the last. */
function playback(...values: number[]): () => number {
  let i = 0;
  return () => values[Math.min(i++, values.length - 1)]!;
}

describe('link rules', () => {
  it('a cut stops one direction only, until restored', () => {
    const rules = new LinkRules();
    rules.cut({ from: 1, to: 2 });
    expect([rules.mayDeliver(1, 2), rules.mayDeliver(2, 1)]).toEqual([false, true]);
    rules.restore({ from: 1, to: 2 });
    expect(rules.mayDeliver(1, 2)).toBe(true);
  });

  it('a partition lets only links inside a group deliver; servers left out are alone', () => {
    const rules = new LinkRules();
    rules.setPartition([[1], [2, 3]]);
    expect([rules.mayDeliver(2, 3), rules.mayDeliver(1, 2), rules.mayDeliver(3, 1), rules.mayDeliver(4, 2)]).toEqual([true, false, false, false]);
    rules.setPartition(null);
    expect(rules.mayDeliver(1, 2)).toBe(true);
  });

  it('a silenced host neither sends nor receives', () => {
    const rules = new LinkRules();
    rules.silence(2);
    expect([rules.mayDeliver(2, 1), rules.mayDeliver(1, 2), rules.mayDeliver(1, 3), rules.isSilenced(2)]).toEqual([false, false, true, true]);
    rules.unsilence(2);
    expect(rules.mayDeliver(2, 1)).toBe(true);
  });
});

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

describe('the hold queue', () => {
  it('never lets an item fall due before the one ahead of it', () => {
    const queue = new HoldQueue();
    queue.push({ kind: 'bytes', bytes: new Uint8Array(3), readMs: 0, held: false, messages: [] }, 500);
    queue.push({ kind: 'bytes', bytes: new Uint8Array(2), readMs: 10, held: false, messages: [] }, 0);
    queue.push({ kind: 'close', reset: false, readMs: 20, held: false }, 0);
    expect(queue.heldBytes).toBe(5);
    const due = [queue.shift()!.dueMs, queue.shift()!.dueMs, queue.shift()!.dueMs];
    expect(due).toEqual([500, 500, 500]);
    expect(queue.heldBytes).toBe(0);
  });

  it('marks everything waiting as held when a cut stops it', () => {
    const queue = new HoldQueue();
    queue.push({ kind: 'bytes', bytes: new Uint8Array(1), readMs: 0, held: false, messages: [] }, 0);
    queue.markHeld();
    expect(queue.peek()?.held).toBe(true);
  });
});
