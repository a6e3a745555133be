import { describe, expect, it } from 'vitest';
import { createPrng } from './prng.ts';
import { ProposalQueue } from './proposalQueue.ts';

describe('ProposalQueue', () => {
  it('finds proposals by zxid and gives them back oldest first', () => {
    const queue = new ProposalQueue<{ zxid: number; name: string }>();
    expect(queue.oldest()).toBeUndefined();
    queue.add({ zxid: 2 ** 32 + 1, name: 'a' });
    queue.add({ zxid: 2 ** 32 + 2, name: 'b' });
    queue.add({ zxid: 2 ** 32 + 5, name: 'c' });
    expect(queue.size).toBe(3);
    expect(queue.get(2 ** 32 + 2)?.name).toBe('b');
    expect(queue.has(2 ** 32 + 3)).toBe(false);
    expect([0, 1, 2, 3].map((i) => queue.at(i)?.name)).toEqual(['a', 'b', 'c', undefined]);
    queue.removeOldest();
    expect(queue.oldest()?.name).toBe('b');
    expect(queue.get(2 ** 32 + 1)).toBeUndefined();
    expect(queue.at(-1)).toBeUndefined();
  });

  it('refuses a proposal not above the newest outstanding one', () => {
    const queue = new ProposalQueue<{ zxid: number }>();
    queue.add({ zxid: 7 });
    expect(() => queue.add({ zxid: 7 })).toThrow();
    queue.removeOldest();
    queue.add({ zxid: 3 });
    expect(queue.oldest()?.zxid).toBe(3);
  });

  it('agrees with a Map in zxid order through long runs of adds and commits', () => {
    const prng = createPrng(5);
    const queue = new ProposalQueue<{ zxid: number }>();
    const reference = new Map<number, { zxid: number }>();
    let next = 2 ** 32;
    for (let step = 0; step < 5_000; step++) {
      if (prng.next() < 0.52) {
        const proposal = { zxid: (next += prng.int(1, 3)) };
        queue.add(proposal);
        reference.set(proposal.zxid, proposal);
      } else {
        const oldest = reference.values().next().value;
        expect(queue.oldest()).toBe(oldest);
        if (oldest) reference.delete(oldest.zxid);
        queue.removeOldest();
      }
      expect(queue.size).toBe(reference.size);
      const probe = next - prng.int(0, 40);
      expect(queue.get(probe)).toBe(reference.get(probe));
    }
    expect(Array.from({ length: queue.size }, (_, i) => queue.at(i))).toEqual([...reference.values()]);
  });
});
