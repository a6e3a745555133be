import { describe, expect, it } from 'vitest';
import type { TimelineKind, TimelineRecord } from '../host/records.ts';
import { describeFault, narrate, narrateDetail } from './index.ts';
import { base, faults, faultWords, samples, z, type Sample } from './testdata/samples.ts';

// One sample of every record kind and of every reason inside them (testdata/samples.ts), each
// with the numbers its sentence must mention.


describe('narrate', () => {
  for (const [kind, list] of Object.entries(samples) as [TimelineKind, Sample<TimelineKind>[]][]) {
    it(`tells every ${kind} with its numbers`, () => {
      for (const { record, mentions } of list) {
        const text = narrate(record as TimelineRecord);
        for (const m of mentions) expect(text, JSON.stringify(record)).toContain(m);
        expect(text).not.toMatch(/undefined|NaN|null|\[object/);
      }
    });
  }

  it('tells every fault in force in words', () => {
    for (const fault of Object.values(faults)) expect(describeFault(fault)).toBe(faultWords[fault.kind]);
    expect(describeFault({ id: 'delay:5->4', kind: 'delay', latencyMs: 7, jitterMs: 0, link: { from: 5, to: 4 } })).toBe('Delay 7 ms on link 5 → 4');
    expect(describeFault({ id: 'cut:1->2', kind: 'cut', from: 1, to: 2, both: false })).toBe('Link 1 → 2 cut (one way)');
    expect(describeFault({ id: 'drop', kind: 'drop', rate: 0.1, link: null })).toBe('Drop 10% on all links');
  });
});

describe('narrateDetail', () => {
  const leaderSync = (sent: number[]): TimelineRecord => ({ ...base, kind: 'sync', side: 'leader', learner: 2, fromZxid: 0, mode: 'diff', sent });

  it('lists what a sync sent and a truncation removed', () => {
    expect(narrateDetail(leaderSync([z(1, 1), z(1, 2)]))).toBe('sent: 0x100000001, 0x100000002');
    expect(narrateDetail(leaderSync([1, 2, 3, 4, 5, 6]))).toBe('sent: 0x1, 0x2, 0x3, 0x4 … +2 more');
    expect(narrateDetail({ ...base, kind: 'truncated', leader: 2, toZxid: z(1, 4), removed: [z(1, 5)], cleared: false })).toBe('removed: 0x100000005');
    expect(narrateDetail({ ...base, kind: 'truncated', leader: 2, toZxid: z(1, 4), removed: [z(1, 5)], cleared: true, snapshotZxid: z(1, 6) })).toBe('removed: 0x100000006, 0x100000005');
  });

  it('names the ephemerals an ended session took along', () => {
    expect(narrateDetail({ ...base, kind: 'session-expired', sessionId: 1, deletedPaths: ['/w1', '/w2'] })).toBe('ephemerals deleted: /w1, /w2');
  });

  it('adds nothing when there is nothing to add', () => {
    expect(narrateDetail(leaderSync([]))).toBeNull();
    expect(narrateDetail({ ...base, kind: 'sync', side: 'leader', learner: 2, fromZxid: 0, mode: 'snap', snapshotZxid: 5 })).toBeNull();
    expect(narrateDetail({ ...base, kind: 'session-closed', sessionId: 1, deletedPaths: [] })).toBeNull();
    expect(narrateDetail({ ...base, kind: 'leader-elected', epoch: 1, followers: [], voters: 1, zxid: 0 })).toBeNull();
  });
});
