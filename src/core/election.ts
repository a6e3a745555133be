import { NON_VOTER_ID, NOTIFICATION_VERSION, beats, checkLeader, hasQuorumFor, type RecordedVote } from './fle.ts';
import type { VoteChoice } from './events.ts';
import type { LookingReason } from './reasons.ts';
import type { ZkServer } from './server.ts';
import type { PeerMessage, Role, ServerId, Vote, Zxid } from './types.ts';

type Notification = Extract<PeerMessage, { type: 'notification' }>;

/** FastLeaderElection.lookForLeader's state, kept between inputs instead of on a blocked thread. */
export class ElectionState {
  logicalClock = 0;
  proposedLeader: ServerId = 0;
  proposedZxid: Zxid = 0;
  proposedEpoch = 0;
  readonly recvset = new Map<ServerId, RecordedVote>();
  readonly outOfElection = new Map<ServerId, RecordedVote>();
  notTimeoutMs: number;
  /** A quorum agrees with our proposal: we wait finalizeWait for a better vote before deciding. */
  finalizing = false;
  roundStartMs = 0;
  /** When the poll next fires: the next notification round, or the decision when finalizing. */
  pollDueMs = 0;
  readonly finalizeWaitMs: number;

  constructor(finalizeWaitMs: number) {
    this.finalizeWaitMs = finalizeWaitMs;
    this.notTimeoutMs = finalizeWaitMs;
  }

  proposalVote(): Vote {
    return {
      leader: this.proposedLeader,
      zxid: this.proposedZxid,
      electionEpoch: this.logicalClock,
      peerEpoch: this.proposedEpoch,
      state: 'looking',
    };
  }
}

function startingVote(s: ZkServer): { leader: ServerId; zxid: Zxid; epoch: number } {
  if (s.isObserver) return { leader: NON_VOTER_ID, zxid: NON_VOTER_ID, epoch: NON_VOTER_ID };
  return { leader: s.id, zxid: s.lastProcessedZxid(), epoch: s.durable.currentEpoch };
}

export function startLooking(s: ZkServer, reason: LookingReason, previous: Role): void {
  const e = s.election;
  e.logicalClock++;
  e.recvset.clear();
  e.outOfElection.clear();
  e.finalizing = false;
  e.notTimeoutMs = s.cfg.finalizeWaitMs;
  e.roundStartMs = s.nowMs;
  const init = startingVote(s);
  setProposal(s, init.leader, init.zxid, init.epoch);
  s.emit({ kind: 'state-change', change: 'looking', from: previous, round: e.logicalClock, reason, vote: voteChoice(init.leader, init.zxid, init.epoch) });
  sendNotifications(s);
  armPoll(s);
}

function voteChoice(leader: ServerId, zxid: Zxid, epoch: number): VoteChoice {
  return leader === NON_VOTER_ID ? null : { leader, epoch, zxid };
}

function setProposal(s: ZkServer, leader: ServerId, zxid: Zxid, epoch: number): void {
  s.election.proposedLeader = leader;
  s.election.proposedZxid = zxid;
  s.election.proposedEpoch = epoch;
}

function ownRecord(s: ZkServer): RecordedVote {
  const e = s.election;
  return {
    leader: e.proposedLeader,
    zxid: e.proposedZxid,
    electionEpoch: e.logicalClock,
    peerEpoch: e.proposedEpoch,
    state: 'looking',
    version: NOTIFICATION_VERSION,
  };
}

/**
 * Sends our proposal to every voter. Our own copy is delivered to ourselves (QuorumCnxManager.toSend's
 * loopback) and counted like any other vote, so a single voter elects itself.
 */
function sendNotifications(s: ZkServer): void {
  const e = s.election;
  const vote: Notification = { type: 'notification', ...e.proposalVote() };
  for (const voter of s.cfg.voters) if (voter !== s.id) s.sendElection(voter, vote);
  if (s.isObserver) return;
  const own = ownRecord(s);
  e.recvset.set(s.id, own);
  if (hasQuorumFor(e.recvset, own, s.cfg.voters)) e.finalizing = true;
}

/** What a LOOKING server's view tells of its next poll (see ServerView.electionPoll). */
export function electionPollView(e: ElectionState): { dueMs: number; intervalMs: number; deciding: boolean } {
  return { dueMs: e.pollDueMs, intervalMs: e.finalizing ? e.finalizeWaitMs : e.notTimeoutMs, deciding: e.finalizing };
}

function armPoll(s: ZkServer): void {
  const e = s.election;
  e.pollDueMs = s.nowMs + (e.finalizing ? e.finalizeWaitMs : e.notTimeoutMs);
  s.setTimer('fle-poll', e.pollDueMs);
}

/** The poll timed out: decide if we were finalizing, else resend and back off (capped). */
export function onPollTimer(s: ZkServer): void {
  const e = s.election;
  if (e.finalizing) {
    decide(s, e.proposedLeader, e.proposedZxid, e.logicalClock, e.proposedEpoch);
    return;
  }
  sendNotifications(s);
  e.notTimeoutMs = Math.min(e.notTimeoutMs * 2, s.cfg.maxNotificationIntervalMs);
  armPoll(s);
}

/** WorkerReceiver: answers that let lagging or settled peers catch up. */
export function replyToNotification(s: ZkServer, from: ServerId, n: Notification): void {
  const fromVoter = s.voterSet.has(from);
  if (!fromVoter) {
    s.sendElection(from, { type: 'notification', ...currentVoteWithState(s) });
    return;
  }
  if (s.role === 'looking') {
    if (n.state === 'looking' && n.electionEpoch < s.election.logicalClock) {
      s.sendElection(from, { type: 'notification', ...s.election.proposalVote() });
    }
  } else if (n.state === 'looking') {
    s.sendElection(from, { type: 'notification', ...currentVoteWithState(s) });
  }
}

function currentVoteWithState(s: ZkServer): Vote {
  if (s.role === 'looking') return s.election.proposalVote();
  return { ...s.currentVote, state: s.role };
}

export function onNotification(s: ZkServer, from: ServerId, n: Notification): void {
  // validVoter: both the sender and the proposed leader must be voters.
  if (!s.voterSet.has(from) || !s.voterSet.has(n.leader)) return;
  const e = s.election;
  if (e.finalizing) {
    if (!beats(n.leader, n.zxid, n.peerEpoch, e.proposedLeader, e.proposedZxid, e.proposedEpoch)) {
      armPoll(s);
      return;
    }
    // A better vote arrived while finalizing: requeue it and keep electing.
    e.finalizing = false;
  }
  if (n.state === 'looking') onLookingNotification(s, from, n);
  else if (n.state === 'following' || n.state === 'leading') onSettledNotification(s, from, n);
  if (s.role === 'looking') armPoll(s);
}

function onLookingNotification(s: ZkServer, from: ServerId, n: Notification): void {
  const e = s.election;
  if (n.electionEpoch > e.logicalClock) {
    e.logicalClock = n.electionEpoch;
    e.recvset.clear();
    const init = startingVote(s);
    if (beats(n.leader, n.zxid, n.peerEpoch, init.leader, init.zxid, init.epoch)) {
      setProposal(s, n.leader, n.zxid, n.peerEpoch);
    } else {
      setProposal(s, init.leader, init.zxid, init.epoch);
    }
    s.emit({ kind: 'election-round', round: e.logicalClock, from, vote: voteChoice(e.proposedLeader, e.proposedZxid, e.proposedEpoch), peers: [from] });
    sendNotifications(s);
  } else if (n.electionEpoch < e.logicalClock) {
    return;
  } else if (beats(n.leader, n.zxid, n.peerEpoch, e.proposedLeader, e.proposedZxid, e.proposedEpoch)) {
    setProposal(s, n.leader, n.zxid, n.peerEpoch);
    s.emit({ kind: 'vote-changed', round: e.logicalClock, from, vote: voteChoice(n.leader, n.zxid, n.peerEpoch), peers: [from, n.leader] });
    sendNotifications(s);
  }
  e.recvset.set(from, { ...voteOf(n), state: 'looking' });
  if (hasQuorumFor(e.recvset, ownRecord(s), s.cfg.voters)) e.finalizing = true;
}

/** receivedFollowingNotification: join a running ensemble only when its leader says LEADING. */
function onSettledNotification(s: ZkServer, from: ServerId, n: Notification): void {
  const e = s.election;
  const vote = voteOf(n);
  if (n.electionEpoch === e.logicalClock) {
    // ZooKeeper stores these with the version-0 Vote constructor, so they match on the leader alone.
    e.recvset.set(from, { ...vote, version: 0 });
    if (hasQuorumFor(e.recvset, vote, s.cfg.voters) && checkLeader(e.recvset, n.leader, n.electionEpoch, s.id, e.logicalClock)) {
      decide(s, n.leader, n.zxid, n.electionEpoch, n.peerEpoch, true);
      return;
    }
  }
  e.outOfElection.set(from, vote);
  if (hasQuorumFor(e.outOfElection, vote, s.cfg.voters) && checkLeader(e.outOfElection, n.leader, n.electionEpoch, s.id, e.logicalClock)) {
    e.logicalClock = n.electionEpoch;
    decide(s, n.leader, n.zxid, n.electionEpoch, n.peerEpoch, true);
  }
}

function voteOf(n: Notification): RecordedVote {
  return {
    leader: n.leader,
    zxid: n.zxid,
    electionEpoch: n.electionEpoch,
    peerEpoch: n.peerEpoch,
    state: n.state,
    version: NOTIFICATION_VERSION,
  };
}

/** `joining`: the vote came from servers already following or leading (a running ensemble). */
function decide(s: ZkServer, leader: ServerId, zxid: Zxid, electionEpoch: number, peerEpoch: number, joining = false): void {
  const e = s.election;
  e.finalizing = false;
  s.cancelTimer('fle-poll');
  const next = leader === s.id ? 'lead' : s.isObserver ? 'observe' : 'follow';
  s.emit({
    kind: 'state-change',
    change: 'decided',
    round: electionEpoch,
    leader,
    epoch: peerEpoch,
    zxid,
    tookMs: s.nowMs - e.roundStartMs,
    joinedRunningEnsemble: joining && leader !== s.id,
    next,
    peers: [leader],
  });
  s.becomeDecided({ leader, zxid, electionEpoch, peerEpoch, state: 'looking' });
}
