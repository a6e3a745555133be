import type { Point, TopologyLayout } from './layout.ts';

// Where a server's group tag goes and how big it is: pure math, so every size can be tested.
// Full detail (≤ 9 servers) has room for a square per group left of the node; larger clusters get
// one tag per server, its height a fraction of the node's radius, on the node's rim: on the outer
// ring the side away from the picture's centre (the margin), on inner rings the side towards it,
// or another way round where that would cover a neighbour.

export type TagGeometry =
  | { kind: 'squares'; x: number; y: number; size: number; fontSize: number }
  /** `textLength`: the text is fitted to it, whatever the font's real glyph widths. */
  | { kind: 'pill'; x: number; y: number; width: number; height: number; fontSize: number; textLength: number };

const SQUARE = 26;
/** Up to this many groups show as squares at full detail; more become one tag. */
const MAX_SQUARES = 3;
/** A glyph of the tag's bold capitals is about this wide, as a share of the font size. */
const GLYPH_WIDTH = 0.68;

export function groupTagGeometry(layout: TopologyLayout, p: Point, groupCount: number, label: string): TagGeometry {
  const r = layout.nodeRadius + layout.arcWidth;
  if (layout.detail === 'full' && groupCount <= MAX_SQUARES) {
    return { kind: 'squares', x: p.x - r - 6 - groupCount * (SQUARE + 2), y: p.y - SQUARE / 2, size: SQUARE, fontSize: 18 };
  }
  const height = Math.max(13, Math.min(SQUARE, Math.round(layout.nodeRadius * 0.85)));
  const fontSize = Math.round(height * 0.72);
  const textLength = Math.ceil(label.length * fontSize * GLYPH_WIDTH);
  const padding = Math.round(height * 0.5);
  const width = Math.max(height, textLength + padding);
  const dx = p.x - layout.center.x;
  const dy = p.y - layout.center.y;
  const distance = Math.hypot(dx, dy);
  // Straight up for a lone server at the centre.
  const [ux, uy] = distance === 0 ? [0, -1] : [dx / distance, dy / distance];
  const outerRing = distance >= (layout.ringRadii[0] ?? 0) - 1;
  const toward = outerRing ? 1 : -1;
  // First choice by ring; if that lands on a neighbour (crowded inner rings), the other ways round.
  const directions: [number, number][] = [
    [toward * ux, toward * uy],
    [-toward * ux, -toward * uy],
    [-uy, ux],
    [uy, -ux],
  ];
  const place = ([vx, vy]: [number, number], share: number): { x: number; y: number } => {
    // The tag overlaps the rim by half its height whichever way it points, so a wide tag at the
    // side of the ring covers the arc, never the id inside the node.
    const offset = share * (r + (Math.abs(vx) * width + Math.abs(vy) * height) / 2 - height / 2);
    return { x: p.x + vx * offset - width / 2, y: p.y + vy * offset - height / 2 };
  };
  // Tucked further onto its own node before it may cover another one.
  const spots = [1, 0.6].flatMap((share) => directions.map((d) => place(d, share)));
  const { x, y } = spots.find((spot) => fitsAt(layout, p, spot.x, spot.y, width, height)) ?? spots[0]!;
  return { kind: 'pill', x, y, width, height, fontSize, textLength };
}

/** Inside the picture and clear of every other server's circle. */
function fitsAt(layout: TopologyLayout, self: Point, x: number, y: number, width: number, height: number): boolean {
  if (x < 0 || y < 0 || x + width > layout.width || y + height > layout.height) return false;
  for (const c of layout.positions.values()) {
    if (c === self) continue;
    const nx = Math.max(x, Math.min(c.x, x + width));
    const ny = Math.max(y, Math.min(c.y, y + height));
    if (Math.hypot(nx - c.x, ny - c.y) < layout.nodeRadius) return false;
  }
  return true;
}
