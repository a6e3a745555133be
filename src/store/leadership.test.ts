import { describe, expect, it } from 'vitest';
import { electionPollLeft, leadership } from './leadership.ts';
import { ensemble, node, watch } from './testNodes.ts';

const settings = (n: number) => ({ voters: Array.from({ length: n }, (_, i) => i + 1) });

/** A healthy ensemble whose followers last heard leader `leaderId` at `heardMs`. */
function heardAt(n: number, leaderId: number, heardMs: number) {
  return ensemble(n, leaderId).map((x) => (x.id === leaderId ? x : { ...x, watches: [watch(leaderId, heardMs)] }));
}

describe('leadership', () => {
  it('is serving while an established quorum follows the leader', () => {
    expect(leadership(ensemble(5, 5), settings(5), 10_000)).toEqual({ kind: 'serving', leader: 5, epoch: 1, stale: [] });
  });

  it('says the followers have not noticed a crashed leader, with the time left on their read timeout', () => {
    const nodes = heardAt(5, 5, 4_000).map((x) => (x.id === 5 ? { ...x, status: 'down' as const } : x));
    const l = leadership(nodes, settings(5), 7_800);
    expect(l).toMatchObject({ kind: 'unnoticed', leader: 5, epoch: 1, leaderStatus: 'down', believers: [1, 2, 3, 4], noticed: [], limitMs: 10_000 });
    expect(l.kind === 'unnoticed' && l.leftMs).toBe(6_200);
  });

  it('counts the ones that noticed while others still follow a paused leader', () => {
    const nodes = heardAt(5, 5, 4_000).map((x) => (x.id === 5 ? { ...x, status: 'paused' as const } : x.id <= 2 ? { ...x, role: 'looking' as const, leader: null, established: false, watches: [] } : x));
    expect(leadership(nodes, settings(5), 13_000)).toMatchObject({ kind: 'unnoticed', leaderStatus: 'paused', believers: [3, 4], noticed: [1, 2], leftMs: 1_000 });
  });

  it('lets a leader cut off from its quorum be the one to notice', () => {
    const nodes = ensemble(5, 3).map((x) =>
      x.id === 3 ? { ...x, watches: [watch(1, 9_000), watch(2, 2_000), watch(4, 2_000), watch(5, 9_500)] } : x.id === 1 ? { ...x, watches: [watch(3, 9_800)] } : { ...x, role: 'looking' as const, leader: null, established: false },
    );
    expect(leadership(nodes, settings(5), 10_000)).toMatchObject({ kind: 'unnoticed', leader: 3, leaderStatus: 'up', believers: [1], leftMs: 2_000 });
  });

  it('names a deposed leader that has not noticed beside the serving one', () => {
    const nodes = ensemble(5, 5, 2).map((x) => (x.id === 1 ? { ...x, role: 'leading' as const, leader: 1, currentEpoch: 1 } : x));
    expect(leadership(nodes, settings(5), 0)).toEqual({ kind: 'serving', leader: 5, epoch: 2, stale: [{ id: 1, epoch: 1 }] });
  });

  it('is establishing while an elected leader syncs its followers', () => {
    const nodes = [node(1, { role: 'leading', leader: 1, established: false, currentEpoch: 2, syncedLearners: [2] }), node(2, { role: 'following', leader: 1, established: false }), node(3, { role: 'looking', leader: null, established: false })];
    expect(leadership(nodes, settings(3), 0)).toEqual({ kind: 'establishing', leader: 1, epoch: 2, synced: 1, needed: 1 });
  });

  it('says the quorum is lost only when too few voters are up, and electing otherwise, with the next poll', () => {
    const looking = (id: number, dueMs: number, deciding = false) => node(id, { role: 'looking', leader: null, established: false, electionPoll: { dueMs, intervalMs: 400, deciding } });
    expect(leadership([looking(1, 900), node(2, { status: 'down' }), node(3, { status: 'down' })], settings(3), 0)).toEqual({ kind: 'quorum-lost', up: 1, needed: 2 });
    expect(leadership([looking(1, 900), looking(2, 700, true), node(3, { status: 'down' })], settings(3), 500)).toEqual({ kind: 'electing', looking: [1, 2], poll: { leftMs: 200, deciding: true } });
  });

  it('is "starting" before any snapshot', () => {
    expect(leadership([], settings(3), 0)).toEqual({ kind: 'starting' });
  });
});

describe('electionPollLeft', () => {
  it('counts down to a LOOKING server\'s next notification round, and is null otherwise', () => {
    const n = node(2, { role: 'looking', electionPoll: { dueMs: 12_800, intervalMs: 6_400, deciding: false } });
    expect(electionPollLeft(n, 10_000)).toEqual({ leftMs: 2_800, deciding: false });
    expect(electionPollLeft(node(2), 10_000)).toBeNull();
    expect(electionPollLeft({ ...n, status: 'down' }, 10_000)).toBeNull();
  });
});
