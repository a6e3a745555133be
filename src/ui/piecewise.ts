// Piecewise-linear maps for the first screen (node radius by cluster size, a heartbeat's colour by
// the share of its timeout used), without a library in the first load: d3-scale or d3-interpolate
// would bring d3-color, d3-format and friends (7–11 KB gzipped) for a table lookup. The colour is
// blended by the browser's own CSS color-mix(), so no colour maths runs here at all.

/** The segment x falls in, and how far along it (0…1), clamped to the ends; domain ascending. */
function locate(domain: readonly number[], x: number): { segment: number; along: number } {
  const last = domain.length - 1;
  if (!(x > domain[0]!)) return { segment: 0, along: 0 };
  if (x >= domain[last]!) return { segment: last - 1, along: 1 };
  let segment = 0;
  while (x >= domain[segment + 1]!) segment += 1;
  return { segment, along: (x - domain[segment]!) / (domain[segment + 1]! - domain[segment]!) };
}

/** A clamped piecewise-linear map through the points (domain[i], range[i]). */
export function piecewiseNumber(domain: readonly number[], range: readonly number[]): (x: number) => number {
  return (x) => {
    const { segment, along } = locate(domain, x);
    return range[segment]! + (range[segment + 1]! - range[segment]!) * along;
  };
}

/** The same for colours: a CSS color-mix() of the two stops around x, blended in sRGB. */
export function piecewiseColor(domain: readonly number[], range: readonly string[]): (x: number) => string {
  return (x) => {
    const { segment, along } = locate(domain, x);
    const towardNext = Math.round(along * 1000) / 10;
    if (towardNext === 0) return range[segment]!;
    if (towardNext === 100) return range[segment + 1]!;
    return `color-mix(in srgb, ${range[segment + 1]} ${towardNext}%, ${range[segment]})`;
  };
}
