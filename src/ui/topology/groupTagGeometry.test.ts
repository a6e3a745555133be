import { describe, expect, it } from 'vitest';
import { presetGroups, type PresetName } from '../../driver/index.ts';
import { groupSetLabel } from '../../store/index.ts';
import { groupTagGeometry } from './groupTagGeometry.ts';
import { layoutTopology, type Point } from './layout.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** Whether a rectangle and a circle share any point. */
function touches(x: number, y: number, w: number, h: number, c: Point, radius: number): boolean {
  const nx = Math.max(x, Math.min(c.x, x + w));
  const ny = Math.max(y, Math.min(c.y, y + h));
  return Math.hypot(nx - c.x, ny - c.y) < radius;
}

describe('group tags', () => {
  for (const preset of ['ring', 'majority-minority'] as PresetName[]) {
    for (const n of [5, 25, 51, 101]) {
      it(`with the ${preset} preset at ${n} servers, no tag covers another server or runs past the picture`, () => {
        const ids = range(n);
        const layout = layoutTopology(ids, 800, 640);
        const groups = presetGroups(preset, ids, n);
        for (const id of ids) {
          const mine = groups.flatMap((g, i) => (g.includes(id) ? [i] : []));
          const label = groupSetLabel(mine, groups.length);
          expect(label.length).toBeLessThanOrEqual(5);
          const tag = groupTagGeometry(layout, layout.positions.get(id)!, mine.length, label);
          const [w, h] = tag.kind === 'pill' ? [tag.width, tag.height] : [mine.length * (tag.size + 2), tag.size];
          expect(tag.x).toBeGreaterThanOrEqual(0);
          expect(tag.y).toBeGreaterThanOrEqual(0);
          expect(tag.x + w).toBeLessThanOrEqual(800);
          expect(tag.y + h).toBeLessThanOrEqual(640);
          for (const other of ids) {
            if (other === id) continue;
            expect(touches(tag.x, tag.y, w, h, layout.positions.get(other)!, layout.nodeRadius), `tag of ${id} on server ${other}`).toBe(false);
          }
        }
      });
    }
  }

  it('sizes the tag to the node, never below a readable height', () => {
    const small = layoutTopology(range(25), 800, 640);
    const large = layoutTopology(range(101), 800, 640);
    const a = groupTagGeometry(small, small.positions.get(1)!, 7, 'T–A');
    const b = groupTagGeometry(large, large.positions.get(1)!, 26, 'BY–A');
    expect(a.kind === 'pill' && b.kind === 'pill').toBe(true);
    if (a.kind !== 'pill' || b.kind !== 'pill') return;
    expect(a.height).toBeGreaterThan(b.height);
    expect(b.height).toBeGreaterThanOrEqual(13);
    expect(b.textLength).toBeLessThan(b.width);
  });
});
