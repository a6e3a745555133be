import { describe, expect, it } from 'vitest';
import type { TimelineEntry, TimelineKind } from '../../driver/index.ts';
import { groupEvents, ungrouped } from './groupEvents.ts';

let nextId = 0;
// Grouping reads only the time, kind, node and peers, so the rest of each record is left out.
const entry = (t: number, kind: TimelineKind, node: number, peers?: number[]): TimelineEntry => ({ id: nextId++, t, node, kind, ...(peers ? { peers } : {}) }) as TimelineEntry;

describe('groupEvents', () => {
  it('merges runs of one kind at about the same moment', () => {
    const newestFirst = [entry(400, 'learner-synced', 3, [9]), entry(399, 'learner-synced', 1), entry(380, 'learner-synced', 2), entry(300, 'learner-synced', 4), entry(299, 'leader-elected', 9)];
    const groups = groupEvents(newestFirst);
    expect(groups.map((g) => [g.lead.node, g.count])).toEqual([
      [3, 3],
      [4, 1],
      [9, 1],
    ]);
    expect(groups[0]!.servers).toEqual([1, 2, 3, 9]);
  });

  it('merges interleaved kinds at the same moment into one row per kind', () => {
    const newestFirst = [entry(10, 'state-change', 1), entry(10, 'peer-suspected', 1), entry(10, 'state-change', 2), entry(9, 'peer-suspected', 2)];
    expect(groupEvents(newestFirst).map((g) => [g.lead.kind, g.count])).toEqual([
      ['state-change', 2],
      ['peer-suspected', 2],
    ]);
  });

  it('keeps every entry alone when not grouping', () => {
    const list = [entry(1, 'crash', 1), entry(1, 'crash', 2)];
    expect(ungrouped(list).map((g) => g.count)).toEqual([1, 1]);
    expect(groupEvents([])).toEqual([]);
  });
});
