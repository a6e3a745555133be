import { zoomIdentity, type ZoomTransform } from 'd3-zoom';

// The diagram's time axis under d3-zoom. A zoom transform maps base pixels (BASE_MS_PER_PX
// simulated ms each, from t = 0) to screen pixels: screen = base × k + x. Following the present
// keeps k and moves x so the right edge is now; a drag stops following, the wheel only zooms.

export const BASE_MS_PER_PX = 50;
/** The window while following the present: the last 30 s. */
export const DEFAULT_SPAN_MS = 30_000;
/** Zoomed in as far as 20 ms across the pane: a LAN hop of 2 ms is then a slanted arrow, an election's order readable. */
export const MIN_SPAN_MS = 20;
export const MAX_SPAN_MS = 600_000;

export interface TimeWindow {
  startMs: number;
  endMs: number;
  msPerPx: number;
}

export function windowOf(t: ZoomTransform, widthPx: number): TimeWindow {
  const msPerPx = BASE_MS_PER_PX / t.k;
  const startMs = (-t.x / t.k) * BASE_MS_PER_PX;
  return { startMs, endMs: startMs + widthPx * msPerPx, msPerPx };
}

/** Screen x of simulated time `ms`. */
export function xOf(t: ZoomTransform, ms: number): number {
  return (ms / BASE_MS_PER_PX) * t.k + t.x;
}

/** The transform showing `spanMs` up to `endMs` across `widthPx`. */
export function transformEndingAt(endMs: number, spanMs: number, widthPx: number): ZoomTransform {
  const k = (widthPx * BASE_MS_PER_PX) / spanMs;
  return zoomIdentity.translate(widthPx - (endMs / BASE_MS_PER_PX) * k, 0).scale(k);
}

/**
 * The same zoom, moved so its right edge is `nowMs` (following the present); while the run is
 * younger than the window, the window starts at 0 instead of showing time before the start.
 */
export function pinnedTo(t: ZoomTransform, nowMs: number, widthPx: number): ZoomTransform {
  const spanMs = (widthPx * BASE_MS_PER_PX) / t.k;
  const endMs = Math.max(nowMs, spanMs);
  return zoomIdentity.translate(widthPx - (endMs / BASE_MS_PER_PX) * t.k, 0).scale(t.k);
}

/** The zoom factors d3-zoom allows at this width: from MAX_SPAN_MS to MIN_SPAN_MS across it. */
export function scaleExtentFor(widthPx: number): [number, number] {
  return [(widthPx * BASE_MS_PER_PX) / MAX_SPAN_MS, (widthPx * BASE_MS_PER_PX) / MIN_SPAN_MS];
}

/** The same stretch of time shown across a new width (the pane was resized). */
export function sameWindowAt(t: ZoomTransform, oldWidthPx: number, newWidthPx: number): ZoomTransform {
  const { startMs, endMs } = windowOf(t, oldWidthPx);
  return transformEndingAt(endMs, endMs - startMs, newWidthPx);
}
