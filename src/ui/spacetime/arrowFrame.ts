import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { useMemo, useRef } from 'react';
import type { ServerId } from '../../driver/index.ts';
import { makeGeometry, type Geometry } from './geometry.ts';
import type { Arrow } from './scene.ts';

// The arrows are the diagram's many elements, and while it follows the present every redraw moved
// each of them a few pixels: a new x1 and x2 on every line, then style and layout for all. They are
// drawn instead in a frame fixed in time, under one translation that follows the present, so a
// redraw sets one attribute and adds the new arrows; the rest keep their props and React skips them.

/** Past this much translation the frame is set again where the view is (SVG coordinates stay small). */
const REFRAME_AFTER_PX = 100_000;

export interface ArrowFrame {
  /** Places arrows in the frame: the view's geometry, as it was when the frame was set. */
  g: Geometry;
  /** Screen x minus frame x: the translation of the arrows' group. */
  shiftPx: number;
}

/** The frame for the view's transform: kept while the zoom, the lanes and the pane's size stay. */
export function useArrowFrame(lanes: readonly ServerId[], transform: ZoomTransform, plotWidth: number, height: number): ArrowFrame {
  const originRef = useRef<{ k: number; x: number } | null>(null);
  let origin = originRef.current;
  if (!origin || origin.k !== transform.k || Math.abs(transform.x - origin.x) > REFRAME_AFTER_PX) origin = originRef.current = { k: transform.k, x: transform.x };
  const lanesKey = lanes.join(',');
  const { k, x } = origin;
  // The frame's geometry is one object while it stands, so memoised arrows keep theirs.
  const g = useMemo(() => makeGeometry(lanesKey === '' ? [] : lanesKey.split(',').map(Number), zoomIdentity.translate(x, 0).scale(k), plotWidth, height, 0), [lanesKey, k, x, plotWidth, height]);
  return { g, shiftPx: transform.x - x };
}

function sameArrow(a: Arrow, b: Arrow): boolean {
  return a.from === b.from && a.to === b.to && a.type === b.type && a.kind === b.kind && a.sentMs === b.sentMs && a.deliveredMs === b.deliveredMs && a.held === b.held;
}

/** The arrows, each the object `previous` held for its message where nothing about it changed; and the new map of them. */
export function keepUnchanged(previous: ReadonlyMap<number, Arrow>, arrows: readonly Arrow[]): { arrows: Arrow[]; bySeq: Map<number, Arrow> } {
  const bySeq = new Map<number, Arrow>();
  const kept = arrows.map((a) => {
    const was = previous.get(a.seq);
    const arrow = was && sameArrow(was, a) ? was : a;
    bySeq.set(a.seq, arrow);
    return arrow;
  });
  return { arrows: kept, bySeq };
}

/** The scene's arrows, each the object the previous redraw drew where nothing about it changed. */
export function useStableArrows(arrows: readonly Arrow[]): Arrow[] {
  const previous = useRef(new Map<number, Arrow>());
  return useMemo(() => {
    const next = keepUnchanged(previous.current, arrows);
    previous.current = next.bySeq;
    return next.arrows;
  }, [arrows]);
}
