import { DataTree } from './dataTree.ts';
import { summarizeTxnOp, type SyncEvent } from './events.ts';
import { ProposalQueue } from './proposalQueue.ts';
import { containsQuorum, isQuorumOfVoters } from './quorum.ts';
import { refuseConnection } from './learner.ts';
import { acceptZab, type ZabConnection, type ZkServer } from './server.ts';
import { SessionTracker } from './sessionTracker.ts';
import { chooseSync, type SyncPlan } from './sync.ts';
import { makeZxid, MAX_COUNTER } from './zxid.ts';
import type { LeaderShutdown, LearnerDropReason, TickLimit } from './reasons.ts';
import type { PeerMessage, PeerWatch, ServerId, TimerName, Txn, TxnOp, Zxid, ZabMessage } from './types.ts';

// Leader.lead and LearnerHandler: discovery, sync, broadcast and the per-tick quorum check.

type HandlerPhase = 'info' | 'epoch' | 'newleader' | 'serving';

export interface LearnerHandler {
  sid: ServerId;
  conn: ZabConnection;
  observer: boolean;
  phase: HandlerPhase;
  acceptedEpoch: number;
  /** Sync was sent, so proposals from now on go to this learner too (forwardingFollowers). */
  forwarding: boolean;
  /** The tick by which it must have sent a packet in the main loop to count as synced. */
  tickOfNextAckDeadline: number;
  lastHeardMs: number;
  /**
   * When the handler's current socket read began, or null while it waits on the leader instead
   * (getEpochToPropose, waitForEpochAck, waitForNewLeaderAck), reading nothing.
   */
  readSinceMs: number | null;
  /** The socket timeout: initLimit × tickTime until the NEWLEADER ack, then syncLimit × tickTime. */
  readTimeoutMs: number;
  /** The learner's last logged zxid, from its ACKEPOCH. */
  lastZxid: Zxid;
  epochAcked: boolean;
}

interface Outstanding {
  readonly zxid: Zxid;
  txn: Txn;
  /** Voters that logged it, the leader first, each once, in the order their acks came. */
  acks: ServerId[];
  proposedMs: number;
}

export type LeaderPhase = 'discovery' | 'epoch-ack' | 'newleader' | 'broadcast';

export class LeaderState {
  phase: LeaderPhase = 'discovery';
  /** The epoch this leader proposes: max over accepted epochs + 1. */
  epoch: number;
  /**
   * One handler per learner connection, keyed by connection id, as ZooKeeper runs one LearnerHandler
   * per accepted socket: a late FOLLOWERINFO of a connection the learner has abandoned (TCP delivered
   * it after a partition) gets its own handler, which the learner refuses, and never replaces the
   * live one. Quorums count server ids, so a second connection of a server counts once.
   */
  readonly handlers = new Map<number, LearnerHandler>();
  readonly connecting = new Set<ServerId>();
  readonly epochAckers = new Set<ServerId>();
  readonly newLeaderAckers = new Set<ServerId>();
  /** The leader's tick count (Leader.tick in ZooKeeper): 0 until the epoch is established, then one more each tickTime. */
  tick = 0;
  /** Leader.lead pings twice a tick, so it counts and checks the tick every other half tick. */
  tickSkip = true;
  /** When the handler-read timer is armed for, or null when it is not armed. */
  readTimerAtMs: number | null = null;
  counter = 0;
  readonly outstanding = new ProposalQueue<Outstanding>();
  lastProposed: Zxid = 0;
  /** The tree as it will be once every outstanding proposal commits: PrepRequestProcessor validates against it. */
  prepared: DataTree;
  readonly sessions: SessionTracker;
  phaseStartMs: number;

  constructor(s: ZkServer) {
    this.epoch = s.durable.acceptedEpoch + 1;
    this.prepared = s.tree.clone();
    this.sessions = new SessionTracker(s.cfg.tickTimeMs);
    this.phaseStartMs = s.nowMs;
  }

  syncedLearners(): ServerId[] {
    const ids: ServerId[] = [];
    for (const h of this.handlers.values()) if (h.phase === 'serving' && !ids.includes(h.sid)) ids.push(h.sid);
    return ids.sort((a, b) => a - b);
  }
}

export function startLeading(s: ZkServer): void {
  const l = new LeaderState(s);
  s.leader = l;
  l.connecting.add(s.id);
  s.emit({ kind: 'state-change', change: 'leading', epoch: l.epoch, limit: initLimit(s) });
  armInitLimit(s, l);
  maybeFinishDiscovery(s, l);
}

function initLimitMs(s: ZkServer): number {
  return s.cfg.initLimitTicks * s.cfg.tickTimeMs;
}

function initLimit(s: ZkServer): TickLimit {
  return { name: 'initLimit', ticks: s.cfg.initLimitTicks, tickTimeMs: s.cfg.tickTimeMs };
}

function syncLimitMs(s: ZkServer): number {
  return s.cfg.syncLimitTicks * s.cfg.tickTimeMs;
}

function armInitLimit(s: ZkServer, l: LeaderState): void {
  l.phaseStartMs = s.nowMs;
  s.setTimer('zab-init', s.nowMs + initLimitMs(s));
}

function armTick(s: ZkServer): void {
  s.setTimer('leader-tick', s.nowMs + s.cfg.tickTimeMs / 2);
}

// ------------------------------------------------------------------ messages

export function leaderOnMessage(s: ZkServer, l: LeaderState, from: ServerId, message: PeerMessage): void {
  if (message.type === 'notification' || message.type === 'heartbeat') return;
  if (message.type === 'followerinfo') {
    onFollowerInfo(s, l, from, message);
    return;
  }
  const h = l.handlers.get(message.connId);
  if (!h || h.sid !== from) {
    if (message.type !== 'close') refuseConnection(s, from, message.connId);
    return;
  }
  if (message.type === 'close') {
    dropLearner(s, l, h, { why: 'learner-closed', close: message.reason });
    return;
  }
  const verdict = acceptZab(h.conn, message);
  if (verdict === 'stale') return;
  if (verdict === 'broken') {
    dropLearner(s, l, h, { why: 'connection-broken' });
    return;
  }
  h.lastHeardMs = s.nowMs;
  // LearnerHandler.run's main loop, after UPTODATE: every packet read moves the ack deadline and
  // starts the next read. Handshake packets are read before it and do neither.
  if (h.phase === 'serving') {
    h.tickOfNextAckDeadline = l.tick + s.cfg.syncLimitTicks;
    h.readSinceMs = s.nowMs;
  }
  onLearnerPacket(s, l, h, message);
}

function onLearnerPacket(s: ZkServer, l: LeaderState, h: LearnerHandler, message: ZabMessage): void {
  switch (message.type) {
    case 'ackepoch':
      onAckEpoch(s, l, h, message.currentEpoch, message.lastZxid);
      return;
    case 'ack':
      onAck(s, l, h, message.zxid);
      return;
    case 'ping':
      for (const session of message.sessions) l.sessions.touch(session, s.nowMs);
      return;
    case 'request':
      s.clients.leaderOnForwardedRequest(h, message.client, message.requestId, message.op);
      return;
    case 'revalidate':
      s.clients.leaderOnRevalidate(h, message.client, message.requestId, message.sessionId);
      return;
    default:
      return;
  }
}

function onFollowerInfo(s: ZkServer, l: LeaderState, from: ServerId, m: Extract<PeerMessage, { type: 'followerinfo' }>): void {
  const previous = l.handlers.get(m.connId);
  if (previous && previous.sid === from) return;
  const h: LearnerHandler = {
    sid: from,
    conn: { peer: from, connId: m.connId, sendSeq: 0, recvSeq: m.seq },
    observer: m.observer,
    phase: 'info',
    acceptedEpoch: m.acceptedEpoch,
    forwarding: false,
    tickOfNextAckDeadline: l.tick + s.cfg.initLimitTicks + s.cfg.syncLimitTicks,
    lastHeardMs: s.nowMs,
    readSinceMs: null,
    readTimeoutMs: initLimitMs(s),
    lastZxid: 0,
    epochAcked: false,
  };
  l.handlers.set(m.connId, h);
  if (l.phase === 'discovery') {
    // getEpochToPropose: the new epoch beats every accepted epoch heard of, an observer's too;
    // only participants (voters) count towards the quorum of connected followers.
    if (m.acceptedEpoch >= l.epoch) l.epoch = m.acceptedEpoch + 1;
    if (s.voterSet.has(from)) l.connecting.add(from);
    maybeFinishDiscovery(s, l);
  } else {
    sendLeaderInfo(s, l, h);
  }
}

/** LEADERINFO goes out, and the handler reads the ACKEPOCH. */
function sendLeaderInfo(s: ZkServer, l: LeaderState, h: LearnerHandler): void {
  s.sendZab(h.conn, { type: 'leaderinfo', newEpoch: l.epoch, connId: 0, seq: 0 });
  h.phase = 'epoch';
  startReading(s, l, h);
}

function maybeFinishDiscovery(s: ZkServer, l: LeaderState): void {
  if (l.phase !== 'discovery' || !containsQuorum(l.connecting, s.cfg.voters)) return;
  s.persist({ type: 'accepted-epoch', epoch: l.epoch });
  l.phase = 'epoch-ack';
  l.epochAckers.add(s.id);
  const followers = [...l.connecting].filter((x) => x !== s.id);
  s.emit({ kind: 'epoch-accepted', epoch: l.epoch, followers, peers: [...l.connecting] });
  for (const h of l.handlers.values()) sendLeaderInfo(s, l, h);
  armInitLimit(s, l);
  maybeFinishEpochAck(s, l);
}

function onAckEpoch(s: ZkServer, l: LeaderState, h: LearnerHandler, currentEpoch: number, lastZxid: Zxid): void {
  if (h.phase !== 'epoch' || h.epochAcked) return;
  h.lastZxid = lastZxid;
  h.epochAcked = true;
  h.readSinceMs = null; // waitForEpochAck
  // waitForEpochAck returns at once once a quorum acked the epoch; until then our epoch and
  // lastProcessedZxid are still the leaderStateSummary taken when we started leading.
  if (currentEpoch !== -1 && l.phase === 'epoch-ack') {
    // A follower with more recent history than ours must not be synced by us.
    const leaderEpoch = s.durable.currentEpoch;
    const leaderZxid = s.lastProcessedZxid();
    if (currentEpoch > leaderEpoch || (currentEpoch === leaderEpoch && lastZxid > leaderZxid)) {
      s.emit({ kind: 'follower-refused', follower: h.sid, followerEpoch: currentEpoch, followerZxid: lastZxid, leaderEpoch, leaderZxid, peers: [h.sid] });
      dropLearner(s, l, h, { why: 'ahead-of-leader' });
      return;
    }
    if (!h.observer) l.epochAckers.add(h.sid);
  }
  if (l.phase === 'epoch-ack') maybeFinishEpochAck(s, l);
  else syncLearner(s, l, h);
}

function maybeFinishEpochAck(s: ZkServer, l: LeaderState): void {
  if (l.phase !== 'epoch-ack' || !containsQuorum(l.epochAckers, s.cfg.voters)) return;
  s.persist({ type: 'current-epoch', epoch: l.epoch });
  l.phase = 'newleader';
  l.newLeaderAckers.add(s.id);
  l.lastProposed = makeZxid(l.epoch, 0);
  armInitLimit(s, l);
  for (const h of l.handlers.values()) if (h.phase === 'epoch' && h.epochAcked) syncLearner(s, l, h);
  maybeEstablish(s, l);
}

/** Committed history the leader can sync from: everything logged that is not an outstanding proposal. */
function committedTxns(s: ZkServer, l: LeaderState): Txn[] {
  const log = s.durable.log;
  let end = log.length;
  while (end > 0 && l.outstanding.has(log[end - 1]!.zxid)) end--;
  return end === log.length ? log : log.slice(0, end);
}

function syncLearner(s: ZkServer, l: LeaderState, h: LearnerHandler): void {
  const committed = committedTxns(s, l);
  const plan = chooseSync(h.lastZxid, {
    lastProcessedZxid: s.tree.lastZxid,
    committedLog: committed.slice(-s.cfg.commitLogCount),
    txnLog: committed,
    txnLogStartZxid: committed.length > 0 ? committed[0]!.zxid : s.durable.snapshot ? s.durable.snapshot.zxid : 0,
  });
  sendSyncPlan(s, h, plan);
  reportSync(s, h, plan);
  h.forwarding = true;
  // Leader.startForwarding: proposals still in flight follow the sync, so a follower can ack them like
  // everyone else. Only participants get them: an observer learns each one by INFORM once committed.
  if (!h.observer) for (let i = 0; i < l.outstanding.size; i++) s.sendZab(h.conn, { type: 'proposal', txn: l.outstanding.at(i)!.txn, connId: 0, seq: 0 });
  s.sendZab(h.conn, { type: 'newleader', epoch: l.epoch, connId: 0, seq: 0 });
  h.phase = 'newleader';
  startReading(s, l, h);
}

function sendSyncPlan(s: ZkServer, h: LearnerHandler, plan: SyncPlan): void {
  if (plan.mode === 'diff') s.sendZab(h.conn, { type: 'diff', zxid: s.tree.lastZxid, txns: plan.txns, connId: 0, seq: 0 });
  else if (plan.mode === 'trunc') s.sendZab(h.conn, { type: 'trunc', zxid: plan.truncZxid, txns: plan.txns, connId: 0, seq: 0 });
  else s.sendZab(h.conn, { type: 'snap', snapshot: s.tree.snapshot(), txns: [], connId: 0, seq: 0 });
}

function reportSync(s: ZkServer, h: LearnerHandler, plan: SyncPlan): void {
  const base = { kind: 'sync', side: 'leader', learner: h.sid, fromZxid: h.lastZxid, peers: [h.sid] } satisfies Partial<SyncEvent>;
  if (plan.mode === 'snap') s.emit({ ...base, mode: 'snap', snapshotZxid: s.tree.lastZxid });
  else if (plan.mode === 'trunc') s.emit({ ...base, mode: 'trunc', truncZxid: plan.truncZxid, sent: plan.txns.map((t) => t.zxid) });
  else s.emit({ ...base, mode: 'diff', sent: plan.txns.map((t) => t.zxid) });
}

function onAck(s: ZkServer, l: LeaderState, h: LearnerHandler, zxid: Zxid): void {
  if (h.phase === 'newleader' && zxid === makeZxid(l.epoch, 0)) {
    // Past waitForNewLeaderAck the socket timeout is syncLimit; until then the handler reads nothing.
    h.readTimeoutMs = syncLimitMs(s);
    h.readSinceMs = null;
    if (!h.observer) l.newLeaderAckers.add(h.sid);
    if (l.phase === 'broadcast') sendUpToDate(s, l, h);
    else maybeEstablish(s, l);
    return;
  }
  const o = l.outstanding.get(zxid);
  if (!o || h.observer) return;
  if (!o.acks.includes(h.sid)) o.acks.push(h.sid);
  tryToCommit(s, l);
}

function maybeEstablish(s: ZkServer, l: LeaderState): void {
  if (l.phase !== 'newleader' || !containsQuorum(l.newLeaderAckers, s.cfg.voters)) return;
  l.phase = 'broadcast';
  s.cancelTimer('zab-init');
  s.updateElectionVote(l.epoch);
  // The new leader's whole log is its committed history (zk.loadData).
  for (const txn of s.durable.log) if (!l.outstanding.has(txn.zxid)) s.applyCommitted(txn, 'sync');
  // Leader.startZkServer: the epoch's start, (epoch, 0), becomes the last processed zxid.
  s.tree.setLastProcessedZxid(makeZxid(l.epoch, 0));
  l.prepared = s.tree.clone();
  for (const session of s.tree.sessions()) l.sessions.add(session.sessionId, session.timeoutMs, s.nowMs);
  const followers = [...l.newLeaderAckers].filter((x) => x !== s.id);
  s.emit({ kind: 'leader-elected', epoch: l.epoch, followers, voters: s.cfg.voters.length, zxid: s.tree.lastZxid, peers: followers });
  for (const h of l.handlers.values()) if (h.phase === 'newleader' && (l.newLeaderAckers.has(h.sid) || h.observer)) sendUpToDate(s, l, h);
  armSessionCheck(s, l);
  // Leader.lead's ping loop starts only now, after waitForNewLeaderAck and startZkServer.
  armTick(s);
}

function sendUpToDate(s: ZkServer, l: LeaderState, h: LearnerHandler): void {
  s.sendZab(h.conn, { type: 'uptodate', connId: 0, seq: 0 });
  h.phase = 'serving';
  h.readTimeoutMs = syncLimitMs(s);
  startReading(s, l, h);
  s.emit({ kind: 'learner-synced', side: 'leader', learner: h.sid, peers: [h.sid] });
}

// ------------------------------------------------------------------ broadcast

/** Leader.propose: assign the next zxid, log it, and send it to every forwarding learner. */
export function propose(s: ZkServer, l: LeaderState, op: TxnOp, origin: ServerId, requestId: number): Txn | null {
  if (l.phase !== 'broadcast') return null;
  // ZOOKEEPER-1277: a counter with all 32 bits set is never proposed; the leader shuts down instead,
  // so the next election starts a new epoch.
  if (l.counter + 1 >= MAX_COUNTER) {
    shutdownLeader(s, l, { why: 'zxid-rollover' });
    return null;
  }
  l.counter++;
  const txn: Txn = { zxid: makeZxid(l.epoch, l.counter), op, origin, requestId };
  l.prepared.apply(txn);
  s.persist({ type: 'append', txn });
  l.outstanding.add({ zxid: txn.zxid, txn, acks: [s.id], proposedMs: s.nowMs });
  l.lastProposed = txn.zxid;
  for (const h of l.handlers.values()) if (h.forwarding && !h.observer) s.sendZab(h.conn, { type: 'proposal', txn, connId: 0, seq: 0 });
  tryToCommit(s, l);
  return txn;
}

/** tryToCommit: commit strictly in zxid order, each once a quorum of voters logged it. */
function tryToCommit(s: ZkServer, l: LeaderState): void {
  for (let o = l.outstanding.oldest(); o !== undefined; o = l.outstanding.oldest()) {
    // o.acks holds voters only: observers' acks are never added.
    if (!isQuorumOfVoters(o.acks, s.cfg.voters.length)) return;
    const zxid = o.txn.zxid;
    l.outstanding.removeOldest();
    s.applyCommitted(o.txn, 'commit');
    for (const h of l.handlers.values()) {
      if (!h.forwarding) continue;
      if (h.observer) s.sendZab(h.conn, { type: 'inform', txn: o.txn, connId: 0, seq: 0 });
      else s.sendZab(h.conn, { type: 'commit', zxid, connId: 0, seq: 0 });
    }
    const ackedBy = o.acks.slice();
    s.emit({ kind: 'proposal-committed', zxid, op: summarizeTxnOp(o.txn.op), ackedBy, voters: s.cfg.voters.length, peers: ackedBy });
  }
}

// ------------------------------------------------------------------ timers and failure detection

export function leaderOnTimer(s: ZkServer, l: LeaderState, name: TimerName): void {
  if (name === 'leader-tick') onHalfTick(s, l);
  else if (name === 'handler-read') onHandlerReadTimer(s, l);
  else if (name === 'zab-init') onInitLimitExpired(s, l);
  else if (name === 'session-check') onSessionCheck(s, l);
}

function onInitLimitExpired(s: ZkServer, l: LeaderState): void {
  if (l.phase === 'broadcast') return;
  const waitingFor = l.phase === 'discovery' ? 'followers' : l.phase === 'epoch-ack' ? 'epoch-acks' : 'newleader-acks';
  const have = l.phase === 'discovery' ? l.connecting : l.phase === 'epoch-ack' ? l.epochAckers : l.newLeaderAckers;
  shutdownLeader(s, l, { why: 'init-limit', waitingFor, have: [...have], limit: initLimit(s) });
}

/**
 * Leader.lead's loop once established: each half tick it pings every learner; every other one it
 * counts a tick and steps down unless a quorum of voters is synced (sent something by their deadline).
 */
function onHalfTick(s: ZkServer, l: LeaderState): void {
  armTick(s);
  if (!l.tickSkip) {
    l.tick++;
    const synced = [s.id];
    for (const h of l.handlers.values()) if (!h.observer && l.tick <= h.tickOfNextAckDeadline) synced.push(h.sid);
    if (!containsQuorum(synced, s.cfg.voters)) {
      shutdownLeader(s, l, { why: 'not-synced', synced, voters: s.cfg.voters.length }, synced);
      return;
    }
  }
  l.tickSkip = !l.tickSkip;
  for (const h of [...l.handlers.values()]) pingLearner(s, l, h);
}

/** The handler starts a socket read now, which times out after its readTimeoutMs. */
function startReading(s: ZkServer, l: LeaderState, h: LearnerHandler): void {
  h.readSinceMs = s.nowMs;
  armHandlerRead(s, l, s.nowMs + h.readTimeoutMs);
}

/** One timer for every handler's read; moved only earlier, as reads only push their deadlines later. */
function armHandlerRead(s: ZkServer, l: LeaderState, dueMs: number): void {
  if (l.readTimerAtMs !== null && l.readTimerAtMs <= dueMs) return;
  l.readTimerAtMs = dueMs;
  s.setTimer('handler-read', dueMs);
}

/** A LearnerHandler whose socket read timed out closes its connection (SocketTimeoutException). */
function onHandlerReadTimer(s: ZkServer, l: LeaderState): void {
  l.readTimerAtMs = null;
  let nextDueMs = Infinity;
  for (const h of [...l.handlers.values()]) {
    if (h.readSinceMs === null) continue;
    const dueMs = h.readSinceMs + h.readTimeoutMs;
    if (dueMs > s.nowMs) {
      nextDueMs = Math.min(nextDueMs, dueMs);
      continue;
    }
    s.suspect(h.sid, h.readSinceMs, h.readTimeoutMs);
    dropLearner(s, l, h, { why: 'read-timeout', silentMs: s.nowMs - h.readSinceMs });
  }
  if (nextDueMs !== Infinity) armHandlerRead(s, l, nextDueMs);
}

/** LearnerHandler.ping: drop a learner that left a proposal un-acked for syncLimit, else ping it. */
function pingLearner(s: ZkServer, l: LeaderState, h: LearnerHandler): void {
  const o = l.outstanding.oldest();
  if (h.forwarding && !h.observer && l.phase === 'broadcast' && o !== undefined) {
    if (!o.acks.includes(h.sid) && s.nowMs - o.proposedMs >= syncLimitMs(s)) {
      dropLearner(s, l, h, { why: 'proposal-unacked', zxid: o.txn.zxid, unackedMs: s.nowMs - o.proposedMs });
      return;
    }
  }
  if (h.phase === 'serving' || h.phase === 'newleader') s.sendZab(h.conn, { type: 'ping', lastProposed: l.lastProposed, sessions: [], connId: 0, seq: 0 });
}

export function dropLearner(s: ZkServer, l: LeaderState, h: LearnerHandler, reason: LearnerDropReason): void {
  if (l.handlers.get(h.conn.connId) !== h) return;
  l.handlers.delete(h.conn.connId);
  s.sendZab(h.conn, { type: 'close', reason: { why: 'dropped', drop: reason }, connId: 0, seq: 0 });
  s.emit({ kind: 'learner-dropped', learner: h.sid, reason, peers: [h.sid] });
}

/** The peer's host reset its connections: every handler of that server ends. */
export function leaderOnPeerReset(s: ZkServer, l: LeaderState, peer: ServerId): void {
  for (const h of [...l.handlers.values()]) {
    if (h.sid !== peer) continue;
    s.suspect(peer, h.lastHeardMs, syncLimitMs(s));
    dropLearner(s, l, h, { why: 'connection-reset' });
  }
}

/** Steps down: says why, closes every learner connection and starts looking. */
function shutdownLeader(s: ZkServer, l: LeaderState, shutdown: LeaderShutdown, peers?: ServerId[]): void {
  s.emit({ kind: 'step-down', epoch: l.epoch, shutdown, ...(peers ? { peers } : {}) });
  for (const h of l.handlers.values()) s.sendZab(h.conn, { type: 'close', reason: { why: 'leader-shutdown' }, connId: 0, seq: 0 });
  l.handlers.clear();
  s.becomeLooking({ why: 'shut-down-leading', epoch: l.epoch, shutdown });
}

// ------------------------------------------------------------------ sessions

function armSessionCheck(s: ZkServer, l: LeaderState): void {
  const next = l.sessions.nextExpiryMs();
  if (next === null) s.cancelTimer('session-check');
  else s.setTimer('session-check', Math.max(next, s.nowMs));
}

function onSessionCheck(s: ZkServer, l: LeaderState): void {
  if (l.phase !== 'broadcast') return;
  for (const sessionId of l.sessions.expire(s.nowMs)) {
    s.clients.expireSession(l, sessionId);
  }
  armSessionCheck(s, l);
}

export function rearmSessionCheck(s: ZkServer, l: LeaderState): void {
  armSessionCheck(s, l);
}

// ------------------------------------------------------------------ watches

export function leaderWatches(s: ZkServer, l: LeaderState, nowMs: number): PeerWatch[] {
  // One watch per server: its newest connection (handlers iterate in the order they were accepted).
  const watches = new Map<ServerId, PeerWatch>();
  for (const h of l.handlers.values()) {
    // A handler waiting on the leader reads nothing, so its silence does not count.
    const sinceMs = h.readSinceMs ?? nowMs;
    watches.set(h.sid, { peer: h.sid, lastHeardMs: sinceMs, timeoutMs: h.readTimeoutMs, suspected: nowMs - sinceMs >= h.readTimeoutMs });
  }
  return [...watches.values()].sort((a, b) => a.peer - b.peer);
}
