import type { ServerId } from '../../driver/index.ts';

// Keyboard focus between node glyphs (they live in SVG, so there is no native focus order to lean on).

export function focusNode(id: ServerId): void {
  document.querySelector<SVGGElement>(`[data-node-id="${id}"]`)?.focus();
}

/** The id `step` places away from `id` in `ids`, wrapping round. */
export function neighbourId(ids: readonly ServerId[], id: ServerId, step: number): ServerId | null {
  const i = ids.indexOf(id);
  if (i < 0 || ids.length === 0) return null;
  return ids[(i + step + ids.length) % ids.length] ?? null;
}
