import { describe, expect, it } from 'vitest';
import { createPrng } from '../core/prng.ts';
import { NetworkModel } from './network.ts';
import { bridge, isolateOne, majorityMinority, presetGroups, ring } from './presets.ts';

const ids = [1, 2, 3, 4, 5];

function reach(groups: number[][], from: number): number[] {
  const net = new NetworkModel(createPrng(1), { latencyMs: 1, jitterMs: 0 });
  net.partition(groups);
  return ids.filter((to) => net.isConnected(from, to));
}

describe('partition presets', () => {
  it('isolate one: the others stay together', () => {
    expect(isolateOne(ids, 3)).toEqual([[1, 2, 4, 5], [3]]);
    expect(reach(isolateOne(ids, 3), 3)).toEqual([3]);
  });

  it('majority / minority puts the given server on the minority side', () => {
    expect(majorityMinority(ids, 5)).toEqual([[1, 2, 3], [4, 5]]);
    expect(majorityMinority([1, 2, 3, 4, 5, 6, 7], 2)).toEqual([[1, 3, 4, 5], [2, 6, 7]]);
  });

  it('a bridge server sees both sides, the sides do not see each other', () => {
    expect(bridge(ids)).toEqual([[1, 2, 3], [3, 4, 5]]);
    expect(reach(bridge(ids), 3)).toEqual(ids);
    expect(reach(bridge(ids), 1)).toEqual([1, 2, 3]);
    expect(reach(bridge(ids), 5)).toEqual([3, 4, 5]);
  });

  it('a ring gives every server a majority of neighbours, and no one sees everyone', () => {
    for (const id of ids) expect(reach(ring(ids), id).length).toBe(3);
    expect(reach(ring(ids), 1)).toEqual([1, 2, 5]);
    const seven = [1, 2, 3, 4, 5, 6, 7];
    const net = new NetworkModel(createPrng(1), { latencyMs: 1, jitterMs: 0 });
    net.partition(ring(seven));
    for (const id of seven) expect(seven.filter((to) => net.isConnected(id, to)).length).toBe(5);
  });

  it('isolate-leader isolates the leader it is given', () => {
    expect(presetGroups('isolate-leader', ids, 4)).toEqual([[1, 2, 3, 5], [4]]);
    expect(presetGroups('isolate-one', ids, 1)).toEqual([[1, 3, 4, 5], [2]]);
  });
});
