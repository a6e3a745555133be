import { describe, expect, it } from 'vitest';
import { defaultClusterSettings } from '../core/config.ts';
import { analyzeRecords } from './faultAnalysis.ts';
import { LeadershipModel } from './leadershipModel.ts';
import type { TimelineRecord } from './records.ts';

// The fault analysis reads a real ensemble's records as it reads the model's: a learner's Zab
// broadcast (its log) counts as synced, and its DIFF or TRUNC as the sync it got.

const zab = (t: number, node: number, role: 'leading' | 'following', phase: 'discovery' | 'synchronization' | 'broadcast', leader: number | null, syncMode: 'diff' | 'trunc' | 'snap' | null = null): TimelineRecord =>
  ({ t, node, kind: 'zab-phase', role, phase, syncMode, leader }) as TimelineRecord;
const elected = (t: number, node: number, epoch: number, followers: number[]): TimelineRecord =>
  ({ t, node, kind: 'leader-elected', epoch, followers, voters: 3, zxid: epoch * 2 ** 32 }) as TimelineRecord;

describe('a real ensemble\'s records', () => {
  it('serve once the leader is elected and a quorum of learners reached broadcast', () => {
    const model = new LeadershipModel([1, 2, 3], []);
    for (const r of [zab(10, 1, 'following', 'synchronization', 3, 'diff'), elected(20, 3, 1, [1, 2])]) model.observe(r);
    expect(model.serving()).toBeNull();
    model.observe(zab(30, 1, 'following', 'broadcast', 3));
    expect(model.serving()).toEqual({ leader: 3, epoch: 1 });
  });

  it('do not count a learner whose log named no leader', () => {
    const model = new LeadershipModel([1, 2, 3], []);
    for (const r of [elected(20, 3, 1, [1, 2]), zab(30, 1, 'following', 'broadcast', null), zab(30, 2, 'following', 'broadcast', null)]) model.observe(r);
    expect(model.serving()).toBeNull();
  });

  it('give a kill its recovery and each learner\'s sync mode', () => {
    const settings = defaultClusterSettings([1, 2, 3]);
    const records: TimelineRecord[] = [
      elected(100, 3, 1, [1, 2]),
      zab(110, 1, 'following', 'broadcast', 3),
      zab(110, 2, 'following', 'broadcast', 3),
      { t: 5000, node: 3, kind: 'kill' } as TimelineRecord,
      elected(5300, 2, 2, [1]),
      zab(5310, 1, 'following', 'synchronization', 2, 'diff'),
      zab(5320, 1, 'following', 'broadcast', 2),
    ];
    const [fault] = analyzeRecords(records, { settings, latencyMs: 0, jitterMs: 0 }).faults;
    expect(fault?.recovered).toMatchObject({ atMs: 5320, leader: 2, epoch: 2 });
    expect(fault?.syncs).toEqual([{ atMs: 5310, leader: 2, learner: 1, mode: 'diff' }]);
  });
});
