import { describe, expect, it } from 'vitest';
import { shallow } from 'zustand/shallow';
import { sameShallow } from './sameParts.ts';

describe('sameShallow', () => {
  const shared = { nested: true };
  const cases: [unknown, unknown][] = [
    [1, 1],
    [1, 2],
    [NaN, NaN],
    [null, null],
    [null, {}],
    ['a', 'a'],
    [[1, 2], [1, 2]],
    [[1, 2], [1, 2, 3]],
    [[shared], [shared]],
    [[{ nested: true }], [{ nested: true }]],
    [{ a: 1, b: shared }, { a: 1, b: shared }],
    [{ a: 1, b: shared }, { b: shared, a: 1 }],
    [{ a: 1 }, { a: 1, b: undefined }],
    [{ a: 1, b: undefined }, { a: 1, c: undefined }],
    [{ a: 1 }, { a: 2 }],
    [{}, {}],
    [{}, []],
    [new Map([[1, 2]]), new Map([[1, 2]])],
    [new Set([1]), new Set([2])],
  ];

  it('decides every case as zustand shallow does', () => {
    for (const [a, b] of cases) {
      expect(sameShallow(a, b), JSON.stringify([a, b])).toBe(shallow(a, b));
      expect(sameShallow(b, a), JSON.stringify([b, a])).toBe(shallow(b, a));
    }
  });
});
