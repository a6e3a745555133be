import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { piecewiseColor, piecewiseNumber } from './piecewise.ts';

// The radius map gives d3-scale's clamped scaleLinear values, which it replaces in the first load;
// the colour map names the two stops around x and how far toward the next one it is.

describe('piecewise maps', () => {
  const domain = [1, 5, 9, 25, 51, 101];
  const range = [50, 46, 40, 24, 17, 12];
  const reference = scaleLinear().domain(domain).range(range).clamp(true);
  const radius = piecewiseNumber(domain, range);

  it.each([-3, 1, 2, 5, 7.5, 9, 24, 25, 26, 51, 77, 101, 500])('radius at %d matches scaleLinear', (x) => {
    expect(radius(x)).toBeCloseTo(reference(x), 9);
  });

  it('blends colours between the stops around x and clamps at both ends', () => {
    const colour = piecewiseColor([0, 0.5, 1], ['#1f9d55', '#e0a100', '#d62828']);
    expect(colour(-1)).toBe('#1f9d55');
    expect(colour(0)).toBe('#1f9d55');
    expect(colour(0.25)).toBe('color-mix(in srgb, #e0a100 50%, #1f9d55)');
    expect(colour(0.5)).toBe('#e0a100');
    expect(colour(0.9)).toBe('color-mix(in srgb, #d62828 80%, #e0a100)');
    expect(colour(1)).toBe('#d62828');
    expect(colour(7)).toBe('#d62828');
    expect(colour(Number.NaN)).toBe('#1f9d55');
  });
});
