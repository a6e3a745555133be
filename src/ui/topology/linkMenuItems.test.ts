import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/messages/en/index.ts';
import { makeTranslate } from '../../i18n/translate.ts';
import { linkMenuItems as itemsIn } from './linkMenuItems.ts';

const english = makeTranslate('en', en);
const linkMenuItems = (...args: [number, number, Parameters<typeof itemsIn>[2]]) => itemsIn(...args, english);

const keys = (items: ReturnType<typeof linkMenuItems>) => items.map((i) => i.key);

describe('linkMenuItems', () => {
  it('offers to cut each direction or both on a healthy link', () => {
    expect(keys(linkMenuItems(1, 2, { cuts: [], partition: null }))).toEqual(['cut-1-2', 'cut-2-1', 'cut-both', 'quality']);
  });

  it('offers to restore what is cut, one way or both', () => {
    expect(keys(linkMenuItems(1, 2, { cuts: [{ from: 2, to: 1 }], partition: null }))).toEqual(['cut-1-2', 'restore-2-1', 'cut-both', 'quality']);
    expect(keys(linkMenuItems(1, 2, { cuts: [{ from: 1, to: 2 }, { from: 2, to: 1 }], partition: null }))).toEqual(['restore-1-2', 'restore-2-1', 'restore-both', 'quality']);
  });

  it('says a direction cut by the partition must be healed there', () => {
    const items = linkMenuItems(1, 4, { cuts: [], partition: [[1, 2, 3], [3, 4, 5]] });
    expect(keys(items)).toEqual(['partitioned-1-4', 'partitioned-4-1', 'cut-both', 'quality']);
    expect(items[0]!.run).toBeNull();
    expect(items[0]!.label).toBe('1 → 4 is cut by the partition');
    expect(keys(linkMenuItems(3, 4, { cuts: [], partition: [[1, 2, 3], [3, 4, 5]] }))[0]).toBe('cut-3-4');
  });
});
