import { bisectRight } from 'd3-array';
import { interpolateNumber, interpolateRgb } from 'd3-interpolate';

// Piecewise-linear maps for the two drawing scales the first screen needs (node radius by cluster
// size, a heartbeat's colour by the share of its timeout used). d3-interpolate does the blending;
// d3-scale would do the same but brings d3-format and friends into the first load (11 KB gzipped).

/** A clamped piecewise-linear map through the points (domain[i], range[i]); domain ascending. */
function piecewise<T>(domain: readonly number[], range: readonly T[], blend: (a: T, b: T) => (t: number) => T): (x: number) => T {
  const segments = domain.slice(1).map((_, i) => blend(range[i]!, range[i + 1]!));
  const last = domain.length - 1;
  return (x) => {
    if (!(x > domain[0]!)) return segments[0]!(0);
    if (x >= domain[last]!) return segments[last - 1]!(1);
    const i = Math.min(bisectRight(domain, x), last) - 1;
    return segments[i]!((x - domain[i]!) / (domain[i + 1]! - domain[i]!));
  };
}

export function piecewiseNumber(domain: readonly number[], range: readonly number[]): (x: number) => number {
  return piecewise(domain, range, interpolateNumber);
}

export function piecewiseColor(domain: readonly number[], range: readonly string[]): (x: number) => string {
  return piecewise(domain, range, interpolateRgb);
}
