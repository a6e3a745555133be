import { describe, expect, it } from 'vitest';
import {
  defaultClusterSettings,
  rangeIds,
  serverConfig,
  withTickTime,
  type ClusterSettings,
} from './config.ts';
import { emptyDurableState } from './durable.ts';
import { beats, checkLeader, hasQuorumFor, votesEqual, type RecordedVote } from './fle.ts';
import { createPrng } from './prng.ts';
import { containsQuorum } from './quorum.ts';
import { ZkServer, type DistributiveOmit } from './server.ts';
import { SessionTracker } from './sessionTracker.ts';
import { chooseSync, type LeaderHistory, type SyncPlan } from './sync.ts';
import type {
  DurableState,
  Input,
  Output,
  PeerMessage,
  PeerState,
  ServerId,
  TimerName,
  Txn,
  Vote,
  ZabHeader,
  ZabMessage,
  Zxid,
} from './types.ts';
import { makeZxid } from './zxid.ts';

// Conformance with ZooKeeper's own tests: reference/zookeeper-facts.md, "Conformance cases" 1–33.
// Cases 13–15 and 29–32 (whole ensembles) live in src/sim/conformance.test.ts.
//
// Server ids: ZooKeeper's tests use sids 0…N-1; this project uses myids 1…N. Unless a test says
// otherwise, ZooKeeper sid s is our id s+1 (sid 0 → 1, sid 1 → 2, …). The mapping keeps the order
// of ids, which is all totalOrderPredicate and the quorum checks look at.
//
// Not applicable to majority quorums:
//  - case 5 (FLEZeroWeightTest: 9 servers in 3 groups, sids 3–8 with weight 0, none of them may
//    lead). It exercises QuorumHierarchical: totalOrderPredicate's first rule ("a vote for a
//    zero-weight server loses") can only fire when getWeight() returns 0, and QuorumMaj.getWeight
//    is always 1. This project implements majority quorums only (DESIGN §3, quorum.ts), so there
//    is no weight to set to 0 and nothing to test.
//  Every other case applies.

// ------------------------------------------------------------------ helpers

/** sid → our id (see the header). */
const id = (sid: number): ServerId => sid + 1;

function vote(
  leader: ServerId,
  zxid: Zxid,
  electionEpoch: number,
  peerEpoch: number,
  state: PeerState,
  version = 0,
): RecordedVote {
  return { leader, zxid, electionEpoch, peerEpoch, state, version };
}

function txn(zxid: Zxid, path = `/t${zxid.toString(16)}`): Txn {
  return { zxid, op: { type: 'create', path, value: 'v', ephemeralOwner: 0 }, origin: 1, requestId: zxid };
}

/** Drives one ZkServer by hand and keeps every output with the time it was produced. */
class Harness {
  readonly server: ZkServer;
  nowMs = 0;
  readonly log: { atMs: number; out: Output }[] = [];

  constructor(
    myId: ServerId,
    settings: ClusterSettings,
    durable: DurableState = emptyDurableState(),
    seed = 7,
  ) {
    this.server = new ZkServer(serverConfig(settings, myId), durable, createPrng(seed));
  }

  step(input: Input, atMs = this.nowMs): Output[] {
    this.nowMs = Math.max(this.nowMs, atMs);
    const out = this.server.step(input, this.nowMs);
    for (const o of out) this.log.push({ atMs: this.nowMs, out: o });
    return out;
  }

  notify(from: ServerId, v: Vote, atMs?: number): Output[] {
    return this.step({ kind: 'message', from, message: { type: 'notification', ...v } }, atMs);
  }

  /** When `name` is armed for (its last set-timer not cancelled since), or null. */
  timerAt(name: TimerName): number | null {
    for (let i = this.log.length - 1; i >= 0; i--) {
      const o = this.log[i]!.out;
      if (o.kind === 'cancel-timer' && o.name === name) return null;
      if (o.kind === 'set-timer' && o.name === name) return o.atMs;
    }
    return null;
  }

  /** Fires `name` at the time it is armed for (never earlier than now). */
  fire(name: TimerName): Output[] {
    const at = this.timerAt(name);
    if (at === null) throw new Error(`timer ${name} is not armed`);
    return this.step({ kind: 'timer', name }, at);
  }

  persisted(): Extract<Output, { kind: 'persist' }>['write'][] {
    return this.log.flatMap(({ out }) => (out.kind === 'persist' ? [out.write] : []));
  }
}

function sentTo(out: Output[], to: ServerId): PeerMessage[] {
  return out.flatMap((o) => (o.kind === 'send' && o.to === to ? [o.message] : []));
}

type ZabBody = DistributiveOmit<ZabMessage, keyof ZabHeader>;

/** One learner's connection to the leader: every packet carries its connId and seq 1, 2, 3, … */
class Conn {
  private seq = 0;
  constructor(
    readonly sid: ServerId,
    readonly connId: number,
  ) {}

  send(h: Harness, body: ZabBody, atMs?: number): ZabMessage[] {
    const message = { ...body, connId: this.connId, seq: ++this.seq } as ZabMessage;
    return this.received(h.step({ kind: 'message', from: this.sid, message }, atMs));
  }

  /** What the leader sent on this connection in `out`. */
  received(out: Output[]): ZabMessage[] {
    return sentTo(out, this.sid).filter((m): m is ZabMessage => 'connId' in m && m.connId === this.connId);
  }
}

/** Zab1_0Test's ensemble: three voters (ZooKeeper sids 0, 1, 2 → our 1, 2, 3), tickTime 2000, initLimit 2, syncLimit 2. */
function zabSettings(voters: ServerId[] = [1, 2, 3]): ClusterSettings {
  return { ...defaultClusterSettings(voters), tickTimeMs: 2000, initLimitTicks: 2, syncLimitTicks: 2 };
}

/**
 * Makes server 1 win an election the ordinary way: the other voters' LOOKING votes agree with its own
 * starting vote, and the finalizeWait (fle-poll) timer then fires with nothing better heard.
 */
function electLeader(h: Harness): void {
  h.step({ kind: 'start' }, 0);
  const own = h.server.view().vote!;
  const others = h.server.cfg.voters.filter((v) => v !== h.server.id);
  const needed = Math.floor(h.server.cfg.voters.length / 2);
  for (const from of others.slice(0, needed)) h.notify(from, { ...own, state: 'looking' }, 10);
  h.fire('fle-poll');
  expect(h.server.role).toBe('leading');
}

/** Runs FOLLOWERINFO → LEADERINFO → ACKEPOCH → sync → NEWLEADER → ACK → UPTODATE for one follower. */
function handshake(h: Harness, conn: Conn, acceptedEpoch: number, atMs: number): ZabMessage[] {
  const seen: ZabMessage[] = [];
  seen.push(...conn.send(h, { type: 'followerinfo', acceptedEpoch, observer: false }, atMs));
  const info = seen.find((m) => m.type === 'leaderinfo');
  if (!info || info.type !== 'leaderinfo') throw new Error('no LEADERINFO');
  seen.push(...conn.send(h, { type: 'ackepoch', currentEpoch: 0, lastZxid: 0 }, atMs + 5));
  seen.push(...conn.send(h, { type: 'ack', zxid: makeZxid(info.newEpoch, 0) }, atMs + 10));
  return seen;
}

/** Packets from `leader` on the learner's latest connection to it (its last FOLLOWERINFO), seq 1, 2, 3, … */
function fromLeaderOf(h: Harness, leader: ServerId): (body: ZabBody, atMs: number) => Output[] {
  const info = followerInfos(
    h.log.map((l) => l.out),
    leader,
  ).at(-1)!;
  let seq = 0;
  return (body, atMs) => h.step({ kind: 'message', from: leader, message: { ...body, connId: info.connId, seq: ++seq } as ZabMessage }, atMs);
}

const nonPing = (ms: ZabMessage[]) => ms.filter((m) => m.type !== 'ping');

// ------------------------------------------------------------------ vote order (FLEPredicateTest)

describe('vote order: totalOrderPredicate (FLEPredicateTest)', () => {
  it('case 1: a lower peerEpoch loses even with a higher sid (FLEPredicateTest)', () => {
    // Goal: P((4,0,0),(3,0,2)) is false — epoch beats sid. From FLEPredicateTest.testPredicate (sids 4, 3 → ids 5, 4).
    expect(beats(id(4), 0, 0, id(3), 0, 2)).toBe(false);
    expect(beats(id(3), 0, 2, id(4), 0, 0)).toBe(true);
  });

  it('case 2: a higher peerEpoch wins over a higher sid (FLEPredicateTest)', () => {
    // Goal: P((0,0,1),(1,0,0)) is true. From FLEPredicateTest.testPredicate.
    expect(beats(id(0), 0, 1, id(1), 0, 0)).toBe(true);
    expect(beats(id(1), 0, 0, id(0), 0, 1)).toBe(false);
  });

  it('case 3: with equal epochs a higher zxid wins over a higher sid (FLEPredicateTest)', () => {
    // Goal: P((0,1,0),(1,0,0)) is true. From FLEPredicateTest.testPredicate.
    expect(beats(id(0), 1, 0, id(1), 0, 0)).toBe(true);
    expect(beats(id(1), 0, 0, id(0), 1, 0)).toBe(false);
  });

  it('case 4: with equal epochs and zxids the higher sid wins (FLEPredicateTest)', () => {
    // Goal: P((1,1,0),(0,1,0)) is true, and a vote never beats itself. From FLEPredicateTest.testPredicate.
    expect(beats(id(1), 1, 0, id(0), 1, 0)).toBe(true);
    expect(beats(id(0), 1, 0, id(1), 1, 0)).toBe(false);
    expect(beats(id(1), 1, 0, id(1), 1, 0)).toBe(false);
  });

  // case 5 (FLEZeroWeightTest): not applicable to majority quorums — see the header comment.
});

// ------------------------------------------------------------------ vote counting (FLEOutOfElectionTest)

describe('vote counting: getVoteTracker().hasAllQuorums and checkLeader (FLEOutOfElectionTest)', () => {
  // FLEOutOfElectionTest: voters are sids 0–4 (our ids 1–5) and the FLE instance is sid 3 (our id 4).
  const voters = rangeIds(5);
  const self = id(3);

  it('case 6: LOOKING votes plus the leader LEADING vote, all equal, make a quorum (FLEOutOfElectionTest)', () => {
    // Goal: sids 0, 1, 3 LOOKING and 4 LEADING, all for (4, (2,1), ee 1, pe 1), form a quorum for that LOOKING vote. From FLEOutOfElectionTest.testLookingNormal.
    const z = makeZxid(2, 1);
    const votes = new Map<ServerId, RecordedVote>([
      [id(0), vote(id(4), z, 1, 1, 'looking')],
      [id(1), vote(id(4), z, 1, 1, 'looking')],
      [id(3), vote(id(4), z, 1, 1, 'looking')],
      [id(4), vote(id(4), z, 1, 1, 'leading')],
    ]);
    expect(hasQuorumFor(votes, vote(id(4), z, 1, 1, 'looking'), voters)).toBe(true);
  });

  it('case 7: LOOKING comparisons include electionEpoch, so votes of other rounds do not count (FLEOutOfElectionTest)', () => {
    // Goal: the same votes with (ee, pe) = (1,1), (2,2), (3,2), (3,2 LEADING), checked against (2,2) LOOKING, are no quorum. From FLEOutOfElectionTest.testLookingDiffRounds.
    const votes = new Map<ServerId, RecordedVote>([
      [id(0), vote(id(4), makeZxid(1, 1), 1, 1, 'looking')],
      [id(1), vote(id(4), makeZxid(2, 1), 2, 2, 'looking')],
      [id(3), vote(id(4), makeZxid(2, 1), 3, 2, 'looking')],
      [id(4), vote(id(4), makeZxid(2, 1), 3, 2, 'leading')],
    ]);
    const checked = vote(id(4), makeZxid(2, 1), 2, 2, 'looking');
    expect(hasQuorumFor(votes, checked, voters)).toBe(false);
    // Only sid 1's vote matches: the LEADING vote of round 3 is compared field by field against a LOOKING one.
    expect([...votes].filter(([, v]) => votesEqual(v, checked)).map(([sid]) => sid)).toEqual([id(1)]);
  });

  it('case 8: settled votes ignore zxid and electionEpoch, comparing the leader and its epoch (FLEOutOfElectionTest)', () => {
    // Goal: FOLLOWING/LEADING votes for 4 with differing zxid and electionEpoch but equal peerEpoch form a quorum (ZOOKEEPER-1805). From FLEOutOfElectionTest.testIgnoringZxidElectionEpoch.
    // Literal test: the recorded votes are version 1, the checked vote version 0.
    const literal = new Map<ServerId, RecordedVote>([
      [id(0), vote(id(4), makeZxid(1, 1), 1, 2, 'following', 1)],
      [id(1), vote(id(4), makeZxid(1, 2), 1, 2, 'following', 1)],
      [id(3), vote(id(4), makeZxid(2, 1), 2, 2, 'following', 1)],
      [id(4), vote(id(4), makeZxid(2, 1), 2, 2, 'leading', 1)],
    ]);
    expect(hasQuorumFor(literal, vote(id(4), makeZxid(2, 1), 2, 2, 'following', 0), voters)).toBe(true);
    // The same with one version throughout, so the ZOOKEEPER-1805 rule itself is what decides.
    const sameVersion = new Map([...literal].map(([sid, v]) => [sid, { ...v, version: 2 }]));
    expect(hasQuorumFor(sameVersion, vote(id(4), makeZxid(2, 1), 2, 2, 'following', 2), voters)).toBe(true);
    // …and the epoch still matters: checked against peerEpoch 3, nothing agrees.
    expect(hasQuorumFor(sameVersion, vote(id(4), makeZxid(2, 1), 2, 3, 'following', 2), voters)).toBe(false);
  });

  it('case 9: votes of different versions compare only the leader id (FLEOutOfElectionTest)', () => {
    // Goal: version-1 votes with peerEpoch 1 and version-0 votes with peerEpoch 2, checked against a version-0 vote with peerEpoch 2, form a quorum (ZOOKEEPER-1732 rolling upgrade). From FLEOutOfElectionTest.testElectionWIthDifferentVersion.
    const votes = new Map<ServerId, RecordedVote>([
      [id(0), vote(id(4), makeZxid(1, 1), 1, 1, 'following', 1)],
      [id(1), vote(id(4), makeZxid(1, 1), 1, 1, 'following', 1)],
      [id(3), vote(id(4), makeZxid(2, 1), 2, 2, 'following', 0)],
      [id(4), vote(id(4), makeZxid(2, 1), 2, 2, 'leading', 0)],
    ]);
    const checked = vote(id(4), makeZxid(2, 1), 2, 2, 'following', 0);
    expect(hasQuorumFor(votes, checked, voters)).toBe(true);
    // Control: had sids 0 and 1 sent version 0 too, their peerEpoch 1 would not match, leaving 2 of 5.
    const allVersion0 = new Map([...votes].map(([sid, v]) => [sid, { ...v, version: 0 }]));
    expect(hasQuorumFor(allVersion0, checked, voters)).toBe(false);
  });

  it('case 10: a quorum in outofelection plus the leader LEADING vote lets a late node join (FLEOutOfElectionTest)', () => {
    // Goal: outofelection with FOLLOWING votes from sids 1, 2, 4 and a LEADING vote from sid 5, all for leader 5, gives a quorum and checkLeader passes. From FLEOutOfElectionTest.testOutofElection.
    // As in the Java test, sid 5 (our id 6) is outside the voter set 0–4 (our 1–5): the quorum is sids 1, 2, 4.
    const leader = id(5);
    const z = makeZxid(15, 0);
    const outOfElection = new Map<ServerId, RecordedVote>([
      [id(1), vote(leader, z, 0xa, 0x17, 'following', 0)],
      [id(2), vote(leader, z, 0xa, 0x17, 'following', 0)],
      [id(4), vote(leader, z, 0xa, 0x18, 'following', 1)],
      [id(5), vote(leader, z, 0xa, 0x18, 'leading', 1)],
    ]);
    const n = vote(leader, z, 0xa, 0x18, 'leading', 1);
    const logicalClock = 0x1;
    expect(hasQuorumFor(outOfElection, n, voters)).toBe(true);
    expect(checkLeader(outOfElection, n.leader, n.electionEpoch, self, logicalClock)).toBe(true);
    // Control (ZOOKEEPER-975): without the leader's own LEADING vote, checkLeader refuses.
    const withoutLeader = new Map(outOfElection);
    withoutLeader.set(leader, vote(leader, z, 0xa, 0x18, 'following', 1));
    expect(checkLeader(withoutLeader, n.leader, n.electionEpoch, self, logicalClock)).toBe(false);
  });
});

// ------------------------------------------------------------------ election runs on one server

describe('election runs: one ZkServer fed notifications', () => {
  const settings = defaultClusterSettings(rangeIds(3));

  it('case 11: FOLLOWING votes of an older round must not make the node lead (FLEBackwardElectionRoundTest)', () => {
    // Goal: node sid 0 (our 1) leads in round 1 on FOLLOWING(leader 0, ee 1, pe 1) from sids 1 and 2, but not when its logicalclock is 2 (ZOOKEEPER-1514). From FLEBackwardElectionRoundTest.testBackwardElectionRound.
    const h = new Harness(id(0), settings);
    h.step({ kind: 'start' }, 0);
    expect(h.server.election.logicalClock).toBe(1);
    const following: Vote = { leader: id(0), zxid: 0, electionEpoch: 1, peerEpoch: 1, state: 'following' };
    h.notify(id(1), following, 5);
    expect(h.server.role).toBe('looking');
    h.notify(id(2), following, 6);
    expect(h.server.role).toBe('leading');
    expect(h.server.currentVote.electionEpoch).toBe(1);

    // Second lookForLeader: the node's leadership lapses (nobody connects within initLimit) and it looks again, now in round 2.
    h.fire('zab-init');
    expect(h.server.role).toBe('looking');
    expect(h.server.election.logicalClock).toBe(2);
    const roundStart = h.nowMs;
    h.notify(id(1), following, roundStart + 5);
    h.notify(id(2), following, roundStart + 6);
    // Give it the Java test's 5 s: poll timeouts come and go, it must still not decide.
    while (h.timerAt('fle-poll') !== null && h.timerAt('fle-poll')! <= roundStart + 5000) h.fire('fle-poll');
    expect(h.nowMs).toBeGreaterThan(roundStart + 3000);
    expect(h.server.role).toBe('looking');
    expect(h.server.election.logicalClock).toBe(2);
  });

  it('case 12: lost LOOKING then FOLLOWING notification still ends the election (FLELostMessageTest)', () => {
    // Goal: node sid 1 (our 2) hears LOOKING(vote 0) then FOLLOWING(vote 1), both round 1, from sid 0 (our 1), and ends the election within 5 s, as LEADING. From FLELostMessageTest.testLostMessage.
    const h = new Harness(id(1), settings);
    const started = h.step({ kind: 'start' }, 0);
    // The mock peer first "takes" the node's own notification.
    expect(sentTo(started, id(0)).some((m) => m.type === 'notification' && m.leader === id(1))).toBe(true);
    h.notify(id(0), { leader: id(0), zxid: 0, electionEpoch: 1, peerEpoch: 0, state: 'looking' }, 10);
    expect(h.server.role).toBe('looking');
    h.notify(id(0), { leader: id(1), zxid: 0, electionEpoch: 1, peerEpoch: 0, state: 'following' }, 20);
    while (h.server.role === 'looking' && h.timerAt('fle-poll') !== null && h.timerAt('fle-poll')! < 5000)
      h.fire('fle-poll');
    expect(h.nowMs).toBeLessThan(5000);
    expect(h.server.role).toBe('leading');
    expect(h.server.currentVote).toMatchObject({ leader: id(1), electionEpoch: 1 });
  });
});

// ------------------------------------------------------------------ Zab discovery and sync (Zab1_0Test)

describe('Zab1_0Test: a leader (sid 0 → our 1) among 3 voters, driven by FOLLOWERINFO/ACKEPOCH/ACK', () => {
  it('case 16: followers alone cannot fix the epoch; the leader then proposes acceptedEpoch+1 = 6 (Zab1_0Test)', () => {
    // Goal: followers registering before the server leads get no epoch (they time out); the leader, with acceptedEpoch 5, then proposes 6 regardless of the followers' epoch 0. From Zab1_0Test.testLeaderInConnectingFollowers.
    const h = new Harness(1, zabSettings(), { ...emptyDurableState(), acceptedEpoch: 5 });
    h.step({ kind: 'start' }, 0);
    // Followers 2 and 3 call in while server 1 is not leading yet: nobody answers with an epoch.
    const early2 = new Conn(2, 101).send(h, { type: 'followerinfo', acceptedEpoch: 0, observer: false }, 1);
    const early3 = new Conn(3, 102).send(h, { type: 'followerinfo', acceptedEpoch: 0, observer: false }, 2);
    expect([...early2, ...early3].map((m) => m.type)).toEqual(['close', 'close']);
    expect(h.persisted().filter((w) => w.type === 'accepted-epoch')).toEqual([]);

    // Now server 1 leads: its own accepted epoch 5 counts, so the epoch is 6.
    electLeader(h);
    const f2 = new Conn(2, 201);
    const got2 = f2.send(h, { type: 'followerinfo', acceptedEpoch: 0, observer: false }, 300);
    expect(got2.find((m) => m.type === 'leaderinfo')).toMatchObject({ newEpoch: 6 });
    expect(h.server.durable.acceptedEpoch).toBe(6);
    const got3 = new Conn(3, 202).send(h, { type: 'followerinfo', acceptedEpoch: 0, observer: false }, 301);
    expect(got3.find((m) => m.type === 'leaderinfo')).toMatchObject({ newEpoch: 6 });
  });

  it('case 17: a follower that accepted 6 moves the leader (accepted 5) to epoch 7 (Zab1_0Test, ZOOKEEPER-1343)', () => {
    // Goal: leader accepted 5 (so it proposes 6); a follower with lastAcceptedEpoch 6 arrives → 7. From Zab1_0Test.testLastAcceptedEpoch.
    const h = new Harness(1, zabSettings(), { ...emptyDurableState(), acceptedEpoch: 5 });
    electLeader(h);
    expect(h.server.leader!.epoch).toBe(6); // MockLeader.getCurrentEpochToPropose() == 6
    const got = new Conn(2, 301).send(h, { type: 'followerinfo', acceptedEpoch: 6, observer: false }, 300);
    expect(got.find((m) => m.type === 'leaderinfo')).toMatchObject({ newEpoch: 7 });
    expect(h.persisted()).toContainEqual({ type: 'accepted-epoch', epoch: 7 });
  });

  it('case 18: epoch acks from followers without the leader cannot finish the epoch; the wait times out (Zab1_0Test)', () => {
    // Goal: ACKEPOCHs from followers while the leader has not itself proposed/acked the epoch establish nothing, and after initLimit × tickTime the leader gives up with currentEpoch unchanged. From Zab1_0Test.testLeaderInElectingFollowers.
    // Five voters, so that one follower plus the leader is no quorum and the leader stays short of its own epoch ack.
    const h = new Harness(1, zabSettings(rangeIds(5)));
    electLeader(h);
    const decidedAt = h.nowMs;
    expect(h.timerAt('zab-init')).toBe(decidedAt + 2 * 2000);
    const f2 = new Conn(2, 401);
    const seen = [
      ...f2.send(h, { type: 'followerinfo', acceptedEpoch: 0, observer: false }, decidedAt + 10),
      ...f2.send(h, { type: 'ackepoch', currentEpoch: 0, lastZxid: 0 }, decidedAt + 11),
      ...new Conn(3, 402).send(h, { type: 'ackepoch', currentEpoch: 0, lastZxid: 0 }, decidedAt + 12),
    ];
    expect(
      seen.filter(
        (m) => m.type === 'leaderinfo' || m.type === 'diff' || m.type === 'snap' || m.type === 'newleader',
      ),
    ).toEqual([]);
    expect(h.server.leader!.phase).toBe('discovery');
    h.fire('zab-init');
    expect(h.nowMs).toBe(decidedAt + 2 * 2000);
    expect(h.server.role).toBe('looking');
    expect(h.server.durable.currentEpoch).toBe(0);
    expect(h.persisted().filter((w) => w.type === 'current-epoch')).toEqual([]);
  });

  it('case 19: FOLLOWERINFO with acceptedEpoch 20 → LEADERINFO 21, DIFF, NEWLEADER 21, UPTODATE (Zab1_0Test)', () => {
    // Goal: the whole discovery/sync conversation with a follower whose accepted epoch is ahead of the leader's. From Zab1_0Test.testLeaderBehind.
    const h = new Harness(1, zabSettings());
    electLeader(h);
    const f = new Conn(2, 501);
    const seen = handshake(h, f, 20, 300);
    expect(nonPing(seen).map((m) => m.type)).toEqual(['leaderinfo', 'diff', 'newleader', 'uptodate']);
    expect(seen.find((m) => m.type === 'leaderinfo')).toMatchObject({ newEpoch: 21 });
    expect(seen.find((m) => m.type === 'newleader')).toMatchObject({ epoch: 21 });
    // The leader's packets on this connection carry its connId and seq 1, 2, 3, … in order.
    expect(seen.map((m) => m.connId)).toEqual(seen.map(() => 501));
    expect(seen.map((m) => m.seq)).toEqual(seen.map((_, i) => i + 1));
    expect(h.server.durable.acceptedEpoch).toBe(21);
    expect(h.server.durable.currentEpoch).toBe(21);
    expect(h.server.isServing()).toBe(true);
  });

  it('case 20: with ACKEPOCH withheld, currentEpoch stays 0 after initLimit × tickTime (Zab1_0Test, ZOOKEEPER-1192)', () => {
    // Goal: a quorum sends FOLLOWERINFO but never ACKEPOCH: the leader must not adopt the new epoch as current. From Zab1_0Test.testAbandonBeforeACKEpoch.
    const h = new Harness(1, zabSettings());
    electLeader(h);
    const got = new Conn(2, 601).send(h, { type: 'followerinfo', acceptedEpoch: 0, observer: false }, 300);
    expect(got.find((m) => m.type === 'leaderinfo')).toMatchObject({ newEpoch: 1 });
    expect(h.server.durable.acceptedEpoch).toBe(1);
    expect(h.timerAt('zab-init')).toBe(300 + 2 * 2000);
    const after = h.fire('zab-init');
    expect(h.server.durable.currentEpoch).toBe(0);
    expect(h.persisted().filter((w) => w.type === 'current-epoch')).toEqual([]);
    expect(h.server.role).toBe('looking');
    expect(sentTo(after, 2).some((m) => m.type === 'newleader')).toBe(false);
  });

  it('case 21: a follower that pings but never ACKs a proposal is disconnected within 2×syncLimit+2 pings (Zab1_0Test)', () => {
    // Goal: LearnerHandler.ping's syncLimit check drops a learner sitting on an un-ACKed PROPOSAL, even though it answers every PING. From Zab1_0Test.testTxnTimeout.
    const run = (ackProposal: boolean) => {
      const h = new Harness(1, zabSettings());
      electLeader(h);
      const f = new Conn(2, 701);
      handshake(h, f, 0, 300);
      expect(h.server.isServing()).toBe(true);
      // A client write at the leader: its createSession becomes a PROPOSAL to follower 2.
      const out = h.step(
        {
          kind: 'client',
          message: {
            type: 'client-request',
            client: 'c1',
            requestId: 1,
            op: { type: 'connect', timeoutMs: 10_000, sessionId: 0, lastZxidSeen: 0 },
          },
        },
        400,
      );
      const proposal = f.received(out).find((m) => m.type === 'proposal');
      expect(proposal).toBeDefined();
      if (ackProposal && proposal?.type === 'proposal')
        f.send(h, { type: 'ack', zxid: proposal.txn.zxid }, 401);
      let pings = 0;
      let closed = false;
      for (let i = 0; i < 2 * 2 + 2 + 4 && !closed && pings < 2 * 2 + 2; i++) {
        for (const m of f.received(h.fire('leader-tick'))) {
          if (m.type === 'close') closed = true;
          if (m.type === 'ping') {
            pings++;
            f.send(h, { type: 'ping', lastProposed: m.lastProposed, sessions: [] });
          }
        }
      }
      return { pings, closed };
    };
    const silentOnProposal = run(false);
    expect(silentOnProposal.closed).toBe(true);
    expect(silentOnProposal.pings).toBeGreaterThan(0);
    expect(silentOnProposal.pings).toBeLessThanOrEqual(2 * 2 + 2);
    // Control: the same follower, had it ACKed, is still connected after 2×syncLimit+2 pings.
    const acking = run(true);
    expect(acking).toEqual({ pings: 2 * 2 + 2, closed: false });
  });

  it('case 22: a follower whose last zxid equals the leader gets DIFF, not SNAP (Zab1_0Test)', () => {
    // Goal: leader with (1,1), (1,2) logged, accepted = current = 1; follower acks epoch 2 with last zxid (1,2) → DIFF. From Zab1_0Test.testUnnecessarySnap.
    const durable: DurableState = {
      acceptedEpoch: 1,
      currentEpoch: 1,
      snapshot: null,
      log: [txn(makeZxid(1, 1), '/foo-1'), txn(makeZxid(1, 2), '/foo-2')],
    };
    const h = new Harness(1, zabSettings(), durable);
    electLeader(h);
    const f = new Conn(2, 801);
    // The Java test's FOLLOWERINFO zxid is 1, i.e. accepted epoch 0.
    const info = f.send(h, { type: 'followerinfo', acceptedEpoch: 0, observer: false }, 300);
    expect(info.find((m) => m.type === 'leaderinfo')).toMatchObject({ newEpoch: 2 });
    expect(h.server.durable.acceptedEpoch).toBe(2);
    expect(h.server.durable.currentEpoch).toBe(1);
    const sync = f.send(h, { type: 'ackepoch', currentEpoch: 1, lastZxid: makeZxid(1, 2) }, 305);
    const first = nonPing(sync)[0];
    expect(first?.type).toBe('diff');
    expect(sync.some((m) => m.type === 'snap' || m.type === 'trunc')).toBe(false);
    expect(first?.type === 'diff' ? first.txns : null).toEqual([]);
  });
});

// ------------------------------------------------------------------ syncFollower (LearnerHandlerTest)

describe('syncFollower: chooseSync (LearnerHandlerTest)', () => {
  const zxids = (plan: SyncPlan) => (plan.mode === 'snap' ? null : plan.txns.map((t) => t.zxid));
  const history = (lastProcessedZxid: Zxid, committed: Zxid[], txnLog: Zxid[] | null): LeaderHistory => ({
    lastProcessedZxid,
    committedLog: committed.map((z) => txn(z)),
    txnLog: txnLog === null ? null : txnLog.map((z) => txn(z)),
  });

  it('case 23: committedLog {2,3,5}, last 6: peer 4 → TRUNC 3 + 5; peer 2 → DIFF {3,5}; peer 1 without txn log → SNAP (LearnerHandlerTest)', () => {
    // Goal: TRUNC to the entry before an unknown zxid, DIFF inside the log, SNAP below it. From LearnerHandlerTest.testCommittedLog.
    const hist = history(6, [2, 3, 5], null);
    const p4 = chooseSync(4, hist);
    expect(p4.mode).toBe('trunc');
    expect(p4.mode === 'trunc' ? p4.truncZxid : null).toBe(3);
    expect(zxids(p4)).toEqual([5]);
    const p2 = chooseSync(2, hist);
    expect(p2.mode).toBe('diff');
    expect(zxids(p2)).toEqual([3, 5]);
    expect(chooseSync(1, hist)).toEqual({ mode: 'snap' });
  });

  it('case 24: empty committedLog, last 1: peer 3 → TRUNC 1; peer 1 → DIFF only; peer 0 without txn log → SNAP (LearnerHandlerTest)', () => {
    // Goal: with no committed log, lastProcessedZxid is both ends of the range. From LearnerHandlerTest.testEmptyCommittedLog.
    const hist = history(1, [], null);
    expect(chooseSync(3, hist)).toEqual({ mode: 'trunc', truncZxid: 1, txns: [] });
    expect(chooseSync(1, hist)).toEqual({ mode: 'diff', txns: [] });
    expect(chooseSync(0, hist)).toEqual({ mode: 'snap' });
  });

  it('case 25: new-epoch peers: (0,0) → SNAP, (1,0) → DIFF of (1,1),(1,2), (2,0) → DIFF only (LearnerHandlerTest)', () => {
    // Goal: never DIFF a peer when the leader has logged no transaction at or before the peer's zxid ("we should never send diff if we have never seen any txn older than peer zxid"). From LearnerHandlerTest.testNewEpochZxid (txn log {(0,1),(1,1),(1,2)}, committedLog {(1,1),(1,2)}, last (2,0)).
    // (a) chooseSync. ZooKeeper's txn log serves a peer only if it holds an entry at or below the peer's zxid
    //     (MockZKDatabase / ZKDatabase.getProposalsFromTxnLog: peerZxid >= first logged zxid), so the
    //     log's reach starts at its first entry, (0,1).
    const hist: LeaderHistory = {
      ...history(
        makeZxid(2, 0),
        [makeZxid(1, 1), makeZxid(1, 2)],
        [makeZxid(0, 1), makeZxid(1, 1), makeZxid(1, 2)],
      ),
      txnLogStartZxid: makeZxid(0, 1),
    };
    const p10 = chooseSync(makeZxid(1, 0), hist);
    expect(p10.mode).toBe('diff');
    expect(zxids(p10)).toEqual([makeZxid(1, 1), makeZxid(1, 2)]);
    expect(chooseSync(makeZxid(2, 0), hist)).toEqual({ mode: 'diff', txns: [] });
    expect(chooseSync(makeZxid(0, 0), hist)).toEqual({ mode: 'snap' });

    // (b) The same rule at a leader (LearnerHandler.syncFollower): a fresh follower, at (0,0), of a leader
    //     whose log holds nothing at or below (0,0) is sent SNAP — whether the log follows a snapshot or not.
    const freshFollowerSync = (durable: DurableState) => {
      const h = new Harness(1, zabSettings(), durable);
      electLeader(h);
      const f = new Conn(2, 1001);
      f.send(h, { type: 'followerinfo', acceptedEpoch: 0, observer: false }, 300);
      return nonPing(f.send(h, { type: 'ackepoch', currentEpoch: 0, lastZxid: 0 }, 305))[0];
    };
    const afterSnapshot = freshFollowerSync({
      acceptedEpoch: 2,
      currentEpoch: 2,
      snapshot: {
        zxid: makeZxid(1, 3),
        nodes: [
          {
            path: '/a',
            value: 'from-snapshot',
            ephemeralOwner: 0,
            version: 0,
            czxid: makeZxid(1, 3),
            mzxid: makeZxid(1, 3),
            cversion: 0,
          },
        ],
        sessions: [],
      },
      log: [txn(makeZxid(2, 1), '/b')],
    });
    expect(afterSnapshot?.type).toBe('snap');
    expect(afterSnapshot?.type === 'snap' ? afterSnapshot.snapshot.nodes.map((n) => n.path) : []).toContain(
      '/a',
    );
    const logOnly = freshFollowerSync({
      acceptedEpoch: 1,
      currentEpoch: 1,
      snapshot: null,
      log: [txn(makeZxid(1, 1), '/foo-1'), txn(makeZxid(1, 2), '/foo-2')],
    });
    expect(logOnly?.type).toBe('snap');
  });

  it('case 26: peer (3,1) against {(1,1),(2,1),(2,2),(4,1)} → SNAP, never a TRUNC across epochs (LearnerHandlerTest)', () => {
    // Goal: the peer's (3,1) is unknown and the neighbouring entries are of other epochs, so it must be replaced by a snapshot. From LearnerHandlerTest.testCrossEpochTrunc.
    const hist = history(
      makeZxid(6, 0),
      [],
      [makeZxid(1, 1), makeZxid(2, 1), makeZxid(2, 2), makeZxid(4, 1)],
    );
    expect(chooseSync(makeZxid(3, 1), hist)).toEqual({ mode: 'snap' });
  });

  it('case 27: a gap between the txn log {2,3,4} and the committedLog {7,8} forces SNAP for peer 3 (LearnerHandlerTest)', () => {
    // Goal: the txn log would DIFF peer 3 with 4, but 5 and 6 are in neither log, so only a snapshot is safe. From LearnerHandler.syncFollower's txn-log branch ("Detected gap between end of txnlog … and start of committedLog"), as exercised by LearnerHandlerTest.
    const hist = history(8, [7, 8], [2, 3, 4]);
    expect(chooseSync(3, hist)).toEqual({ mode: 'snap' });
    // Control: without the gap (txn log reaching 7) the same peer is DIFFed through to 8.
    const noGap = chooseSync(3, history(8, [7, 8], [2, 3, 4, 5, 6, 7]));
    expect(noGap.mode).toBe('diff');
    expect(zxids(noGap)).toEqual([4, 5, 6, 7, 8]);
  });
});

// ------------------------------------------------------------------ quorums and config

describe('quorum math and session bounds', () => {
  it('case 28: only voters in the view count towards a majority; observers and strangers never do (QuorumMajorityTest)', () => {
    // Goal: 5 voters: {1,2} no, +6 (not in config) no, +3 yes; voters {1,2,3} with observers {4,5}: {1,4,5,6} no, +2 yes. From QuorumMajorityTest.testMajQuorums.
    const five = [1, 2, 3, 4, 5];
    expect(containsQuorum([1, 2], five)).toBe(false);
    expect(containsQuorum([1, 2, 6], five)).toBe(false);
    expect(containsQuorum([1, 2, 6, 3], five)).toBe(true);
    const three = [1, 2, 3]; // 4 and 5 are observers: not in the voter list.
    expect(containsQuorum([1], three)).toBe(false);
    expect(containsQuorum([1, 4, 5], three)).toBe(false);
    expect(containsQuorum([1, 4, 5, 6], three)).toBe(false);
    expect(containsQuorum([1, 4, 5, 6, 2], three)).toBe(true);
  });

  it('case 33: only minSessionTimeout set → max = 20 × tickTime; both set → used as given (QuorumPeerMainTest)', () => {
    // Goal: the configured bounds are what a server negotiates with. From QuorumPeerMainTest.testWithOnlyMinSessionTimeout and testMinMaxSessionTimeOut.
    const voters = rangeIds(3);
    const defaults = defaultClusterSettings(voters);
    expect(defaults.minSessionTimeoutMs).toBe(2 * defaults.tickTimeMs);
    expect(defaults.maxSessionTimeoutMs).toBe(20 * defaults.tickTimeMs);

    const onlyMin: ClusterSettings = { ...defaults, minSessionTimeoutMs: 15_000 };
    expect(onlyMin.minSessionTimeoutMs).toBe(15_000);
    expect(onlyMin.maxSessionTimeoutMs).toBe(20 * onlyMin.tickTimeMs);
    const both: ClusterSettings = { ...defaults, minSessionTimeoutMs: 10_000, maxSessionTimeoutMs: 15_000 };
    expect(SessionTracker.clampTimeout(1_000, both.minSessionTimeoutMs, both.maxSessionTimeoutMs)).toBe(
      10_000,
    );
    expect(SessionTracker.clampTimeout(12_000, both.minSessionTimeoutMs, both.maxSessionTimeoutMs)).toBe(
      12_000,
    );
    expect(SessionTracker.clampTimeout(60_000, both.minSessionTimeoutMs, both.maxSessionTimeoutMs)).toBe(
      15_000,
    );

    // What a leader actually grants: the createSession it proposes carries the clamped timeout.
    const negotiated = (s: ClusterSettings, requestedMs: number): number => {
      const h = new Harness(1, { ...s, initLimitTicks: 2, syncLimitTicks: 2 });
      electLeader(h);
      const f = new Conn(2, 901);
      handshake(h, f, 0, 300);
      const out = h.step(
        {
          kind: 'client',
          message: {
            type: 'client-request',
            client: 'c1',
            requestId: 1,
            op: { type: 'connect', timeoutMs: requestedMs, sessionId: 0, lastZxidSeen: 0 },
          },
        },
        400,
      );
      const p = f.received(out).find((m) => m.type === 'proposal');
      if (p?.type !== 'proposal' || p.txn.op.type !== 'createSession')
        throw new Error('no createSession proposal');
      return p.txn.op.timeoutMs;
    };
    expect(negotiated(onlyMin, 1_000)).toBe(15_000);
    expect(negotiated(onlyMin, 100_000)).toBe(40_000);
    expect(negotiated(both, 1_000)).toBe(10_000);
    expect(negotiated(both, 100_000)).toBe(15_000);
  });
});

// ------------------------------------------------------------------ beyond the list

// Discrepancies found while reading ZooKeeper's source next to the cases above. Each names the
// ZooKeeper code it follows; none is one of the 33 cases.
describe('beyond the conformance list: rules read from ZooKeeper source', () => {
  it('Vote.equals: settled votes of versions 1 and 2 still compare peerEpoch (only version 0 vs >0 drops it)', () => {
    // Goal: Vote.equals skips peerEpoch only when `(version > 0) ^ (other.version > 0)` (ZOOKEEPER-1732), not whenever the versions differ. From Vote.java (used by FLEOutOfElectionTest).
    const v1 = vote(5, 0, 1, 1, 'following', 1);
    const v2 = vote(5, 0, 1, 2, 'following', 2);
    expect(votesEqual(v1, v2)).toBe(false);
    expect(votesEqual(v1, { ...v2, version: 0 })).toBe(true);
  });

  it('syncFollower: no TRUNC when the next leader proposal is of another epoch than the peer zxid → SNAP', () => {
    // Goal: queueCommittedProposals refuses TRUNC when the first leader proposal above the peer's zxid has another epoch ("Cannot send TRUNC to peer sid: … peer zxid is from different epoch"), so syncFollower falls back to SNAP. Input: the deposed leader of case 29 (its logged-only (1,3)) rejoining a leader with (1,1),(1,2),(2,1),(2,2). From LearnerHandler.queueCommittedProposals / syncFollower.
    const committed = [makeZxid(1, 1), makeZxid(1, 2), makeZxid(2, 1), makeZxid(2, 2)].map((z) => txn(z));
    expect(
      chooseSync(makeZxid(1, 3), {
        lastProcessedZxid: makeZxid(2, 2),
        committedLog: committed,
        txnLog: committed,
      }),
    ).toEqual({ mode: 'snap' });
  });

  it('syncFollower: a peer at a new-epoch zxid past the whole txn log gets DIFF only, not TRUNC', () => {
    // Goal: peer (5,0) against txn log {(1,1),(2,1),(2,2),(4,1)}, last (6,0), empty committedLog → DIFF with nothing to send. From LearnerHandlerTest.testNewEpochZxidWithTxnlogOnly.
    const log = [makeZxid(1, 1), makeZxid(2, 1), makeZxid(2, 2), makeZxid(4, 1)].map((z) => txn(z));
    expect(
      chooseSync(makeZxid(5, 0), { lastProcessedZxid: makeZxid(6, 0), committedLog: [], txnLog: log }),
    ).toEqual({ mode: 'diff', txns: [] });
  });

  it('withTickTime keeps an explicitly set minSessionTimeout (ZooKeeper derives only unset bounds from tickTime)', () => {
    // Goal: with only minSessionTimeout=15000 configured, ZooKeeper reports min 15000 and max 20 × tickTime whatever the order of the settings; withTickTime documents "unless they were set explicitly". From QuorumPeerMainTest.testWithOnlyMinSessionTimeout / QuorumPeerConfig.
    const onlyMin: ClusterSettings = { ...defaultClusterSettings(rangeIds(3)), minSessionTimeoutMs: 15_000 };
    const retimed = withTickTime(onlyMin, 3000);
    expect(retimed.maxSessionTimeoutMs).toBe(60_000);
    expect(retimed.minSessionTimeoutMs).toBe(15_000);
  });
});

// ------------------------------------------------------------------ issue 7: details read from ZooKeeper source

/** A client's connect request handed straight to the server: at a leader it becomes a createSession proposal. */
function connectRequest(h: Harness, client: string, atMs: number): Output[] {
  return h.step(
    {
      kind: 'client',
      message: {
        type: 'client-request',
        client,
        requestId: 1,
        op: { type: 'connect', timeoutMs: 10_000, sessionId: 0, lastZxidSeen: 0 },
      },
    },
    atMs,
  );
}

/** Makes server `h` (not the highest id) follow `leader` the ordinary way: the leader's LOOKING vote wins, then finalizeWait. */
function electFollower(h: Harness, leader: ServerId): void {
  h.step({ kind: 'start' }, 0);
  h.notify(leader, { leader, zxid: 0, electionEpoch: 1, peerEpoch: 0, state: 'looking' }, 10);
  h.fire('fle-poll');
  expect(h.server.role).toBe('following');
}

/** The FOLLOWERINFO packets `out` sends to `leader` (each one opens a connection). */
function followerInfos(out: Output[], leader: ServerId): ZabMessage[] {
  return sentTo(out, leader).filter((m): m is ZabMessage => m.type === 'followerinfo');
}

/** What a server that is not leading answers a packet on a connection it does not have: a reset (seq 0). */
function reset(h: Harness, from: ServerId, connId: number, atMs?: number): Output[] {
  return h.step(
    { kind: 'message', from, message: { type: 'close', connId, seq: 0, reason: { why: 'no-such-connection' } } },
    atMs,
  );
}

describe('issue 7: ZooKeeper details read from its source', () => {
  it('Learner.connectToLeader: a refused connect is retried after leaderConnectDelayDuringRetryMs = 100 ms, at most 5 tries', () => {
    // Goal: tries < 5, Thread.sleep(leaderConnectDelayDuringRetryMs) between them, and after the 5th failure the learner gives up (LOOKING). From Learner.LeaderConnector.connectToLeader.
    const h = new Harness(2, zabSettings());
    electFollower(h, 3);
    const tries: number[] = [];
    let info = followerInfos(
      h.log.map((l) => l.out),
      3,
    ).at(-1)!;
    tries.push(h.nowMs);
    for (let i = 1; i < 5; i++) {
      reset(h, 3, info.connId, h.nowMs + 1);
      expect(h.server.role).toBe('following');
      expect(h.timerAt('connect-retry')).toBe(h.nowMs + 100);
      info = followerInfos(h.fire('connect-retry'), 3)[0]!;
      tries.push(h.nowMs);
    }
    expect(tries.slice(1).map((t, i) => t - tries[i]!)).toEqual([101, 101, 101, 101]);
    reset(h, 3, info.connId, h.nowMs + 1);
    expect(h.server.role).toBe('looking');
  });

  it('Learner.connectToLeader: no retry once no more than the retry delay is left of initLimit × tickTime', () => {
    // Goal: remainingTimeout = connectTimeout − elapsed; `remainingTimeout <= leaderConnectDelayDuringRetryMs` → give up. connectTimeout = tickTime × initLimit = 4,000 ms here. From Learner.LeaderConnector.connectToLeader.
    const run = (refusedAfterMs: number) => {
      const h = new Harness(2, zabSettings());
      electFollower(h, 3);
      const first = followerInfos(
        h.log.map((l) => l.out),
        3,
      ).at(-1)!;
      reset(h, 3, first.connId, h.nowMs + refusedAfterMs);
      return h.server.role;
    };
    expect(run(3899)).toBe('following'); // 101 ms left: one more try
    expect(run(3900)).toBe('looking'); // 100 ms left: connectToLeader exceeded
  });

  it("Leader.getEpochToPropose: an observer's accepted epoch raises the new epoch, though only voters make the quorum", () => {
    // Goal: every connecting learner's lastAcceptedEpoch counts (`if (lastAcceptedEpoch >= epoch) epoch = lastAcceptedEpoch + 1`), but only `isParticipant(sid)` joins connectingFollowers. From Leader.getEpochToPropose.
    const h = new Harness(1, { ...zabSettings(), observers: [4] });
    electLeader(h);
    const observer = new Conn(4, 1201);
    expect(observer.send(h, { type: 'followerinfo', acceptedEpoch: 9, observer: true }, 300)).toEqual([]);
    expect(h.server.leader!.phase).toBe('discovery'); // the leader and an observer are no quorum of 3 voters
    const follower = new Conn(2, 1202);
    const got = follower.send(h, { type: 'followerinfo', acceptedEpoch: 0, observer: false }, 301);
    expect(got.find((m) => m.type === 'leaderinfo')).toMatchObject({ newEpoch: 10 });
    expect(observer.received(h.log.map((l) => l.out)).find((m) => m.type === 'leaderinfo')).toMatchObject({
      newEpoch: 10,
    });
    expect(h.server.durable.acceptedEpoch).toBe(10);
  });

  it('QuorumCnxManager.toSend: a notification to itself is looped back and counts, so a single voter leads and serves', () => {
    // Goal: `if (this.mySid == sid) addToRecvQueue(...)`: lookForLeader receives its own vote, finds a quorum of 1 and, after finalizeWait, leads; Zab with only the leader establishes at once. From QuorumCnxManager.toSend / FastLeaderElection.lookForLeader.
    const h = new Harness(1, zabSettings([1]));
    h.step({ kind: 'start' }, 0);
    expect(h.server.election.recvset.has(1)).toBe(true);
    h.fire('fle-poll');
    expect(h.server.role).toBe('leading');
    expect(h.server.isServing()).toBe(true);
    expect(h.server.durable.currentEpoch).toBe(1);
    connectRequest(h, 'c1', 300);
    expect(h.server.tree.sessionCount).toBe(1); // its own ack is a quorum: committed at once
  });

  it('Leader.startForwarding: only participants get the outstanding proposals after their sync; an observer gets INFORM on commit', () => {
    // Goal: `if (handler.getLearnerType() == LearnerType.PARTICIPANT)` queue outstandingProposals; observers are added as observing learners only. From Leader.startForwarding.
    const h = new Harness(1, { ...zabSettings(), observers: [4] });
    electLeader(h);
    const f2 = new Conn(2, 1401);
    handshake(h, f2, 0, 300);
    const proposal = f2.received(connectRequest(h, 'c1', 400)).find((m) => m.type === 'proposal');
    if (proposal?.type !== 'proposal') throw new Error('no proposal');
    const joinAndSync = (conn: Conn, observer: boolean, atMs: number) => [
      ...conn.send(h, { type: 'followerinfo', acceptedEpoch: 0, observer }, atMs),
      ...conn.send(h, { type: 'ackepoch', currentEpoch: 0, lastZxid: 0 }, atMs + 1),
    ];
    // Both arrive at (0,0) after the leader set (1,0) as its last processed zxid: SNAP.
    const observer = new Conn(4, 1402);
    expect(nonPing(joinAndSync(observer, true, 500)).map((m) => m.type)).toEqual([
      'leaderinfo',
      'snap',
      'newleader',
    ]);
    const f3 = new Conn(3, 1403);
    expect(nonPing(joinAndSync(f3, false, 510)).map((m) => m.type)).toEqual([
      'leaderinfo',
      'snap',
      'proposal',
      'newleader',
    ]);
    observer.send(h, { type: 'ack', zxid: makeZxid(1, 0) }, 520);
    const mark = h.log.length;
    expect(f2.send(h, { type: 'ack', zxid: proposal.txn.zxid }, 530).map((m) => m.type)).toContain('commit');
    const afterCommit = h.log.slice(mark).map((l) => l.out);
    expect(observer.received(afterCommit).map((m) => m.type)).toEqual(['inform']);
  });

  it('QuorumPeer.updateElectionVote (ZOOKEEPER-1732): an established leader answers late joiners with the new epoch', () => {
    // Goal: Leader.startZkServer calls self.updateElectionVote(getEpoch()): the vote's peerEpoch becomes the new epoch, its zxid and electionEpoch stay. From Leader.startZkServer / QuorumPeer.updateElectionVote.
    const h = new Harness(1, zabSettings(), { ...emptyDurableState(), acceptedEpoch: 4, currentEpoch: 4 });
    electLeader(h);
    const looking: Vote = { leader: 3, zxid: 0, electionEpoch: 1, peerEpoch: 0, state: 'looking' };
    const before = sentTo(h.notify(3, looking, 200), 3)[0];
    expect(before).toMatchObject({ state: 'leading', peerEpoch: 4 }); // not established yet: the election's vote
    handshake(h, new Conn(2, 1301), 0, 300);
    expect(h.server.isServing()).toBe(true);
    const after = sentTo(h.notify(3, looking, 400), 3)[0];
    expect(after).toMatchObject({
      type: 'notification',
      leader: 1,
      state: 'leading',
      peerEpoch: 5,
      zxid: 0,
      electionEpoch: 1,
    });
  });

  it('QuorumPeer.updateElectionVote (ZOOKEEPER-1732): a learner reports the new epoch from UPTODATE on', () => {
    // Goal: Learner.syncWithLeader calls self.updateElectionVote(newEpoch) after UPTODATE, not before. From Learner.syncWithLeader.
    const h = new Harness(2, zabSettings());
    electFollower(h, 3);
    const fromLeader = fromLeaderOf(h, 3);
    const looking: Vote = { leader: 1, zxid: 0, electionEpoch: 1, peerEpoch: 0, state: 'looking' };
    fromLeader({ type: 'leaderinfo', newEpoch: 1 }, 100);
    fromLeader({ type: 'diff', zxid: 0, txns: [] }, 101);
    fromLeader({ type: 'newleader', epoch: 1 }, 102);
    expect(h.server.durable.currentEpoch).toBe(1);
    expect(sentTo(h.notify(1, looking, 103), 1)[0]).toMatchObject({
      state: 'following',
      leader: 3,
      peerEpoch: 0,
    });
    fromLeader({ type: 'uptodate' }, 104);
    expect(sentTo(h.notify(1, looking, 105), 1)[0]).toMatchObject({
      state: 'following',
      leader: 3,
      peerEpoch: 1,
    });
  });

  it('Leader.lead: no PING and no tick check before the epoch is established; the loop starts after waitForNewLeaderAck', () => {
    // Goal: the while(true) loop with tickSkip/syncedAckSet and f.ping() runs only after startZkServer; its first half tick pings without counting a tick. From Leader.lead.
    const h = new Harness(1, zabSettings());
    electLeader(h);
    const f = new Conn(2, 1501);
    const early = [
      ...f.send(h, { type: 'followerinfo', acceptedEpoch: 0, observer: false }, 300),
      ...f.send(h, { type: 'ackepoch', currentEpoch: 0, lastZxid: 0 }, 305),
    ];
    expect(h.timerAt('leader-tick')).toBeNull();
    expect(early.some((m) => m.type === 'ping')).toBe(false);
    expect(h.server.leader!.phase).toBe('newleader');
    f.send(h, { type: 'ack', zxid: makeZxid(1, 0) }, 3000);
    expect(h.server.isServing()).toBe(true);
    expect(h.timerAt('leader-tick')).toBe(3000 + 1000);
    expect(f.received(h.fire('leader-tick')).map((m) => m.type)).toEqual(['ping']);
    expect(h.server.leader!.tick).toBe(0);
    h.fire('leader-tick');
    expect(h.server.leader!.tick).toBe(1);
  });

  it('LearnerHandler.run: a handshake read times out after initLimit × tickTime, even before the leader is established', () => {
    // Goal: the learner socket's timeout is tickTime × initLimit until the NEWLEADER ack is processed; a learner that never sends ACKEPOCH is closed then, while the leader keeps waiting for the others. From Leader.LearnerCnxAcceptor (setSoTimeout) / LearnerHandler.run.
    const h = new Harness(1, zabSettings(rangeIds(5)));
    electLeader(h);
    const [f2, f3, f4] = [new Conn(2, 1601), new Conn(3, 1602), new Conn(4, 1603)];
    f2.send(h, { type: 'followerinfo', acceptedEpoch: 0, observer: false }, 300);
    f3.send(h, { type: 'followerinfo', acceptedEpoch: 0, observer: false }, 300);
    f4.send(h, { type: 'followerinfo', acceptedEpoch: 0, observer: false }, 300); // LEADERINFO to all three now
    f2.send(h, { type: 'ackepoch', currentEpoch: 0, lastZxid: 0 }, 1300);
    f3.send(h, { type: 'ackepoch', currentEpoch: 0, lastZxid: 0 }, 1300);
    expect(h.server.leader!.phase).toBe('newleader');
    expect(h.timerAt('zab-init')).toBe(1300 + 4000);
    expect(h.timerAt('handler-read')).toBe(300 + 4000);
    const timedOut = h.fire('handler-read');
    expect(f4.received(timedOut).map((m) => m.type)).toEqual(['close']);
    expect(f2.received(timedOut)).toEqual([]); // reading its NEWLEADER ack since 1,300 ms
    expect(h.server.role).toBe('leading');
    expect(h.timerAt('handler-read')).toBe(1300 + 4000);
  });

  it('LearnerHandler.run: handshake packets leave tickOfNextAckDeadline at its initial tick + initLimit + syncLimit; main-loop packets move it', () => {
    // Goal: tickOfNextAckDeadline = getTickOfInitialAckDeadline() when the handler starts, and getTickOfNextAckDeadline() = tick + syncLimit for each packet of the main loop only (ACKEPOCH and the NEWLEADER ack are read before it). From LearnerHandler.run / Leader.getTickOfInitialAckDeadline.
    const h = new Harness(1, zabSettings());
    electLeader(h);
    const f = new Conn(2, 1701);
    handshake(h, f, 0, 300);
    const handler = () => h.server.leader!.handlers.get(1701)!;
    expect(handler().tickOfNextAckDeadline).toBe(0 + 2 + 2);
    h.fire('leader-tick');
    h.fire('leader-tick');
    h.fire('leader-tick');
    expect(h.server.leader!.tick).toBe(1);
    f.send(h, { type: 'ping', lastProposed: 0, sessions: [] });
    expect(handler().tickOfNextAckDeadline).toBe(1 + 2);
  });

  it('Learner.syncWithLeader: a PING before UPTODATE is not answered; a serving learner answers it', () => {
    // Goal: syncWithLeader's read loop has cases for PROPOSAL, COMMIT, INFORM, UPTODATE and NEWLEADER only; Follower.processPacket answers PING. From Learner.syncWithLeader / Learner.ping.
    const h = new Harness(2, zabSettings());
    electFollower(h, 3);
    const info = followerInfos(
      h.log.map((l) => l.out),
      3,
    ).at(-1)!;
    let seq = 0;
    const fromLeader = (body: ZabBody, atMs: number) =>
      sentTo(
        h.step(
          { kind: 'message', from: 3, message: { ...body, connId: info.connId, seq: ++seq } as ZabMessage },
          atMs,
        ),
        3,
      );
    fromLeader({ type: 'leaderinfo', newEpoch: 1 }, 100);
    fromLeader({ type: 'diff', zxid: 0, txns: [] }, 101);
    fromLeader({ type: 'newleader', epoch: 1 }, 102);
    expect(fromLeader({ type: 'ping', lastProposed: 0, sessions: [] }, 103)).toEqual([]);
    fromLeader({ type: 'uptodate' }, 104);
    expect(fromLeader({ type: 'ping', lastProposed: 0, sessions: [] }, 105).map((m) => m.type)).toEqual([
      'ping',
    ]);
  });

  it('Leader.startZkServer: the established leader processed (epoch, 0); a fresh learner then gets SNAP, not the empty DIFF it got before', () => {
    // Goal: setlastProcessedZxid(zk.getZxid()) = (1,0) at establishment; syncFollower with an empty committedLog compares the peer with lastProcessedZxid: (0,0) = (0,0) → empty DIFF before, (0,0) ≠ (1,0) and no txn log → SNAP after, the snapshot carrying (1,0). From Leader.startZkServer / LearnerHandler.syncFollower.
    const h = new Harness(1, zabSettings());
    electLeader(h);
    const early = handshake(h, new Conn(2, 1801), 0, 300);
    expect(nonPing(early).map((m) => m.type)).toEqual(['leaderinfo', 'diff', 'newleader', 'uptodate']);
    expect(h.server.lastProcessedZxid()).toBe(makeZxid(1, 0));
    expect(h.server.view()).toMatchObject({ lastZxid: 0, lastCommittedZxid: 0 }); // no transaction yet
    const late = new Conn(3, 1802);
    late.send(h, { type: 'followerinfo', acceptedEpoch: 0, observer: false }, 400);
    const sync = nonPing(late.send(h, { type: 'ackepoch', currentEpoch: 0, lastZxid: 0 }, 401));
    expect(sync.map((m) => m.type)).toEqual(['snap', 'newleader']);
    expect(sync[0]?.type === 'snap' ? sync[0].snapshot.zxid : null).toBe(makeZxid(1, 0));
    // A learner already at the leader's last processed zxid still gets the empty DIFF.
    const current = new Conn(3, 1803);
    current.send(h, { type: 'followerinfo', acceptedEpoch: 1, observer: false }, 500);
    const same = nonPing(
      current.send(h, { type: 'ackepoch', currentEpoch: -1, lastZxid: makeZxid(1, 0) }, 501),
    );
    expect(same[0]).toMatchObject({ type: 'diff', txns: [] });
  });

  it('ZooKeeperServer.shutdown keeps the (epoch, 0) mark (fastForwardDataBase): a leader that steps down votes with it', () => {
    // Goal: the vote's zxid is QuorumPeer.getLastLoggedZxid() = zkDb.getDataTreeLastProcessedZxid(); the mark survives leaving the role, since the database is fast-forwarded, not reloaded. From QuorumPeer.getLastLoggedZxid / ZooKeeperServer.shutdown / FastLeaderElection.getInitLastLoggedZxid.
    const h = new Harness(1, zabSettings(), {
      acceptedEpoch: 1,
      currentEpoch: 1,
      snapshot: null,
      log: [txn(makeZxid(1, 1), '/a')],
    });
    electLeader(h);
    handshake(h, new Conn(2, 1901), 0, 300);
    expect(h.server.lastProcessedZxid()).toBe(makeZxid(2, 0));
    h.step({ kind: 'peer-reset', peer: 2 }, 400);
    let out: Output[] = [];
    while (h.server.role === 'leading') out = h.fire('leader-tick');
    expect(h.server.role).toBe('looking');
    expect(h.server.view().vote).toMatchObject({ leader: 1, zxid: makeZxid(2, 0), peerEpoch: 2 });
    expect(sentTo(out, 3).find((m) => m.type === 'notification')).toMatchObject({ zxid: makeZxid(2, 0) });
    expect(h.server.view()).toMatchObject({ lastZxid: makeZxid(1, 1), lastCommittedZxid: makeZxid(1, 1) });
  });

  it('Learner.syncWithLeader: a DIFF leaves the learner at its last transaction; only SNAP (and TRUNC) set lastProcessedZxid from the leader', () => {
    // Goal: setlastProcessedZxid(qp.getZxid()) appears only in the SNAP and TRUNC branches; UPTODATE does not touch it. From Learner.syncWithLeader.
    const h = new Harness(2, zabSettings());
    electFollower(h, 3);
    const fromLeader = fromLeaderOf(h, 3);
    fromLeader({ type: 'leaderinfo', newEpoch: 1 }, 100);
    fromLeader({ type: 'diff', zxid: 0, txns: [] }, 101);
    fromLeader({ type: 'newleader', epoch: 1 }, 102);
    fromLeader({ type: 'uptodate' }, 103);
    expect(h.server.isServing()).toBe(true);
    expect(h.server.lastProcessedZxid()).toBe(0);
  });

  it('Learner: a leader that closes an accepted connection is not retried; the learner goes LOOKING (Follower.followLeader)', () => {
    // Goal: only the connect is retried; once connected, an exception in registerWithLeader/syncWithLeader ends followLeader. From Learner.connectToLeader / Follower.followLeader.
    const h = new Harness(2, zabSettings());
    electFollower(h, 3);
    const info = followerInfos(
      h.log.map((l) => l.out),
      3,
    ).at(-1)!;
    h.step(
      {
        kind: 'message',
        from: 3,
        message: { type: 'close', connId: info.connId, seq: 1, reason: { why: 'leader-shutdown' } },
      },
      50,
    );
    expect(h.server.role).toBe('looking');
    expect(h.timerAt('connect-retry')).toBeNull();
  });

  it('Leader.propose: counter 0xfffffffe is still proposed; 0xffffffff shuts the leader down for a new epoch (ZOOKEEPER-1277)', () => {
    // Goal: `(request.zxid & 0xffffffffL) == 0xffffffffL` → shutdown("zxid lower 32 bits have rolled over, forcing re-election …"). From Leader.propose.
    const h = new Harness(1, zabSettings());
    electLeader(h);
    const f = new Conn(2, 1101);
    handshake(h, f, 0, 300);
    const l = h.server.leader!;
    l.counter = 0xfffffffd; // as zookeeper.testingonly.initialZxid does
    const last = f.received(connectRequest(h, 'c1', 400)).find((m) => m.type === 'proposal');
    expect(last?.type === 'proposal' ? last.txn.zxid : null).toBe(makeZxid(l.epoch, 0xfffffffe));
    const rolled = f.received(connectRequest(h, 'c2', 410));
    expect(rolled.some((m) => m.type === 'proposal')).toBe(false);
    expect(rolled.some((m) => m.type === 'close')).toBe(true);
    expect(h.server.role).toBe('looking');
    expect(h.server.durable.log.some((t) => t.zxid === makeZxid(l.epoch, 0xffffffff))).toBe(false);
  });
});

describe('issue 7: one LearnerHandler per connection', () => {
  it('Leader.run / LearnerHandler: a late FOLLOWERINFO of an abandoned connection gets its own handler and never replaces the live one', () => {
    // Goal: ZooKeeper starts a LearnerHandler per accepted socket (Leader.LearnerCnxAcceptor), so a connection TCP delivers late, after the learner moved on, cannot end the learner's live connection. From Leader.LearnerCnxAcceptor.run, LearnerHandler.run, Leader.addLearnerHandler / removeLearnerHandler.
    const h = new Harness(1, zabSettings());
    electLeader(h);
    const live = new Conn(2, 1701);
    handshake(h, live, 0, 300);
    const stale = new Conn(2, 900);
    const answer = stale.send(h, { type: 'followerinfo', acceptedEpoch: 0, observer: false }, 400);
    expect(answer.map((m) => m.type)).toEqual(['leaderinfo']);
    // The learner refuses the connection it no longer has: only that handler ends.
    stale.send(h, { type: 'close', reason: { why: 'no-such-connection' } }, 410);
    const out = live.send(h, { type: 'ping', lastProposed: 0, sessions: [] }, 420);
    expect(out.filter((m) => m.type === 'close')).toEqual([]);
    expect(h.server.leader!.handlers.get(1701)?.sid).toBe(2);
    expect(h.server.leader!.handlers.has(900)).toBe(false);
    expect(h.server.view().syncedLearners).toEqual([2]);
  });
});
