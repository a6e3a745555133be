import { describe, expect, it } from 'vitest';
import { along, detailFor, lane, layoutTopology, outward, ringCounts } from './layout.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** Smallest distance between two node centres. */
function minGap(n: number): { gap: number; radius: number; arc: number } {
  const l = layoutTopology(ids(n), 800, 640);
  const ps = [...l.positions.values()];
  let gap = Infinity;
  for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) gap = Math.min(gap, Math.hypot(ps[i]!.x - ps[j]!.x, ps[i]!.y - ps[j]!.y));
  return { gap, radius: l.nodeRadius, arc: l.arcWidth };
}

describe('layoutTopology', () => {
  it('puts one server in the centre', () => {
    const l = layoutTopology([1], 800, 640);
    expect(l.positions.get(1)).toEqual({ x: 400, y: 320 });
  });

  it('puts a small cluster on one ring, server 1 at the top, clockwise', () => {
    const l = layoutTopology(ids(5), 800, 640);
    expect(l.ringRadii).toHaveLength(1);
    const p1 = l.positions.get(1)!;
    const p2 = l.positions.get(2)!;
    expect(p1.x).toBeCloseTo(400);
    expect(p1.y).toBeLessThan(320);
    expect(p2.x).toBeGreaterThan(400); // clockwise on screen: to the right of the top
    expect(l.detail).toBe('full');
  });

  it('keeps 25 servers on one ring and 101 on concentric rings', () => {
    expect(layoutTopology(ids(25), 800, 640).ringRadii).toHaveLength(1);
    const big = layoutTopology(ids(101), 800, 640);
    expect(big.ringRadii.length).toBeGreaterThan(1);
    expect(big.positions.size).toBe(101);
    expect(big.detail).toBe('minimal');
  });

  it('never lets nodes (with their timeout arcs) overlap, for every size up to 101', () => {
    for (let n = 2; n <= 101; n++) {
      const { gap, radius, arc } = minGap(n);
      expect(gap, `n=${n}`).toBeGreaterThan(2 * (radius + arc));
    }
  });

  it('keeps every node and its label margin inside the box', () => {
    for (const n of [1, 2, 5, 9, 10, 25, 31, 32, 51, 101]) {
      const l = layoutTopology(ids(n), 800, 640);
      for (const p of l.positions.values()) {
        expect(p.x - l.nodeRadius).toBeGreaterThanOrEqual(0);
        expect(p.x + l.nodeRadius).toBeLessThanOrEqual(800);
        expect(p.y - l.nodeRadius).toBeGreaterThanOrEqual(0);
        expect(p.y + l.nodeRadius).toBeLessThanOrEqual(640);
      }
    }
  });

  it('shrinks nodes as the cluster grows', () => {
    const radii = [1, 5, 9, 25, 51, 101].map((n) => layoutTopology(ids(n), 800, 640).nodeRadius);
    for (let i = 1; i < radii.length; i++) expect(radii[i]).toBeLessThanOrEqual(radii[i - 1]!);
    expect([5, 9, 10, 31, 32].map(detailFor)).toEqual(['full', 'full', 'compact', 'compact', 'minimal']);
  });
});

describe('ringCounts', () => {
  it('spreads nodes evenly by circumference and loses none', () => {
    const counts = ringCounts(101, 280, 40);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(101);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeLessThanOrEqual(counts[i - 1]!);
    expect(ringCounts(3, 280, 40)).toEqual([3]);
    expect(ringCounts(0, 280, 40)).toEqual([]);
  });

  it('crowds the innermost ring rather than dropping nodes when space runs out', () => {
    expect(ringCounts(50, 30, 40).reduce((a, b) => a + b, 0)).toBe(50);
  });
});

describe('lanes', () => {
  it('runs rim to rim, shifted to the right of travel', () => {
    const l = lane({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 3)!;
    expect(l.start).toEqual({ x: 10, y: 3 });
    expect(l.end).toEqual({ x: 90, y: 3 });
    expect(l.length).toBe(80);
    const back = lane({ x: 100, y: 0 }, { x: 0, y: 0 }, 10, 3)!;
    expect(back.start.y).toBe(-3); // the other direction sits on the other side
    expect(along(l, 0.5)).toEqual({ x: 50, y: 3 });
    expect(lane({ x: 0, y: 0 }, { x: 15, y: 0 }, 10, 3)).toBeNull();
  });

  it('puts labels straight out from the centre', () => {
    expect(outward({ x: 0, y: 0 }, { x: 0, y: -100 }, 20)).toEqual({ x: 0, y: -120 });
    expect(outward({ x: 0, y: 0 }, { x: 0, y: 0 }, 20)).toEqual({ x: 0, y: 20 });
  });
});
