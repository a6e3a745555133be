import { piecewiseNumber } from '../piecewise.ts';
import type { ServerId } from '../../driver/index.ts';

// Pure layout math for the topology: where each server sits, how big it is drawn and how much text
// fits on it. One ring for small clusters, concentric rings (evenly dense) up to 101 servers.

export interface Point {
  x: number;
  y: number;
}

/** How much text a node carries: everything, a short label, or its id only. */
export type DetailLevel = 'full' | 'compact' | 'minimal';

export interface TopologyLayout {
  width: number;
  height: number;
  center: Point;
  nodeRadius: number;
  /** Thickness of the timeout arc around each node. */
  arcWidth: number;
  detail: DetailLevel;
  positions: ReadonlyMap<ServerId, Point>;
  /** Radius of each ring used, outermost first. */
  ringRadii: number[];
}

/** Node radius by cluster size: large enough to read on a projector, small enough to fit 101. */
const radiusScale = piecewiseNumber([1, 5, 9, 25, 51, 101], [50, 46, 40, 24, 17, 12]);

export function detailFor(count: number): DetailLevel {
  if (count <= 9) return 'full';
  if (count <= 31) return 'compact';
  return 'minimal';
}

/** Room kept outside the outer ring for labels (full: two lines below; compact: a short tag). */
const labelMargin: Record<DetailLevel, number> = { full: 58, compact: 26, minimal: 8 };

export function layoutTopology(ids: readonly ServerId[], width: number, height: number): TopologyLayout {
  const count = ids.length;
  const nodeRadius = radiusScale(Math.max(1, count));
  const arcWidth = Math.max(3, Math.round(nodeRadius * 0.16));
  const detail = detailFor(count);
  const center = { x: width / 2, y: height / 2 };
  const outer = Math.max(0, Math.min(width, height) / 2 - nodeRadius - arcWidth - labelMargin[detail]);
  // Centre-to-centre distance that keeps neighbours (with their arcs) apart.
  const spacing = 2 * (nodeRadius + arcWidth) + Math.max(6, nodeRadius * 0.3);
  const counts = ringCounts(count, outer, spacing);
  const ringRadii = counts.map((_, i) => (count === 1 ? 0 : outer - i * spacing * 1.1));
  const positions = new Map<ServerId, Point>();
  let next = 0;
  counts.forEach((ringCount, ring) => {
    const radius = ringRadii[ring]!;
    // Inner rings start half a step round, so nodes do not line up along spokes.
    const offset = ring % 2 === 1 ? Math.PI / ringCount : 0;
    for (let k = 0; k < ringCount; k++) {
      const angle = -Math.PI / 2 + offset + (2 * Math.PI * k) / ringCount;
      positions.set(ids[next++]!, { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) });
    }
  });
  return { width, height, center, nodeRadius, arcWidth, detail, positions, ringRadii };
}

/**
 * How many nodes go on each ring, outermost first. Uses as few rings as hold everyone, then spreads
 * the nodes in proportion to each ring's circumference so every ring is about as dense.
 */
export function ringCounts(count: number, outerRadius: number, spacing: number): number[] {
  if (count <= 0) return [];
  if (count === 1) return [1];
  const capacities: number[] = [];
  let total = 0;
  for (let radius = outerRadius; total < count; radius -= spacing * 1.1) {
    // The innermost ring always takes the rest, however crowded: never lose a node.
    const capacity = radius < spacing ? count - total : Math.max(2, Math.floor((2 * Math.PI * radius) / spacing));
    capacities.push(capacity);
    total += capacity;
  }
  if (capacities.length === 1) return [count];
  return spread(count, capacities);
}

/** Largest-remainder split of `count` in proportion to `capacities`, never above a capacity. */
function spread(count: number, capacities: number[]): number[] {
  const total = capacities.reduce((a, b) => a + b, 0);
  const exact = capacities.map((c) => (count * c) / total);
  const counts = exact.map(Math.floor);
  let left = count - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest);
  for (const { i } of order) {
    if (left === 0) break;
    if (counts[i]! < capacities[i]!) {
      counts[i]!++;
      left--;
    }
  }
  return counts;
}

export interface Lane {
  start: Point;
  end: Point;
  /** Unit vector from start to end. */
  ux: number;
  uy: number;
  length: number;
}

/**
 * The lane for messages from `from` to `to`: the centre line between the two node rims, shifted
 * `offset` to the right of travel so the two directions of a link are drawn side by side.
 */
export function lane(from: Point, to: Point, rim: number, offset: number): Lane | null {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const distance = Math.hypot(dx, dy);
  if (distance <= 2 * rim) return null;
  const ux = dx / distance;
  const uy = dy / distance;
  // Right of travel in SVG coordinates (y grows downward).
  const nx = -uy * offset;
  const ny = ux * offset;
  const start = { x: from.x + ux * rim + nx, y: from.y + uy * rim + ny };
  const end = { x: to.x - ux * rim + nx, y: to.y - uy * rim + ny };
  return { start, end, ux, uy, length: distance - 2 * rim };
}

/** The point `fraction` (0…1) of the way along a lane. */
export function along(l: Lane, fraction: number): Point {
  return { x: l.start.x + (l.end.x - l.start.x) * fraction, y: l.start.y + (l.end.y - l.start.y) * fraction };
}

/** Where a node's outside label goes: straight out from the centre, `gap` beyond the node. */
export function outward(center: Point, p: Point, gap: number): Point {
  const dx = p.x - center.x;
  const dy = p.y - center.y;
  const d = Math.hypot(dx, dy);
  if (d === 0) return { x: p.x, y: p.y + gap };
  return { x: p.x + (dx / d) * gap, y: p.y + (dy / d) * gap };
}
