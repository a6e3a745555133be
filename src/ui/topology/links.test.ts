import { describe, expect, it } from 'vitest';
import { cutTest, degradedTest, isIsolated, pairsToDraw } from './links.ts';
import { node } from '../../store/testNodes.ts';
import type { NodeSnapshot } from '../../driver/index.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const none = { cuts: [], partition: null };

function byId(nodes: NodeSnapshot[]): Map<number, NodeSnapshot> {
  return new Map(nodes.map((n) => [n.id, n]));
}

describe('cutTest', () => {
  it('treats cuts per direction', () => {
    const cut = cutTest({ cuts: [{ from: 1, to: 2 }], partition: null });
    expect(cut(1, 2)).toBe(true);
    expect(cut(2, 1)).toBe(false);
  });

  it('cuts every link across a partition and around unlisted servers', () => {
    const cut = cutTest({ cuts: [], partition: [[1, 2], [3, 4]] });
    expect(cut(1, 2)).toBe(false);
    expect(cut(1, 3)).toBe(true);
    expect(cut(4, 2)).toBe(true);
    expect(cut(5, 1)).toBe(true);
  });

  it('keeps a bridge server connected to both of its groups', () => {
    const cut = cutTest({ cuts: [], partition: [[1, 2, 3], [3, 4, 5]] });
    expect(cut(3, 1)).toBe(false);
    expect(cut(3, 5)).toBe(false);
    expect(cut(5, 3)).toBe(false);
    expect(cut(1, 5)).toBe(true);
  });
});

describe('pairsToDraw', () => {
  it('draws the full mesh for small clusters', () => {
    expect(pairsToDraw(ids(4), new Map(), none, null)).toHaveLength(6);
  });

  it('draws leader links, the focused server\'s cut links and cuts for large clusters', () => {
    const nodes = byId(ids(25).map((id) => node(id, { leader: 25, role: id === 25 ? 'leading' : 'following' })));
    expect(pairsToDraw(ids(25), nodes, none, null)).toHaveLength(24);
    expect(pairsToDraw(ids(25), nodes, none, 3)).toHaveLength(24);
    const isolated = { cuts: [], partition: [ids(25).filter((id) => id !== 3), [3]] };
    expect(pairsToDraw(ids(25), nodes, isolated, 3)).toHaveLength(24 + 23);
    expect(pairsToDraw(ids(25), nodes, { cuts: [{ from: 1, to: 2 }], partition: null }, null)).toContainEqual([1, 2]);
  });
});

describe('isIsolated', () => {
  it('is true only when every direction to and from the server is cut', () => {
    expect(isIsolated(3, ids(5), { cuts: [], partition: [[1, 2, 4, 5], [3]] })).toBe(true);
    expect(isIsolated(3, ids(5), { cuts: [{ from: 3, to: 1 }], partition: null })).toBe(false);
    expect(isIsolated(3, ids(5), none)).toBe(false);
  });
});

describe('degradedTest', () => {
  const quality = { dropPercent: 0, latencyMs: 2, jitterMs: 1, defaultLatencyMs: 2, defaultJitterMs: 1, drops: [{ from: 1, to: 2, percent: 10 }, { from: 3, to: 4, percent: 0 }], delays: [{ from: 2, to: 1, latencyMs: 500, jitterMs: 0 }] };

  it('marks directions with their own loss or extra delay', () => {
    const slow = degradedTest({ cuts: [], partition: null, quality });
    expect([slow(1, 2), slow(2, 1), slow(3, 4), slow(4, 3)]).toEqual([true, true, false, false]);
  });

  it('marks nothing without quality data', () => {
    expect(degradedTest(none)(1, 2)).toBe(false);
  });
});
