// The contract of a ZooKeeper server core (DESIGN §2): inputs in, outputs out, nothing else.
// Server ids are ZooKeeper myids (1…N). Clients are named strings ("c1").

import type { CoreEvent } from './events.ts';
import type { CloseReason } from './reasons.ts';
import type { RequestProblem } from './requestProblems.ts';

/** Omit over each member of a union (Omit on a union would merge the members). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type ServerId = number;
export type ClientName = string;
/** A zxid: (epoch << 32) | counter, kept as a bigint-free number (epochs stay far below 2^21). */
export type Zxid = number;

export type Role = 'looking' | 'following' | 'leading' | 'observing';
export type DetectorMode = 'zookeeper' | 'all-to-all';

export interface ServerConfig {
  id: ServerId;
  voters: readonly ServerId[];
  observers: readonly ServerId[];
  tickTimeMs: number;
  initLimitTicks: number;
  syncLimitTicks: number;
  detector: DetectorMode;
  /** all-to-all detector only: every node heartbeats every node this often. */
  heartbeatMs: number;
  /** all-to-all detector only: a peer silent for longer than this is suspected. */
  timeoutMs: number;
  finalizeWaitMs: number;
  maxNotificationIntervalMs: number;
  minSessionTimeoutMs: number;
  maxSessionTimeoutMs: number;
  /** zookeeper.commitLogCount: how many committed proposals the leader keeps for DIFF. */
  commitLogCount: number;
}

// ---------------------------------------------------------------- data

export type CreateMode = 'persistent' | 'ephemeral' | 'persistent-sequential' | 'ephemeral-sequential';

export interface ZnodeData {
  path: string;
  value: string;
  /** Session id owning an ephemeral node; 0 for persistent nodes. */
  ephemeralOwner: number;
  version: number;
  czxid: Zxid;
  mzxid: Zxid;
  /** Sequence counter for sequential children (parent's cversion in ZooKeeper). */
  cversion: number;
}

/** A transaction body, as the leader resolved it (paths final, versions checked). */
export type TxnOp =
  | { type: 'create'; path: string; value: string; ephemeralOwner: number }
  | { type: 'set'; path: string; value: string }
  | { type: 'delete'; path: string }
  | { type: 'createSession'; sessionId: number; timeoutMs: number; client: ClientName }
  | { type: 'closeSession'; sessionId: number; reason: 'expired' | 'closed' };

export interface Txn {
  zxid: Zxid;
  op: TxnOp;
  /** The server that received the client request, so it can answer the client on commit. */
  origin: ServerId;
  requestId: number;
}

export interface SessionRecord {
  sessionId: number;
  timeoutMs: number;
  client: ClientName;
}

export interface TreeSnapshot {
  /** DataTree.lastProcessedZxid: the last transaction, or (epoch, 0) taken at a leader's establishment. */
  zxid: Zxid;
  /** The last transaction in it, when that differs from `zxid` (the playground shows applied txns). */
  lastTxnZxid?: Zxid;
  nodes: ZnodeData[];
  sessions: SessionRecord[];
}

/** What survives a restart: the txn log, epochs, and a snapshot (after SNAP sync). */
export interface DurableState {
  acceptedEpoch: number;
  currentEpoch: number;
  snapshot: TreeSnapshot | null;
  log: Txn[];
}

// ---------------------------------------------------------------- client requests

export type ClientOp =
  | { type: 'connect'; timeoutMs: number; sessionId: number; lastZxidSeen: Zxid }
  | { type: 'ping'; sessionId: number }
  | { type: 'create'; sessionId: number; path: string; value: string; mode: CreateMode }
  | { type: 'set'; sessionId: number; path: string; value: string; version: number }
  | { type: 'delete'; sessionId: number; path: string; version: number }
  | { type: 'get'; sessionId: number; path: string }
  | { type: 'close'; sessionId: number };

export type ClientResult =
  | { ok: true; type: 'connected'; sessionId: number; timeoutMs: number }
  | { ok: true; type: 'pong' }
  | { ok: true; type: 'created'; path: string; zxid: Zxid }
  | { ok: true; type: 'set'; zxid: Zxid; version: number }
  | { ok: true; type: 'deleted'; zxid: Zxid }
  | { ok: true; type: 'data'; value: string; version: number; zxid: Zxid; serverZxid: Zxid }
  | { ok: true; type: 'closed' }
  | { ok: false; code: ClientErrorCode; problem: RequestProblem };

export type ClientErrorCode =
  | 'NONODE'
  | 'NODEEXISTS'
  | 'NOTEMPTY'
  | 'BADVERSION'
  | 'NOCHILDRENFOREPHEMERALS'
  | 'BADARGUMENTS'
  /** The znode's ACL does not grant the operation (here only /zookeeper/config, READ for clients). */
  | 'NOAUTH'
  | 'SESSIONEXPIRED'
  | 'CONNECTIONLOSS'
  | 'NOTREADONLY';

// ---------------------------------------------------------------- peer messages

/** FLE states on the wire. */
export type PeerState = 'looking' | 'following' | 'leading' | 'observing';

export interface Vote {
  leader: ServerId;
  zxid: Zxid;
  electionEpoch: number;
  peerEpoch: number;
  state: PeerState;
}

/** Messages of one Zab connection carry its id and a sequence number (TCP's ordering). */
export interface ZabHeader {
  connId: number;
  seq: number;
}

export type PeerMessage =
  | ({ type: 'notification' } & Vote)
  | (ZabHeader & { type: 'followerinfo'; acceptedEpoch: number; observer: boolean })
  | (ZabHeader & { type: 'leaderinfo'; newEpoch: number })
  | (ZabHeader & { type: 'ackepoch'; currentEpoch: number; lastZxid: Zxid })
  | (ZabHeader & { type: 'diff'; zxid: Zxid; txns: Txn[] })
  | (ZabHeader & { type: 'trunc'; zxid: Zxid; txns: Txn[] })
  | (ZabHeader & { type: 'snap'; snapshot: TreeSnapshot; txns: Txn[] })
  | (ZabHeader & { type: 'newleader'; epoch: number })
  | (ZabHeader & { type: 'ack'; zxid: Zxid })
  | (ZabHeader & { type: 'uptodate' })
  | (ZabHeader & { type: 'proposal'; txn: Txn })
  | (ZabHeader & { type: 'commit'; zxid: Zxid })
  | (ZabHeader & { type: 'inform'; txn: Txn })
  | (ZabHeader & { type: 'ping'; lastProposed: Zxid; sessions: number[] })
  | (ZabHeader & { type: 'request'; client: ClientName; requestId: number; op: ClientOp })
  | (ZabHeader & { type: 'reply'; client: ClientName; requestId: number; result: ClientResult })
  | (ZabHeader & { type: 'revalidate'; client: ClientName; requestId: number; sessionId: number })
  /** A graceful close of the connection (the TCP FIN); subject to link faults like any packet. */
  | (ZabHeader & { type: 'close'; reason: CloseReason })
  | { type: 'heartbeat'; leader: ServerId | null; epoch: number };

export type ZabMessage = Extract<PeerMessage, ZabHeader>;

export interface ClientRequestMessage {
  type: 'client-request';
  client: ClientName;
  requestId: number;
  op: ClientOp;
}

export interface ClientReplyMessage {
  type: 'client-reply';
  client: ClientName;
  requestId: number;
  result: ClientResult;
  /** The server's last applied zxid when it answered, so a client can see staleness. */
  serverZxid: Zxid;
}

// ---------------------------------------------------------------- inputs and outputs

export type Input =
  | { kind: 'start' }
  | { kind: 'message'; from: ServerId; message: PeerMessage }
  | { kind: 'client'; message: ClientRequestMessage }
  | { kind: 'timer'; name: TimerName }
  /** A peer's connections were reset (the peer process was killed): noticed at once. */
  | { kind: 'peer-reset'; peer: ServerId }
  /** A client's connection to this server was reset or closed. */
  | { kind: 'client-gone'; client: ClientName };

export type TimerName =
  | 'leader-tick'
  /** The leader's LearnerHandler socket reads (initLimit, then syncLimit). */
  | 'handler-read'
  | 'learner-read'
  | 'fle-poll'
  | 'zab-init'
  | 'connect-retry'
  | 'heartbeat'
  | 'session-check';

/** The connection id of the election connection; Zab connection ids are never 0. */
export const ELECTION_CONNECTION = 0;

export type Output =
  /**
   * `connId`: the Zab connection the packet travels on, or ELECTION_CONNECTION for the election
   * connection (QuorumCnxManager: notifications, and the seed article's heartbeats), where a newer
   * message replaces one still waiting. Told by the sender, which knows it, so the host need not read
   * it back from a message whose shape differs with every type.
   */
  | { kind: 'send'; to: ServerId; message: PeerMessage; connId: number }
  | { kind: 'reply'; to: ClientName; message: ClientReplyMessage }
  | { kind: 'set-timer'; name: TimerName; atMs: number }
  | { kind: 'cancel-timer'; name: TimerName }
  /** Durable writes: the host applies them before delivering the sends that follow them. */
  | { kind: 'persist'; write: DurableWrite }
  | { kind: 'event'; event: CoreEvent };

export type DurableWrite =
  | { type: 'accepted-epoch'; epoch: number }
  | { type: 'current-epoch'; epoch: number }
  | { type: 'append'; txn: Txn }
  | { type: 'truncate'; toZxid: Zxid }
  | { type: 'snapshot'; snapshot: TreeSnapshot }
  /** Drop snapshot and log, keeping the epochs: the server will be re-synced with SNAP. */
  | { type: 'clear-data' };

// Events are data: their union lives in events.ts, their words in src/narrate.
export type { CoreEvent, EventKind } from './events.ts';

/** One monitored pair: who this server watches and how stale the watch is. */
export interface PeerWatch {
  peer: ServerId;
  lastHeardMs: number;
  timeoutMs: number;
  suspected: boolean;
}

/** A read-only picture of a server for the UI and the invariant checkers. */
export interface ServerView {
  id: ServerId;
  role: Role;
  acceptedEpoch: number;
  currentEpoch: number;
  lastZxid: Zxid;
  lastCommittedZxid: Zxid;
  leader: ServerId | null;
  /** True once this leader has a synced quorum, or this learner got UPTODATE. */
  established: boolean;
  electionRound: number;
  /**
   * While LOOKING: when the election's poll next fires (FastLeaderElection's notTimeout, doubling
   * up to maxNotificationInterval), and whether it then decides (a quorum agrees: finalizeWait) or
   * sends another round of notifications. Null otherwise.
   */
  electionPoll: { dueMs: number; intervalMs: number; deciding: boolean } | null;
  vote: Vote | null;
  watches: PeerWatch[];
  syncedLearners: ServerId[];
  outstandingProposals: number;
  sessions: number;
  znodes: number;
}
