import type { ZoomTransform } from 'd3-zoom';
import type { ServerId } from '../../driver/index.ts';
import { MAX_LANES } from './lanes.ts';
import { xOf } from './viewport.ts';

// Where things go on screen: lanes top to bottom below the time axis, time left to right.

export const AXIS_HEIGHT_PX = 30;
/** Room for "server 100 ♛" (the words are larger on wide screens, spacetime.css). */
export const LABEL_WIDTH_PX = typeof matchMedia === 'function' && matchMedia('(min-width: 1600px)').matches ? 124 : 104;
export const MIN_LANE_PX = 28;
export const MAX_LANE_PX = 72;

/** Lanes that fit the pane at MIN_LANE_PX each (at least 3, at most the lane cap). */
export function maxLanesFor(paneHeight: number): number {
  return Math.max(3, Math.min(MAX_LANES, Math.floor((paneHeight - AXIS_HEIGHT_PX - 4) / MIN_LANE_PX)));
}

export interface Geometry {
  transform: ZoomTransform;
  plotWidth: number;
  height: number;
  laneHeight: number;
  nowMs: number;
  /** The lane's top edge, or null when the server has no lane. */
  laneTop(id: ServerId): number | null;
  x(ms: number): number;
}

export function makeGeometry(lanes: readonly ServerId[], transform: ZoomTransform, plotWidth: number, paneHeight: number, nowMs: number): Geometry {
  const laneHeight = Math.max(MIN_LANE_PX, Math.min(MAX_LANE_PX, Math.floor((paneHeight - AXIS_HEIGHT_PX - 4) / Math.max(1, lanes.length))));
  const index = new Map(lanes.map((id, i) => [id, i]));
  return {
    transform,
    plotWidth,
    height: AXIS_HEIGHT_PX + laneHeight * lanes.length + 4,
    laneHeight,
    nowMs,
    laneTop: (id) => {
      const i = index.get(id);
      return i === undefined ? null : AXIS_HEIGHT_PX + i * laneHeight;
    },
    x: (ms) => xOf(transform, ms),
  };
}
