import { describe, expect, it } from 'vitest';
import { createPrng } from './prng.ts';
import { TimeHeap } from './timeHeap.ts';

describe('TimeHeap', () => {
  it('pops in time order, and in insertion order when times tie', () => {
    const heap = new TimeHeap<string>();
    heap.push(5, 'c');
    heap.push(1, 'a');
    heap.push(5, 'd');
    heap.push(1, 'b');
    expect(heap.peekTime()).toBe(1);
    expect([heap.pop(), heap.pop(), heap.pop(), heap.pop(), heap.pop()]).toEqual(['a', 'b', 'c', 'd', undefined]);
    expect(heap.peekTime()).toBe(Infinity);
  });

  it('sorts 10,000 random times stably', () => {
    const prng = createPrng(3);
    const heap = new TimeHeap<{ t: number; i: number }>();
    const items = Array.from({ length: 10_000 }, (_, i) => ({ t: prng.int(0, 500), i }));
    for (const item of items) heap.push(item.t, item);
    const out: { t: number; i: number }[] = [];
    while (heap.size > 0) out.push(heap.pop()!);
    expect(out).toEqual([...items].sort((a, b) => a.t - b.t || a.i - b.i));
    heap.push(1, { t: 1, i: 0 });
    heap.clear();
    expect(heap.size).toBe(0);
  });

  it('keeps (time, insertion) order when pushes and pops interleave, times recur and buckets are reused', () => {
    // Mostly near times, as a simulator's; some a multiple of the bucket table's size away (the
    // same slot, another time), some fractional.
    const laterMs = (prng: ReturnType<typeof createPrng>): number => {
      const draw = prng.next();
      if (draw < 0.7) return prng.int(0, 6);
      if (draw < 0.85) return 1024 * prng.int(1, 3) + prng.int(0, 2);
      return prng.int(0, 3) + 0.5;
    };
    const prng = createPrng(11);
    const heap = new TimeHeap<number>();
    // The reference: every pending item in the order pushed; the first of the earliest time pops next.
    const pending: { t: number; seq: number }[] = [];
    let now = 0;
    let seq = 0;
    for (let step = 0; step < 10_000; step++) {
      if (prng.next() < 0.55) {
        const t = now + laterMs(prng);
        heap.push(t, seq);
        pending.push({ t, seq: seq++ });
      } else {
        let first = 0;
        for (let i = 1; i < pending.length; i++) if (pending[i]!.t < pending[first]!.t) first = i;
        const expected = pending.splice(first, 1)[0];
        expect(heap.peekTime()).toBe(expected ? expected.t : Infinity);
        expect(heap.pop()).toBe(expected?.seq);
        if (expected) now = expected.t;
      }
      expect(heap.size).toBe(pending.length);
    }
  });
});
