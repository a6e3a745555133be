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
});
