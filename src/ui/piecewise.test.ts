import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { piecewiseColor, piecewiseNumber } from './piecewise.ts';

// The same values as d3-scale's clamped scaleLinear, which they replace in the first load.

describe('piecewise maps', () => {
  const domain = [1, 5, 9, 25, 51, 101];
  const range = [50, 46, 40, 24, 17, 12];
  const reference = scaleLinear().domain(domain).range(range).clamp(true);
  const radius = piecewiseNumber(domain, range);

  it.each([-3, 1, 2, 5, 7.5, 9, 24, 25, 26, 51, 77, 101, 500])('radius at %d matches scaleLinear', (x) => {
    expect(radius(x)).toBeCloseTo(reference(x), 9);
  });

  it('blends colours like scaleLinear and clamps at both ends', () => {
    const colours = ['#1f9d55', '#e0a100', '#d62828'];
    const ours = piecewiseColor([0, 0.5, 1], colours);
    const theirs = scaleLinear<string>().domain([0, 0.5, 1]).range(colours).clamp(true);
    for (const x of [-1, 0, 0.2, 0.5, 0.73, 1, 2]) expect(ours(x)).toBe(theirs(x));
    expect(ours(Number.NaN)).toBe(theirs(0));
  });
});
