import { describe, expect, it } from 'vitest';
import type { TimelineRecord } from './records.ts';
import { SuspicionTally } from './suspicionTally.ts';

// A suspicion of a server whose process runs is a false alarm; of a crashed, killed or paused one,
// a true one. A learner that closed its own connection was not suspected by anyone.

const r = (record: Record<string, unknown>) => record as unknown as TimelineRecord;
const suspects = (t: number, node: number, peer: number) => r({ t, node, kind: 'peer-suspected', cause: 'heartbeat-timeout', peer, peers: [peer], silentMs: 3100, limitMs: 3000 });
const drops = (t: number, node: number, learner: number, why: string) => r({ t, node, kind: 'learner-dropped', learner, reason: { why } });

describe('SuspicionTally', () => {
  it('counts suspicions of running servers as false alarms, of stopped ones as true', () => {
    const tally = new SuspicionTally();
    tally.observe(suspects(1000, 1, 2));
    tally.observe(r({ t: 2000, node: 3, kind: 'crash', wasLeading: true }));
    tally.observe(suspects(5000, 1, 3));
    tally.observe(r({ t: 5500, node: 4, kind: 'pause' }));
    tally.observe(drops(6000, 3, 4, 'read-timeout'));
    tally.observe(r({ t: 7000, node: 3, kind: 'restart' }));
    tally.observe(suspects(8000, 2, 3));
    expect(tally.view).toEqual({ total: 4, falseAlarms: 2 });
  });

  it('leaves out a learner that closed the connection itself, and keeps the view while nothing counts', () => {
    const tally = new SuspicionTally();
    tally.observe(drops(100, 5, 1, 'learner-closed'));
    const view = tally.view;
    tally.observe(r({ t: 200, node: 1, kind: 'state-change', change: 'looking' }));
    expect(tally.view).toBe(view);
    expect(view).toEqual({ total: 0, falseAlarms: 0 });
    tally.observe(drops(300, 5, 2, 'connection-reset'));
    expect(tally.view).toEqual({ total: 1, falseAlarms: 1 });
  });

  it('remembers who went LOOKING first at a moment', () => {
    const tally = new SuspicionTally();
    tally.observe(r({ t: 9000, node: 4, kind: 'state-change', change: 'looking' }));
    tally.observe(r({ t: 9000, node: 2, kind: 'state-change', change: 'looking' }));
    expect(tally.lookingFirstAt(9000)).toBe(4);
    expect(tally.lookingFirstAt(9001)).toBeNull();
  });
});
