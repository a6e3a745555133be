import { describe, expect, it } from 'vitest';
import { describePartition, idRanges } from './idRanges.ts';

describe('idRanges', () => {
  it('folds runs of three or more into ranges', () => {
    expect(idRanges([8, 7, 5, 3, 2, 1])).toBe('1–3, 5, 7, 8');
    expect(idRanges([])).toBe('');
    expect(describePartition([[1, 2], [3, 4, 5]])).toBe('{1, 2} | {3–5}');
  });
});
