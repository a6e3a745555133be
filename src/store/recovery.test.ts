import { describe, expect, it } from 'vitest';
import type { RecordOf, TimelineEntry } from '../driver/index.ts';
import { SYNC_BADGE_MS, foldRecoveries, foldSessionEnds, syncBadge } from './recovery.ts';

type Sync = RecordOf<'sync'>;

function leaderSync(node: number, learner: number, plan: { mode: 'diff'; sent: number[] } | { mode: 'trunc'; truncZxid: number; sent: number[] } | { mode: 'snap'; snapshotZxid: number }, t = 100): TimelineEntry {
  return { id: t, t, node, kind: 'sync', side: 'leader', learner, fromZxid: 0x100000005, ...plan } as Sync & { id: number };
}

describe('foldRecoveries', () => {
  it('records the leader\'s choice per learner and the learner\'s truncation', () => {
    const sync = leaderSync(4, 5, { mode: 'trunc', truncZxid: 0x100000004, sent: [0x200000001] });
    let map = foldRecoveries(new Map(), [sync], 1000);
    expect(map.get(5)).toMatchObject({ leader: 4, mode: 'trunc', fromZxid: 0x100000005, truncZxid: 0x100000004, sent: [0x200000001], removed: [] });
    expect(syncBadge(map.get(5), 1000)).toBe('TRUNC');
    const truncated: TimelineEntry = { id: 105, t: 105, node: 5, kind: 'truncated', leader: 4, toZxid: 0x100000004, removed: [0x100000005], cleared: false };
    map = foldRecoveries(map, [truncated], 1100);
    expect(map.get(5)!.removed).toEqual([0x100000005]);
    expect(syncBadge(map.get(5), 1100)).toBe('TRUNC −1');
    expect(syncBadge(map.get(5), 1000 + SYNC_BADGE_MS + 1)).toBeNull();
  });

  it('counts the snapshot a learner had to discard among what it removed', () => {
    let map = foldRecoveries(new Map(), [leaderSync(4, 5, { mode: 'trunc', truncZxid: 0x100000002, sent: [] })], 0);
    map = foldRecoveries(map, [{ id: 2, t: 2, node: 5, kind: 'truncated', leader: 4, toZxid: 0x100000002, removed: [0x100000004], cleared: true, snapshotZxid: 0x100000003 }], 0);
    expect(map.get(5)).toMatchObject({ removed: [0x100000003, 0x100000004], cleared: true });
  });

  it('badges a DIFF with its size, a SNAP by name, and not an empty DIFF', () => {
    const map = foldRecoveries(new Map(), [leaderSync(1, 2, { mode: 'diff', sent: [2, 3] }), leaderSync(1, 3, { mode: 'diff', sent: [] }), leaderSync(1, 4, { mode: 'snap', snapshotZxid: 9 })], 0);
    expect([2, 3, 4].map((id) => syncBadge(map.get(id), 0))).toEqual(['DIFF +2', null, 'SNAP']);
    expect(map.get(4)).toMatchObject({ sent: null, truncZxid: null });
  });

  it('ignores the learner\'s own SNAP note, keeping the same map', () => {
    const map = new Map();
    expect(foldRecoveries(map, [{ id: 1, t: 1, node: 2, kind: 'sync', side: 'learner', leader: 1, mode: 'snap', snapshotZxid: 5 }], 0)).toBe(map);
  });
});

describe('foldSessionEnds', () => {
  it('keeps why a session ended and which ephemerals went', () => {
    const map = foldSessionEnds(new Map(), [{ id: 1, t: 9000, node: 5, kind: 'session-expired', sessionId: 77, deletedPaths: ['/w1'] }]);
    expect(map.get(77)).toEqual({ sessionId: 77, reason: 'expired', deletedPaths: ['/w1'], t: 9000 });
  });
});
