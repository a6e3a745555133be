import { describe, expect, it } from 'vitest';
import { makeZxid, MAX_COUNTER } from '../core/zxid.ts';
import { ZxidMap } from './zxidMap.ts';

describe('ZxidMap', () => {
  it('answers like a Map for zxids across epochs, in insertion order', () => {
    const map = new ZxidMap<string>();
    const reference = new Map<number, string>();
    const zxids = [makeZxid(2, 1), makeZxid(1, 7), makeZxid(2, 2), makeZxid(1, 1), makeZxid(3, MAX_COUNTER - 1), makeZxid(2, 5000), makeZxid(0, 3)];
    for (const [i, zxid] of zxids.entries()) {
      map.set(zxid, `v${i}`);
      reference.set(zxid, `v${i}`);
    }
    map.set(makeZxid(1, 7), 'again');
    reference.set(makeZxid(1, 7), 'again');
    expect(map.size).toBe(reference.size);
    expect([...map.keys()]).toEqual([...reference.keys()]);
    for (const zxid of [...zxids, makeZxid(1, 2), makeZxid(4, 1), makeZxid(2, 0)]) {
      expect(map.get(zxid)).toBe(reference.get(zxid));
      expect(map.has(zxid)).toBe(reference.has(zxid));
    }
  });

  it('keeps a counter with all 32 bits set apart from its neighbours', () => {
    const map = new ZxidMap<number>();
    map.set(makeZxid(1, MAX_COUNTER), 1);
    expect(map.get(makeZxid(1, MAX_COUNTER))).toBe(1);
    expect(map.get(makeZxid(2, 0))).toBeUndefined();
    expect(map.get(makeZxid(1, MAX_COUNTER - 1))).toBeUndefined();
  });
});
