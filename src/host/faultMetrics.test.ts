import { describe, expect, it } from 'vitest';
import { defaultClusterSettings } from '../core/config.ts';
import { backoffBound, backoffIntervalMs, detectionBoundFor, isDetection, noticesFault, recoveryBoundFor, silentBound } from './faultMetrics.ts';
import { LeadershipModel } from './leadershipModel.ts';
import type { TimelineRecord } from './records.ts';

// The definitions themselves, on hand-made records: what counts as noticing a fault, the bounds,
// and the records-only model of who serves. src/sim/faultMetrics.test.ts runs them on real runs.

const settings = defaultClusterSettings([1, 2, 3, 4, 5]);
const limit = { name: 'syncLimit', ticks: 5, tickTimeMs: 2000 } as const;

// Cast from a plain object: the event gains fields over time (limitMs), and these tests need only a few.
const record = (fields: object) => fields as TimelineRecord;
const leaderSilent = (t: number, node: number, peer: number) => record({ t, node, kind: 'peer-suspected', cause: 'leader-silent', peer, silentMs: 10_000, limitMs: 10_000, limit, peers: [peer] });
const dropped = (t: number, node: number, learner: number): TimelineRecord => ({ t, node, kind: 'learner-dropped', learner, reason: { why: 'read-timeout', silentMs: 10_000 }, peers: [learner] });

describe('what counts as noticing a fault', () => {
  it('is a record by another server that suspects, drops, steps down or leaves its role', () => {
    expect(isDetection(leaderSilent(1, 2, 5), 5)).toBe(true);
    expect(isDetection(leaderSilent(1, 5, 2), 5)).toBe(false);
    const looking: TimelineRecord = { t: 1, node: 2, kind: 'state-change', change: 'looking', from: 'following', round: 2, reason: { why: 'leader-silent', leader: 5, silentMs: 10_000 }, vote: null };
    expect(isDetection(looking, 5)).toBe(true);
    expect(isDetection({ ...looking, from: 'looking' } as TimelineRecord, 5)).toBe(false);
    expect(isDetection({ t: 1, node: null, kind: 'heal', fault: null }, null)).toBe(false);
  });

  it('about the server hit: dropping another learner is not noticing this crash', () => {
    const crash = { action: 'crash', node: 2, atMs: 0 } as const;
    expect(noticesFault(dropped(10_000, 5, 3), crash)).toBe(false);
    expect(noticesFault(dropped(10_000, 5, 2), crash)).toBe(true);
    expect(noticesFault(dropped(10_000, 5, 2), { ...crash, atMs: 20_000 })).toBe(false);
    // A network fault concerns every server, the ones cut off included.
    expect(noticesFault(dropped(10_000, 5, 3), { action: 'partition', node: null, atMs: 0 })).toBe(true);
    expect(noticesFault(leaderSilent(10_000, 2, 5), { action: 'isolate', node: 2, atMs: 0 })).toBe(true);
  });
});

describe('bounds', () => {
  it('a silent server: syncLimit × tickTime ± tickTime, or the all-to-all timeout ± a heartbeat', () => {
    expect(silentBound(settings)).toMatchObject({ ms: 10_000, loMs: 8000, hiMs: 12_000, reason: { why: 'read-timeout', limit } });
    expect(silentBound({ ...settings, detector: 'all-to-all' })).toMatchObject({ ms: 3000, loMs: 2000, hiMs: 4000, reason: { why: 'heartbeat-timeout' } });
  });

  it('a kill: one message latency; recovery: detection, then initLimit × tickTime', () => {
    const kill = detectionBoundFor('kill', { settings, latencyMs: 2, jitterMs: 1 });
    expect(kill).toMatchObject({ ms: 2, loMs: 0, hiMs: 3 });
    expect(recoveryBoundFor(kill, settings)).toMatchObject({ hiMs: 3 + 20_000 });
  });

  it("a heal: the FLE back-off of the longest-looking server, doubling from finalizeWait up to its cap", () => {
    expect([0, 199, 200, 599, 600, 1400, 1_000_000].map((ms) => backoffIntervalMs(settings, ms))).toEqual([200, 200, 400, 400, 800, 1600, 60_000]);
    expect(backoffBound(settings, [10_000, 19_000], 20_000)).toMatchObject({ ms: 6400, hiMs: 6400 });
    // Nobody looking: a follower that was cut off hears its leader's next ping.
    expect(backoffBound(settings, [], 20_000)).toMatchObject({ ms: 0, hiMs: 2000 });
  });
});

describe('who serves, from records alone', () => {
  const synced = (t: number, node: number, leader: number): TimelineRecord => ({ t, node, kind: 'learner-synced', side: 'learner', leader, epoch: 1, zxid: 0, observer: false, peers: [leader] });
  const elected: TimelineRecord = { t: 10, node: 5, kind: 'leader-elected', epoch: 1, followers: [1, 2], voters: 5, zxid: 0 };

  it('an established leader with established followers making a quorum, as core agreedLeader says', () => {
    const model = new LeadershipModel([1, 2, 3, 4, 5], []);
    model.observe(elected);
    expect(model.serving()).toBeNull();
    model.observe(synced(11, 1, 5));
    expect(model.serving()).toBeNull();
    model.observe(synced(11, 2, 5));
    expect(model.serving()).toEqual({ leader: 5, epoch: 1 });
    expect(model.whole()).toBe(false);
    model.observe({ t: 20, node: 2, kind: 'pause' });
    expect(model.serving()).toBeNull();
    model.observe({ t: 21, node: 2, kind: 'resume' });
    expect(model.serving()).toEqual({ leader: 5, epoch: 1 });
    model.observe({ t: 22, node: 5, kind: 'crash', wasLeading: true, detection: { detector: 'zookeeper', limit } });
    expect(model.serving()).toBeNull();
  });
});
