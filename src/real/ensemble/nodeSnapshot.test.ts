import { describe, expect, it } from 'vitest';
import type { LogView } from './logInterpreter.ts';
import { roleOf, snapshotOf, statusOf, withSyncedLearners, type ServerObservation } from './nodeSnapshot.ts';

const quietLog: LogView = { role: null, roleAtMs: null, leader: null, phase: null, syncMode: null, established: false, vote: null, electionRound: 0, proposedZxid: null, syncedLearners: [], leaderEpoch: null };

function observation(over: Partial<ServerObservation> = {}): ServerObservation {
  return { id: 2, running: true, paused: false, answering: true, srvr: null, lastKnownZxid: null, epochs: { acceptedEpoch: null, currentEpoch: null }, log: quietLog, mntr: null, ...over };
}

const servingLeader = { serving: true as const, version: '3.8.0', zxid: 0x300000002, mode: 'leader' as const, nodeCount: 7, outstanding: 0, connections: 1 };

describe('statusOf', () => {
  it('down without a process, paused when we stopped it, unresponsive when its polls time out, else up', () => {
    expect(statusOf(observation({ running: false }))).toBe('down');
    expect(statusOf(observation({ paused: true, answering: false }))).toBe('paused');
    expect(statusOf(observation({ answering: false }))).toBe('unresponsive');
    expect(statusOf(observation())).toBe('up');
  });
});

describe('roleOf', () => {
  it('takes the log first (it is faster and says leading while syncing), else the poll, else looking', () => {
    expect(roleOf(observation({ srvr: servingLeader, log: { ...quietLog, role: 'looking' } }))).toBe('looking');
    expect(roleOf(observation({ srvr: servingLeader }))).toBe('leading');
    expect(roleOf(observation({ srvr: { serving: false } }))).toBe('looking');
    expect(roleOf(observation({ running: false, log: { ...quietLog, role: 'leading' } }))).toBe('looking');
  });
});

describe('snapshotOf', () => {
  it('a serving leader: zxid and counts from the poll, epochs from the files, its quorum from the log', () => {
    const log: LogView = { ...quietLog, role: 'leading', leader: 2, established: true, phase: 'broadcast', syncedLearners: [1, 3], leaderEpoch: 3, electionRound: 4 };
    const snapshot = snapshotOf(observation({ srvr: servingLeader, epochs: { acceptedEpoch: 3, currentEpoch: 3 }, log, mntr: new Map([['zk_global_sessions', '2']]) }), 1234);
    expect(snapshot).toMatchObject({ id: 2, status: 'up', atMs: 1234, role: 'leading', leader: 2, established: true, lastZxid: 0x300000002, lastCommittedZxid: 0x300000002, acceptedEpoch: 3, currentEpoch: 3, syncedLearners: [1, 3], sessions: 2, znodes: 7, electionRound: 4, watches: [], tree: [], electionPoll: null });
  });

  it('a looking server: not established, no leader, its proposed zxid and vote from the log', () => {
    const vote = { leader: 3, zxid: 0x200000000, electionEpoch: 5, peerEpoch: 2, state: 'looking' as const };
    const log: LogView = { ...quietLog, role: 'looking', vote, proposedZxid: 0x200000000, electionRound: 5 };
    const snapshot = snapshotOf(observation({ srvr: { serving: false }, lastKnownZxid: 0x100000004, log }), 0);
    expect(snapshot).toMatchObject({ role: 'looking', leader: null, established: false, lastZxid: 0x200000000, lastCommittedZxid: 0x100000004, vote, electionRound: 5, syncedLearners: [] });
  });

  it('a follower still serving in the last poll but already looking in its log is not established', () => {
    const snapshot = snapshotOf(observation({ srvr: { ...servingLeader, mode: 'follower' }, log: { ...quietLog, role: 'looking' } }), 0);
    expect(snapshot.established).toBe(false);
  });
});

describe('withSyncedLearners', () => {
  it("lists the up, serving learners that follow the leader, whatever the leader's log said", () => {
    const leaderLog: LogView = { ...quietLog, role: 'leading', syncedLearners: [1, 3] };
    const followerLog = (leader: number): LogView => ({ ...quietLog, role: 'following', leader });
    const follower = { ...servingLeader, mode: 'follower' as const };
    const nodes = withSyncedLearners([
      snapshotOf(observation({ id: 1, srvr: follower, log: followerLog(2) }), 0),
      snapshotOf(observation({ id: 2, srvr: servingLeader, log: leaderLog }), 0),
      snapshotOf(observation({ id: 3, running: false, log: followerLog(2) }), 0),
      snapshotOf(observation({ id: 4, srvr: follower, log: followerLog(2) }), 0),
      snapshotOf(observation({ id: 5, srvr: { serving: false }, log: followerLog(2) }), 0),
    ]);
    expect(nodes.find((n) => n.id === 2)?.syncedLearners).toEqual([1, 4]);
    expect(nodes.find((n) => n.id === 1)?.syncedLearners).toEqual([]);
  });
});
