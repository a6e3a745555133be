import { DataTree } from './dataTree.ts';
import { applyDurableWrite, cloneDurableState, lastLoggedTxnZxid, lastLoggedZxid } from './durable.ts';
import { ElectionState, electionPollView, onNotification, onPollTimer, replyToNotification, startLooking } from './election.ts';
import { onHeartbeat, onHeartbeatTimer, startHeartbeats, heartbeatWatches } from './heartbeat.ts';
import { type LeaderState, leaderOnMessage, leaderOnPeerReset, leaderOnTimer, leaderWatches, startLeading } from './leader.ts';
import { type LearnerState, learnerOnMessage, learnerOnTimer, learnerWatches, refuseConnection, startLearning } from './learner.ts';
import { ClientService } from './clientService.ts';
import type { Prng } from './prng.ts';
import type { LookingReason } from './reasons.ts';
import type {
  CoreEvent,
  DistributiveOmit,
  DurableState,
  DurableWrite,
  Input,
  Output,
  PeerMessage,
  PeerWatch,
  Role,
  ServerConfig,
  ServerId,
  ServerView,
  TimerName,
  Txn,
  Vote,
  ZabHeader,
  ZabMessage,
} from './types.ts';
import { ELECTION_CONNECTION } from './types.ts';

/** Observer for invariant checkers: called when this server applies a txn as committed. */
export type CommitObserver = (server: ServerId, txn: Txn, how: 'commit' | 'sync') => void;

/**
 * One ZooKeeper server as a deterministic state machine (DESIGN §2). `step` takes one input and the
 * simulated time, and returns what the host must do. Role logic lives in election.ts, leader.ts,
 * learner.ts, heartbeat.ts and clientService.ts; this class holds the state they share and the role
 * transitions, so an impossible transition has one place to fail.
 */
export class ZkServer {
  readonly cfg: ServerConfig;
  readonly prng: Prng;
  readonly durable: DurableState;
  readonly isObserver: boolean;
  readonly voterSet: ReadonlySet<ServerId>;
  tree: DataTree;
  role: Role = 'looking';
  nowMs = 0;
  started = false;
  /** The vote this server settled on in its last election (QuorumPeer.currentVote). */
  currentVote: Vote;
  readonly election: ElectionState;
  leader: LeaderState | null = null;
  learner: LearnerState | null = null;
  readonly clients: ClientService;
  /** all-to-all detector: when each peer was last heard, and who is suspected. */
  readonly heartbeatHeard = new Map<ServerId, number>();
  readonly heartbeatSuspected = new Set<ServerId>();
  /**
   * Peers this server stopped watching because it suspected them (timeout, reset, dropped learner).
   * They stay visible, with a growing age, until the peer is heard from again.
   */
  readonly lostWatches = new Map<ServerId, PeerWatch>();
  commitObserver: CommitObserver | null = null;
  private out: Output[] = [];

  constructor(cfg: ServerConfig, durable: DurableState, prng: Prng) {
    this.cfg = cfg;
    this.prng = prng;
    this.durable = cloneDurableState(durable);
    this.isObserver = cfg.observers.includes(cfg.id);
    this.voterSet = new Set(cfg.voters);
    this.tree = this.loadDatabase();
    this.election = new ElectionState(cfg.finalizeWaitMs);
    this.currentVote = this.initialVote();
    this.clients = new ClientService(this);
  }

  step(input: Input, nowMs: number): Output[] {
    this.nowMs = nowMs;
    this.out = [];
    switch (input.kind) {
      case 'start':
        this.onStart();
        break;
      case 'message':
        if (this.started) this.onMessage(input.from, input.message);
        break;
      case 'client':
        if (this.started) this.clients.onRequest(input.message);
        break;
      case 'timer':
        if (this.started) this.onTimer(input.name);
        break;
      case 'peer-reset':
        if (this.started) this.onPeerReset(input.peer);
        break;
      case 'client-gone':
        this.clients.onClientGone(input.client);
        break;
    }
    return this.out;
  }

  // ------------------------------------------------------------ output helpers

  /** Sends on the election connection (notifications, heartbeats). */
  sendElection(to: ServerId, message: PeerMessage): void {
    this.out.push({ kind: 'send', to, message, connId: ELECTION_CONNECTION });
  }

  /** Sends a packet that already carries its Zab connection id (a close for a connection we lack). */
  sendOnConnection(to: ServerId, message: ZabMessage): void {
    this.out.push({ kind: 'send', to, message, connId: message.connId });
  }

  /**
   * Sends a packet on a Zab connection, stamping its connection id and next sequence number over the
   * placeholders (`connId: 0, seq: 0`, last) of the fresh literal the caller passes. Stamping in place
   * saves a copy on the hottest path; the placeholders give the literal room for the two fields in the
   * object itself, since adding them afterwards, at this site that sees every message shape, took a
   * slow store and a separate property store per packet.
   */
  sendZab(conn: ZabConnection, message: ZabMessage): void {
    conn.sendSeq++;
    message.connId = conn.connId;
    message.seq = conn.sendSeq;
    this.out.push({ kind: 'send', to: conn.peer, message, connId: conn.connId });
  }

  emitOutput(output: Output): void {
    this.out.push(output);
  }

  setTimer(name: TimerName, atMs: number): void {
    this.out.push({ kind: 'set-timer', name, atMs });
  }

  cancelTimer(name: TimerName): void {
    this.out.push({ kind: 'cancel-timer', name });
  }

  persist(write: DurableWrite): void {
    applyDurableWrite(this.durable, write);
    this.out.push({ kind: 'persist', write });
  }

  emit(event: DistributiveOmit<CoreEvent, 'node'>): void {
    // Callers pass a fresh literal, so stamping the node in place saves a copy (as sendZab does).
    const stamped = event as CoreEvent;
    stamped.node = this.cfg.id;
    this.out.push({ kind: 'event', event: stamped });
  }

  // ------------------------------------------------------------ shared facts

  get id(): ServerId {
    return this.cfg.id;
  }

  lastLoggedZxid(): number {
    return lastLoggedZxid(this.durable);
  }

  /**
   * zkDb.getDataTreeLastProcessedZxid, which QuorumPeer.getLastLoggedZxid returns: what votes and
   * ACKEPOCH carry. It runs ahead of the log by the (epoch, 0) mark of an established leader.
   */
  lastProcessedZxid(): number {
    return this.tree.lastZxid;
  }

  /** Everyone this server talks to: voters and observers other than itself. */
  peers(): ServerId[] {
    return [...this.cfg.voters, ...this.cfg.observers].filter((p) => p !== this.cfg.id);
  }

  isServing(): boolean {
    if (this.role === 'leading') return this.leader !== null && this.leader.phase === 'broadcast';
    return this.learner !== null && this.learner.phase === 'serving';
  }

  /** ZKDatabase.loadDataBase: the snapshot plus every logged transaction, as a restarted server sees it. */
  loadDatabase(): DataTree {
    const tree = DataTree.fromSnapshot(this.durable.snapshot);
    for (const txn of this.durable.log) tree.apply(txn);
    return tree;
  }

  /**
   * ZooKeeperServer.shutdown → ZKDatabase.fastForwardDataBase: a server leaving its role applies what
   * its log holds beyond its tree (logged proposals count as its history) and keeps its
   * lastProcessedZxid, an epoch-start mark included.
   */
  private fastForwardDatabase(): void {
    for (const txn of this.durable.log) this.tree.apply(txn);
  }

  applyCommitted(txn: Txn, how: 'commit' | 'sync'): void {
    const result = this.tree.apply(txn);
    if (!result.applied) return;
    this.commitObserver?.(this.cfg.id, txn, how);
    this.clients.onApplied(txn, result.deletedPaths ?? []);
  }

  // ------------------------------------------------------------ transitions

  private onStart(): void {
    if (this.started) return;
    this.started = true;
    if (this.cfg.detector === 'all-to-all') startHeartbeats(this);
    this.becomeLooking({ why: 'started', currentEpoch: this.durable.currentEpoch });
  }

  /** Leaves any role for LOOKING and starts a new election round (QuorumPeer.run's loop). */
  becomeLooking(reason: LookingReason): void {
    const previous = this.role;
    this.leaveRole();
    this.role = 'looking';
    this.fastForwardDatabase();
    startLooking(this, reason, previous);
  }

  /** FLE decided: lead, follow or observe `leader`. */
  becomeDecided(vote: Vote): void {
    if (this.role !== 'looking') throw new Error(`Server ${this.id}: cannot finish an election while ${this.role}`);
    this.currentVote = vote;
    if (vote.leader === this.id) {
      if (this.isObserver) throw new Error(`Observer ${this.id} cannot lead`);
      this.role = 'leading';
      startLeading(this);
    } else {
      this.role = this.isObserver ? 'observing' : 'following';
      startLearning(this, vote.leader);
    }
  }

  /**
   * QuorumPeer.updateElectionVote (ZOOKEEPER-1732): once the new epoch is established, the vote this
   * server reports to late joiners carries it, so their quorum check sees one epoch across the ensemble.
   */
  updateElectionVote(newEpoch: number): void {
    this.currentVote = { ...this.currentVote, peerEpoch: newEpoch };
  }

  private leaveRole(): void {
    this.clients.dropAll({ why: 'stopped-serving', server: this.id });
    this.leader = null;
    this.learner = null;
    this.cancelTimer('leader-tick');
    this.cancelTimer('handler-read');
    this.cancelTimer('learner-read');
    this.cancelTimer('connect-retry');
    this.cancelTimer('zab-init');
    this.cancelTimer('session-check');
  }

  private initialVote(): Vote {
    return {
      leader: this.cfg.id,
      zxid: this.lastProcessedZxid(),
      electionEpoch: 0,
      peerEpoch: this.durable.currentEpoch,
      state: 'looking',
    };
  }

  // ------------------------------------------------------------ dispatch

  /** Records that this server gave up on `peer`, last heard at `lastHeardMs`. */
  suspect(peer: ServerId, lastHeardMs: number, timeoutMs: number): void {
    this.lostWatches.set(peer, { peer, lastHeardMs, timeoutMs, suspected: true });
  }

  private onMessage(from: ServerId, message: PeerMessage): void {
    if (this.lostWatches.size > 0 && message.type !== 'close') this.lostWatches.delete(from);
    if (message.type === 'notification') {
      replyToNotification(this, from, message);
      if (this.role === 'looking') onNotification(this, from, message);
      return;
    }
    if (message.type === 'heartbeat') {
      onHeartbeat(this, from, message.leader);
      return;
    }
    if (this.leader) leaderOnMessage(this, this.leader, from, message);
    else if (this.learner) learnerOnMessage(this, this.learner, from, message);
    else if (message.type !== 'close') refuseConnection(this, from, message.connId);
  }

  private onTimer(name: TimerName): void {
    if (name === 'fle-poll') {
      if (this.role === 'looking') onPollTimer(this);
    } else if (name === 'heartbeat') {
      onHeartbeatTimer(this);
    } else if (this.leader) {
      leaderOnTimer(this, this.leader, name);
    } else if (this.learner) {
      learnerOnTimer(this, this.learner, name);
    }
  }

  private onPeerReset(peer: ServerId): void {
    if (this.leader) leaderOnPeerReset(this, this.leader, peer);
    else if (this.learner && this.learner.leaderId === peer) {
      this.suspect(peer, this.learner.lastHeardMs, this.cfg.syncLimitTicks * this.cfg.tickTimeMs);
      this.emit({ kind: 'peer-suspected', cause: 'connection-reset', peer, peers: [peer] });
      this.becomeLooking({ why: 'leader-connection-reset', leader: peer });
    }
  }

  // ------------------------------------------------------------ view

  view(nowMs: number = this.nowMs): ServerView {
    const watches = this.cfg.detector === 'all-to-all'
      ? heartbeatWatches(this, nowMs)
      : this.leader ? leaderWatches(this, this.leader, nowMs)
      : this.learner ? learnerWatches(this, this.learner, nowMs)
      : [];
    for (const lost of this.lostWatches.values()) if (!watches.some((w) => w.peer === lost.peer)) watches.push(lost);
    const leaderId = this.role === 'leading' ? this.id : this.learner ? this.learner.leaderId : null;
    return {
      id: this.id,
      role: this.role,
      acceptedEpoch: this.durable.acceptedEpoch,
      currentEpoch: this.durable.currentEpoch,
      // Transactions, as the UI shows them; the vote carries lastProcessedZxid.
      lastZxid: lastLoggedTxnZxid(this.durable),
      lastCommittedZxid: this.tree.lastTxnZxid,
      leader: leaderId,
      established: this.isServing(),
      electionRound: this.election.logicalClock,
      electionPoll: this.role === 'looking' ? electionPollView(this.election) : null,
      vote: this.role === 'looking' ? this.election.proposalVote() : this.currentVote,
      watches,
      syncedLearners: this.leader ? this.leader.syncedLearners() : [],
      outstandingProposals: this.leader ? this.leader.outstanding.size : this.learner ? this.learner.pending.length : 0,
      sessions: this.tree.sessionCount,
      znodes: this.tree.userNodeCount,
    };
  }
}

export interface ZabConnection {
  peer: ServerId;
  connId: number;
  sendSeq: number;
  recvSeq: number;
}

export type { DistributiveOmit } from './types.ts';

/**
 * TCP gives ordered, gap-free delivery on a connection. A packet from another connection is stale;
 * a repeated one is a duplicate; a gap means the connection broke (a cut swallowed packets).
 */
export function acceptZab(conn: ZabConnection, message: ZabHeader): 'ok' | 'stale' | 'broken' {
  if (message.connId !== conn.connId) return 'stale';
  if (message.seq <= conn.recvSeq) return 'stale';
  if (message.seq !== conn.recvSeq + 1) return 'broken';
  conn.recvSeq = message.seq;
  return 'ok';
}
