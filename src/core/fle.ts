import { voterSetOf } from './quorum.ts';
import type { PeerState, ServerId, Zxid } from './types.ts';

// Fast Leader Election's pure rules (FastLeaderElection.java). The stateful loop lives in election.ts.

/** A vote as FLE stores it in recvset / outofelection. `version` is the notification version (2 today). */
export interface RecordedVote {
  leader: ServerId;
  zxid: Zxid;
  electionEpoch: number;
  peerEpoch: number;
  state: PeerState;
  version: number;
}

/** Non-voters propose Long.MIN_VALUE for id, zxid and epoch. */
export const NON_VOTER_ID = Number.MIN_SAFE_INTEGER;

export const NOTIFICATION_VERSION = 2;

/**
 * totalOrderPredicate(new, cur): does the new vote beat the current one?
 * Higher peerEpoch wins; then higher zxid; then higher sid. (Weights are always 1 for majority quorums.)
 */
export function beats(
  newId: ServerId,
  newZxid: Zxid,
  newEpoch: number,
  curId: ServerId,
  curZxid: Zxid,
  curEpoch: number,
): boolean {
  if (newEpoch !== curEpoch) return newEpoch > curEpoch;
  if (newZxid !== curZxid) return newZxid > curZxid;
  return newId > curId;
}

/** Vote.equals, including ZOOKEEPER-1805: settled votes compare only the leader and its epoch. */
export function votesEqual(a: RecordedVote, b: RecordedVote): boolean {
  if (a.state === 'looking' || b.state === 'looking') {
    return (
      a.leader === b.leader &&
      a.zxid === b.zxid &&
      a.electionEpoch === b.electionEpoch &&
      a.peerEpoch === b.peerEpoch
    );
  }
  // Votes from before version 1 carried no epoch: compare only the leader then.
  if (a.version > 0 !== b.version > 0) return a.leader === b.leader;
  return a.leader === b.leader && a.peerEpoch === b.peerEpoch;
}

/**
 * getVoteTracker(...).hasAllQuorums(): the senders whose vote equals `vote` form a quorum of voters.
 * It runs for every notification an election receives (about N² per round at N servers), so it counts
 * in place: a Map's keys are distinct already, and building the agreeing list, an entry array per
 * vote and a set per call was three quarters of everything a worker allocated during an election
 * (measured at 101 servers), garbage that grew every worker's young generation.
 */
export function hasQuorumFor(
  votes: ReadonlyMap<ServerId, RecordedVote>,
  vote: RecordedVote,
  voters: readonly ServerId[],
): boolean {
  const voterSet = voterSetOf(voters);
  let agreeing = 0;
  votes.forEach((recorded, sid) => {
    if (voterSet.has(sid) && votesEqual(recorded, vote)) agreeing++;
  });
  return agreeing > Math.floor(voters.length / 2);
}

/**
 * checkLeader: never follow a leader that has not itself said LEADING (ZOOKEEPER-975), and never lead
 * from a vote of another round (ZOOKEEPER-1514).
 */
export function checkLeader(
  votes: ReadonlyMap<ServerId, RecordedVote>,
  leader: ServerId,
  electionEpoch: number,
  self: ServerId,
  logicalClock: number,
): boolean {
  if (leader !== self) {
    const leaderVote = votes.get(leader);
    return leaderVote !== undefined && leaderVote.state === 'leading';
  }
  return logicalClock === electionEpoch;
}
