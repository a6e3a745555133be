import type { ServerId, Zxid } from './types.ts';

// Why things happen, as data: every role change, dropped connection and closed socket names one of
// these. They travel in events (and a close on the wire), and src/narrate turns them into words.

/** A read timeout counted in ticks, as ZooKeeper configures it: initLimit or syncLimit × tickTime. */
export interface TickLimit {
  name: 'initLimit' | 'syncLimit';
  ticks: number;
  tickTimeMs: number;
}

/** Why a connection was closed: carried by the close packet (the TCP FIN or reset) itself. */
export type CloseReason =
  /** The learner heard nothing from its leader for its read timeout. */
  | { why: 'timed-out' }
  /** The learner could not truncate its log and threw its data away to rejoin for a SNAP. */
  | { why: 'discarded-data' }
  /** A reset: the sender has no such connection (it restarted, or never accepted it). */
  | { why: 'no-such-connection' }
  /** The leader stopped leading and closed every learner connection. */
  | { why: 'leader-shutdown' }
  | { why: 'dropped'; drop: LearnerDropReason };

/** Why a leader's LearnerHandler ended its connection to a learner. */
export type LearnerDropReason =
  | { why: 'learner-closed'; close: CloseReason }
  /** TCP broke: a packet was missing (a cut swallowed it). */
  | { why: 'connection-broken' }
  | { why: 'ahead-of-leader' }
  | { why: 'read-timeout'; silentMs: number }
  | { why: 'proposal-unacked'; zxid: Zxid; unackedMs: number }
  /** The learner's process was killed: its host reset the connection. */
  | { why: 'connection-reset' };

/** Why a leader gives up leading (Leader.shutdown's reason). */
export type LeaderShutdown =
  /** ZOOKEEPER-1277: the zxid counter ran out; a new epoch restarts it. */
  | { why: 'zxid-rollover' }
  | { why: 'init-limit'; waitingFor: 'followers' | 'epoch-acks' | 'newleader-acks'; have: ServerId[]; limit: TickLimit }
  | { why: 'not-synced'; synced: ServerId[]; voters: number };

/** Why a server (re)enters LOOKING and starts an election round. */
export type LookingReason =
  | { why: 'started'; currentEpoch: number }
  /** all-to-all detector: the leader is alive but no longer claims to lead. */
  | { why: 'leader-stopped-leading'; leader: ServerId }
  | { why: 'leader-heartbeat-timeout'; leader: ServerId; timeoutMs: number }
  | { why: 'leader-connection-reset'; leader: ServerId }
  | { why: 'leader-connection-broken'; leader: ServerId }
  | { why: 'leader-closed'; leader: ServerId; close: CloseReason }
  /** connectToLeader gave up: the budget (initLimit × tickTime) ran out, or `tries` attempts failed. */
  | { why: 'leader-refused'; leader: ServerId; gaveUp: 'init-limit' | 'tries'; tries: number }
  | { why: 'epoch-below-accepted'; leader: ServerId; newEpoch: number; acceptedEpoch: number }
  | { why: 'truncate-impossible' }
  | { why: 'commit-out-of-order'; leader: ServerId; zxid: Zxid; pendingZxid: Zxid | null }
  | { why: 'leader-silent'; leader: ServerId; silentMs: number }
  | { why: 'shut-down-leading'; epoch: number; shutdown: LeaderShutdown };
