import { DataTree } from './dataTree.ts';
import type { CloseReason, LookingReason, TickLimit } from './reasons.ts';
import { acceptZab, type ZabConnection, type ZkServer } from './server.ts';
import { lastOf } from './durable.ts';
import { makeZxid } from './zxid.ts';
import type { PeerMessage, PeerWatch, ServerId, TimerName, Txn, TreeSnapshot, Zxid, ZabMessage } from './types.ts';

// Learner, Follower and Observer: register with the leader, sync, then log, ack and apply.

type LearnerPhase = 'info' | 'sync' | 'newleader' | 'serving';

export interface LearnerState {
  leaderId: ServerId;
  conn: ZabConnection;
  phase: LearnerPhase;
  newEpoch: number;
  lastHeardMs: number;
  connectAttempts: number;
  connectStartMs: number;
  /** Proposals received but not yet committed, in zxid order. */
  pending: Txn[];
  /** Proposals received during sync: logged and acked only after NEWLEADER sets currentEpoch. */
  unlogged: Txn[];
  /** Sessions touched by clients since the last PING reply (LearnerSessionTracker). */
  readonly touched: Set<number>;
}

/** LeaderConnector.connectToLeader makes at most 5 tries… */
export const LEADER_CONNECT_TRIES = 5;
/** …sleeping zookeeper.leaderConnectDelayDuringRetryMs (Learner.leaderConnectDelayDuringRetryMs) between them. */
export const LEADER_CONNECT_DELAY_DURING_RETRY_MS = 100;

export function startLearning(s: ZkServer, leaderId: ServerId): void {
  const learner: LearnerState = {
    leaderId,
    conn: newConnection(s, leaderId),
    phase: 'info',
    newEpoch: 0,
    lastHeardMs: s.nowMs,
    connectAttempts: 1,
    connectStartMs: s.nowMs,
    pending: [],
    unlogged: [],
    touched: new Set(),
  };
  s.learner = learner;
  s.emit({ kind: 'state-change', change: 'learning', leader: leaderId, observer: s.isObserver, acceptedEpoch: s.durable.acceptedEpoch, peers: [leaderId] });
  sendFollowerInfo(s, learner);
  armReadTimeout(s, learner);
}

function newConnection(s: ZkServer, leaderId: ServerId): ZabConnection {
  return { peer: leaderId, connId: s.prng.int(1, 2 ** 31 - 1), sendSeq: 0, recvSeq: 0 };
}

function sendFollowerInfo(s: ZkServer, learner: LearnerState): void {
  s.sendZab(learner.conn, { type: 'followerinfo', acceptedEpoch: s.durable.acceptedEpoch, observer: s.isObserver, connId: 0, seq: 0 });
}

/** The socket read timeout: initLimit until NEWLEADER, then syncLimit. */
function readLimit(s: ZkServer, learner: LearnerState): TickLimit {
  const synced = learner.phase === 'serving' || learner.phase === 'newleader';
  return synced
    ? { name: 'syncLimit', ticks: s.cfg.syncLimitTicks, tickTimeMs: s.cfg.tickTimeMs }
    : { name: 'initLimit', ticks: s.cfg.initLimitTicks, tickTimeMs: s.cfg.tickTimeMs };
}

function readLimitMs(s: ZkServer, learner: LearnerState): number {
  const ticks = learner.phase === 'serving' || learner.phase === 'newleader' ? s.cfg.syncLimitTicks : s.cfg.initLimitTicks;
  return ticks * s.cfg.tickTimeMs;
}

function armReadTimeout(s: ZkServer, learner: LearnerState): void {
  // The seed's all-to-all detector replaces the socket read timeout once the learner serves.
  if (learner.phase === 'serving' && s.cfg.detector === 'all-to-all') {
    s.cancelTimer('learner-read');
    return;
  }
  s.setTimer('learner-read', learner.lastHeardMs + readLimitMs(s, learner));
}

// ------------------------------------------------------------------ packets

export function learnerOnMessage(s: ZkServer, learner: LearnerState, from: ServerId, message: PeerMessage): void {
  if (message.type === 'notification' || message.type === 'heartbeat') return;
  if (message.type === 'followerinfo') {
    refuseConnection(s, from, message.connId);
    return;
  }
  if (from !== learner.leaderId || message.connId !== learner.conn.connId) {
    if (message.type !== 'close') refuseConnection(s, from, message.connId);
    return;
  }
  if (message.type === 'close') {
    onLeaderClosed(s, learner, message.reason, message.seq === 0);
    return;
  }
  const verdict = acceptZab(learner.conn, message);
  if (verdict === 'stale') return;
  if (verdict === 'broken') {
    s.becomeLooking({ why: 'leader-connection-broken', leader: learner.leaderId });
    return;
  }
  learner.lastHeardMs = s.nowMs;
  onLeaderPacket(s, learner, message);
}

/** A packet for a connection we do not have: answer like a TCP reset. */
export function refuseConnection(s: ZkServer, to: ServerId, connId: number): void {
  s.sendOnConnection(to, { type: 'close', connId, seq: 0, reason: { why: 'no-such-connection' } });
}

/** `reset`: the close is a TCP reset (no connection there), not the leader closing its own end. */
function onLeaderClosed(s: ZkServer, learner: LearnerState, reason: CloseReason, reset: boolean): void {
  // A reset before the leader ever answered is a refused connect: connectToLeader retries it.
  const refused = reset && learner.phase === 'info' && learner.conn.recvSeq === 0;
  const giveUp: LookingReason | null = refused ? connectRetryRefusal(s, learner) : { why: 'leader-closed', leader: learner.leaderId, close: reason };
  if (giveUp === null) {
    learner.connectAttempts++;
    s.setTimer('connect-retry', s.nowMs + LEADER_CONNECT_DELAY_DURING_RETRY_MS);
    return;
  }
  s.becomeLooking(giveUp);
}

/**
 * LeaderConnector.connectToLeader: after a failed try, retry unless the connect budget (initLimit ×
 * tickTime from the first try) has no more than the retry delay left, or this was the 5th try.
 * Returns why it gives up, or null to retry.
 */
function connectRetryRefusal(s: ZkServer, learner: LearnerState): LookingReason | null {
  const remainingMs = s.cfg.initLimitTicks * s.cfg.tickTimeMs - (s.nowMs - learner.connectStartMs);
  const refused = { why: 'leader-refused', leader: learner.leaderId, tries: learner.connectAttempts } as const;
  if (remainingMs <= LEADER_CONNECT_DELAY_DURING_RETRY_MS) return { ...refused, gaveUp: 'init-limit' };
  if (learner.connectAttempts >= LEADER_CONNECT_TRIES) return { ...refused, gaveUp: 'tries' };
  return null;
}

function onLeaderPacket(s: ZkServer, learner: LearnerState, m: ZabMessage): void {
  switch (m.type) {
    case 'leaderinfo':
      onLeaderInfo(s, learner, m.newEpoch);
      return;
    case 'diff':
      syncFromTxns(s, learner, null, null, m.txns);
      return;
    case 'trunc':
      syncFromTxns(s, learner, m.zxid, null, m.txns);
      return;
    case 'snap':
      syncFromTxns(s, learner, null, m.snapshot, m.txns);
      return;
    case 'newleader':
      onNewLeader(s, learner, m.epoch);
      return;
    case 'uptodate':
      onUpToDate(s, learner);
      return;
    case 'proposal':
      logAndAck(s, learner, m.txn);
      return;
    case 'commit':
      onCommit(s, learner, m.zxid);
      return;
    case 'inform':
      s.persist({ type: 'append', txn: m.txn });
      s.applyCommitted(m.txn, 'commit');
      return;
    case 'ping':
      // Learner.syncWithLeader has no case for PING: only a serving learner answers.
      if (learner.phase !== 'serving') return;
      s.sendZab(learner.conn, { type: 'ping', lastProposed: m.lastProposed, sessions: [...learner.touched], connId: 0, seq: 0 });
      learner.touched.clear();
      return;
    case 'reply':
      s.clients.learnerOnReply(m.client, m.requestId, m.result);
      return;
    default:
      return;
  }
}

function onLeaderInfo(s: ZkServer, learner: LearnerState, newEpoch: number): void {
  if (learner.phase !== 'info') return;
  const accepted = s.durable.acceptedEpoch;
  if (newEpoch < accepted) {
    s.becomeLooking({ why: 'epoch-below-accepted', leader: learner.leaderId, newEpoch, acceptedEpoch: accepted });
    return;
  }
  learner.newEpoch = newEpoch;
  learner.phase = 'sync';
  if (newEpoch > accepted) {
    s.persist({ type: 'accepted-epoch', epoch: newEpoch });
    s.sendZab(learner.conn, { type: 'ackepoch', currentEpoch: s.durable.currentEpoch, lastZxid: s.lastProcessedZxid(), connId: 0, seq: 0 });
  } else {
    // Already acked this epoch: -1 says so without counting twice.
    s.sendZab(learner.conn, { type: 'ackepoch', currentEpoch: -1, lastZxid: s.lastProcessedZxid(), connId: 0, seq: 0 });
  }
}

/** DIFF, TRUNC or SNAP: make the log and the tree match the leader's committed history. */
function syncFromTxns(s: ZkServer, learner: LearnerState, truncZxid: Zxid | null, snapshot: TreeSnapshot | null, txns: Txn[]): void {
  if (learner.phase !== 'sync') return;
  if (snapshot) {
    s.persist({ type: 'snapshot', snapshot });
    s.tree = DataTree.fromSnapshot(snapshot);
    s.emit({ kind: 'sync', side: 'learner', leader: learner.leaderId, mode: 'snap', snapshotZxid: snapshot.zxid, peers: [learner.leaderId] });
  } else if (truncZxid !== null) {
    if (!truncateTo(s, learner, truncZxid)) return;
  }
  for (const txn of txns) {
    if (txn.zxid <= s.lastLoggedZxid()) continue;
    s.persist({ type: 'append', txn });
    s.applyCommitted(txn, 'sync');
  }
}

/**
 * Returns false when the log cannot be truncated that far: its snapshot already holds a later
 * transaction (taken from a leader that never established its epoch). ZooKeeper exits on a failed
 * truncate; here the server discards its data and rejoins, and the leader then sends a full SNAP.
 */
function truncateTo(s: ZkServer, learner: LearnerState, zxid: Zxid): boolean {
  const removed = s.durable.log.filter((t) => t.zxid > zxid).map((t) => t.zxid);
  const snapshotZxid = s.durable.snapshot ? s.durable.snapshot.zxid : 0;
  if (zxid < snapshotZxid) {
    s.persist({ type: 'clear-data' });
    s.tree = s.loadDatabase(); // ZKDatabase.clear: nothing to fast-forward from
    s.emit({ kind: 'truncated', leader: learner.leaderId, toZxid: zxid, removed, cleared: true, snapshotZxid, peers: [learner.leaderId] });
    s.sendZab(learner.conn, { type: 'close', reason: { why: 'discarded-data' }, connId: 0, seq: 0 });
    s.becomeLooking({ why: 'truncate-impossible' });
    return false;
  }
  s.persist({ type: 'truncate', toZxid: zxid });
  s.tree = s.loadDatabase();
  s.emit({ kind: 'truncated', leader: learner.leaderId, toZxid: zxid, removed, cleared: false, peers: [learner.leaderId] });
  return true;
}

/**
 * Learner.syncWithLeader at NEWLEADER (ZOOKEEPER-3911/4785): log what arrived during sync, then take
 * the new epoch, then ack NEWLEADER, and only then ack those proposals. A learner that acked a proposal
 * while still at the old epoch could lose an election to a server with an older log but a newer epoch,
 * and a committed transaction would be truncated.
 */
function onNewLeader(s: ZkServer, learner: LearnerState, epoch: number): void {
  if (learner.phase !== 'sync') return;
  const unlogged = learner.unlogged;
  learner.unlogged = [];
  for (const txn of unlogged) if (txn.zxid > s.lastLoggedZxid()) s.persist({ type: 'append', txn });
  s.persist({ type: 'current-epoch', epoch });
  learner.phase = 'newleader';
  s.sendZab(learner.conn, { type: 'ack', zxid: makeZxid(epoch, 0), connId: 0, seq: 0 });
  for (const txn of unlogged) s.sendZab(learner.conn, { type: 'ack', zxid: txn.zxid, connId: 0, seq: 0 });
  armReadTimeout(s, learner);
}

function onUpToDate(s: ZkServer, learner: LearnerState): void {
  if (learner.phase !== 'newleader') return;
  learner.phase = 'serving';
  s.updateElectionVote(learner.newEpoch);
  armReadTimeout(s, learner);
  s.emit({ kind: 'learner-synced', side: 'learner', leader: learner.leaderId, epoch: learner.newEpoch, zxid: s.tree.lastZxid, observer: s.isObserver, peers: [learner.leaderId] });
}

function logAndAck(s: ZkServer, learner: LearnerState, txn: Txn): void {
  const lastPending = lastOf(learner.pending);
  if (txn.zxid <= s.lastLoggedZxid() || (lastPending && txn.zxid <= lastPending.zxid)) return;
  learner.pending.push(txn);
  if (learner.phase === 'sync') {
    learner.unlogged.push(txn);
    return;
  }
  s.persist({ type: 'append', txn });
  s.sendZab(learner.conn, { type: 'ack', zxid: txn.zxid, connId: 0, seq: 0 });
}

function onCommit(s: ZkServer, learner: LearnerState, zxid: Zxid): void {
  const head = learner.pending[0];
  if (!head || head.zxid !== zxid) {
    // FollowerZooKeeperServer.commit: committing out of order means the ensemble view is broken.
    s.becomeLooking({ why: 'commit-out-of-order', leader: learner.leaderId, zxid, pendingZxid: head ? head.zxid : null });
    return;
  }
  learner.pending.shift();
  s.applyCommitted(head, 'commit');
}

// ------------------------------------------------------------------ timers

export function learnerOnTimer(s: ZkServer, learner: LearnerState, name: TimerName): void {
  if (name === 'connect-retry') {
    // No budget check here: a retry is scheduled only with more than its delay left.
    if (learner.phase !== 'info') return;
    learner.conn = newConnection(s, learner.leaderId);
    learner.lastHeardMs = s.nowMs;
    sendFollowerInfo(s, learner);
    armReadTimeout(s, learner);
    return;
  }
  if (name !== 'learner-read') return;
  const limit = readLimitMs(s, learner);
  const silentMs = s.nowMs - learner.lastHeardMs;
  if (silentMs < limit) {
    armReadTimeout(s, learner);
    return;
  }
  s.emit({ kind: 'peer-suspected', cause: 'leader-silent', peer: learner.leaderId, silentMs, limitMs: limit, limit: readLimit(s, learner), peers: [learner.leaderId] });
  s.suspect(learner.leaderId, learner.lastHeardMs, limit);
  s.sendZab(learner.conn, { type: 'close', reason: { why: 'timed-out' }, connId: 0, seq: 0 });
  s.becomeLooking({ why: 'leader-silent', leader: learner.leaderId, silentMs });
}

export function learnerWatches(s: ZkServer, learner: LearnerState, nowMs: number): PeerWatch[] {
  const timeoutMs = readLimitMs(s, learner);
  return [{ peer: learner.leaderId, lastHeardMs: learner.lastHeardMs, timeoutMs, suspected: nowMs - learner.lastHeardMs > timeoutMs }];
}

