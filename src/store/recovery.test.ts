import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../driver/index.ts';
import { SYNC_BADGE_MS, foldRecoveries, foldSessionEnds, syncBadge } from './recovery.ts';

function entry(kind: string, node: number, detail: Record<string, unknown>, t = 100): TimelineEntry {
  return { id: t, t, node, kind, text: kind, detail };
}

describe('foldRecoveries', () => {
  it('records the leader\'s choice per learner and the learner\'s truncation', () => {
    const sync = entry('sync', 4, { mode: 'trunc', learner: 5, fromZxid: 0x100000005, truncZxid: 0x100000004, sent: [0x200000001] });
    let map = foldRecoveries(new Map(), [sync], 1000);
    expect(map.get(5)).toMatchObject({ leader: 4, mode: 'trunc', truncZxid: 0x100000004, sent: [0x200000001], removed: [] });
    expect(syncBadge(map.get(5), 1000)).toBe('TRUNC');
    map = foldRecoveries(map, [entry('truncated', 5, { mode: 'trunc', removed: [0x100000005] }, 105)], 1100);
    expect(map.get(5)!.removed).toEqual([0x100000005]);
    expect(syncBadge(map.get(5), 1100)).toBe('TRUNC −1');
    expect(syncBadge(map.get(5), 1000 + SYNC_BADGE_MS + 1)).toBeNull();
  });

  it('badges a DIFF with its size, a SNAP by name, and not an empty DIFF', () => {
    const map = foldRecoveries(new Map(), [entry('sync', 1, { mode: 'diff', learner: 2, fromZxid: 1, truncZxid: null, sent: [2, 3] }), entry('sync', 1, { mode: 'diff', learner: 3, sent: [] }), entry('sync', 1, { mode: 'snap', learner: 4, sent: null })], 0);
    expect([2, 3, 4].map((id) => syncBadge(map.get(id), 0))).toEqual(['DIFF +2', null, 'SNAP']);
  });

  it('ignores the learner\'s own SNAP note and entries without detail, keeping the same map', () => {
    const map = new Map();
    expect(foldRecoveries(map, [entry('sync', 2, { mode: 'snap', snapshotZxid: 5 }), { id: 1, t: 1, node: 1, kind: 'sync', text: '' }], 0)).toBe(map);
  });
});

describe('foldSessionEnds', () => {
  it('keeps why a session ended and which ephemerals went', () => {
    const map = foldSessionEnds(new Map(), [entry('session-expired', 5, { sessionId: 77, deletedPaths: ['/w1'] }, 9000)]);
    expect(map.get(77)).toEqual({ sessionId: 77, reason: 'expired', deletedPaths: ['/w1'], t: 9000 });
  });
});
