import type { LeaderShutdown, LearnerDropReason, LookingReason, TickLimit } from './reasons.ts';
import type { PrepProblem } from './requestProblems.ts';
import type { ClientErrorCode, Role, ServerId, TxnOp, Zxid } from './types.ts';

// What a server core reports, as data only: ids, epochs, zxids, durations, limits and reasons.
// The core holds no words; src/narrate renders each kind, one set of renderers per language.

interface EventBase {
  node: ServerId;
  /** Other servers this event concerns, for highlighting them beside it. */
  peers?: ServerId[];
}

/** Whom a vote backs, with that candidate's (epoch, zxid); null for an observer, which does not vote. */
export type VoteChoice = { leader: ServerId; epoch: number; zxid: Zxid } | null;

/** A transaction as events tell it: the op without its value, which may be large. */
export type TxnOpSummary = TxnOp extends infer Op ? (Op extends { value: string } ? Omit<Op, 'value'> : Op) : never;

export type StateChangeEvent = EventBase & { kind: 'state-change' } & (
    | { change: 'looking'; from: Role; round: number; reason: LookingReason; vote: VoteChoice }
    | {
        change: 'decided';
        round: number;
        leader: ServerId;
        /** The winner's epoch and zxid, as the vote carried them. */
        epoch: number;
        zxid: Zxid;
        tookMs: number;
        /** The vote came from servers already following or leading it (a running ensemble). */
        joinedRunningEnsemble: boolean;
        next: 'lead' | 'follow' | 'observe';
      }
    | { change: 'leading'; epoch: number; limit: TickLimit }
    | { change: 'learning'; leader: ServerId; observer: boolean; acceptedEpoch: number }
  );

export type SyncEvent = EventBase & { kind: 'sync' } & (
    | ({ side: 'leader'; learner: ServerId; fromZxid: Zxid } & (
        | { mode: 'diff'; sent: Zxid[] }
        | { mode: 'trunc'; truncZxid: Zxid; sent: Zxid[] }
        | { mode: 'snap'; snapshotZxid: Zxid }
      ))
    | { side: 'learner'; leader: ServerId; mode: 'snap'; snapshotZxid: Zxid }
  );

export type PeerSuspectedEvent = EventBase & { kind: 'peer-suspected'; peer: ServerId } & (
    | { cause: 'leader-stopped-leading' }
    /** The silence and the limit it passed, in ms, for every cause a timer decided. */
    | { cause: 'heartbeat-timeout'; silentMs: number; limitMs: number }
    | { cause: 'leader-silent'; silentMs: number; limitMs: number; limit: TickLimit }
    | { cause: 'connection-reset' }
  );

export type CoreEvent =
  | StateChangeEvent
  | (EventBase & { kind: 'election-round'; round: number; from: ServerId; vote: VoteChoice })
  | (EventBase & { kind: 'vote-changed'; round: number; from: ServerId; vote: VoteChoice })
  | (EventBase & { kind: 'leader-elected'; epoch: number; followers: ServerId[]; voters: number; zxid: Zxid })
  | PeerSuspectedEvent
  | (EventBase & { kind: 'peer-recovered'; peer: ServerId })
  | (EventBase & { kind: 'epoch-accepted'; epoch: number; followers: ServerId[] })
  | SyncEvent
  | (EventBase & { kind: 'truncated'; leader: ServerId; toZxid: Zxid; removed: Zxid[] } & ({ cleared: false } | { cleared: true; snapshotZxid: Zxid }))
  | (EventBase & ({ kind: 'learner-synced' } & ({ side: 'leader'; learner: ServerId } | { side: 'learner'; leader: ServerId; epoch: number; zxid: Zxid; observer: boolean })))
  | (EventBase & { kind: 'learner-dropped'; learner: ServerId; reason: LearnerDropReason })
  | (EventBase & { kind: 'step-down'; epoch: number; shutdown: LeaderShutdown })
  | (EventBase & { kind: 'proposal-committed'; zxid: Zxid; op: TxnOpSummary; ackedBy: ServerId[]; voters: number })
  | (EventBase & { kind: 'session-expired'; sessionId: number; deletedPaths: string[] })
  | (EventBase & { kind: 'session-closed'; sessionId: number; deletedPaths: string[] })
  | (EventBase & { kind: 'follower-refused'; follower: ServerId; followerEpoch: number; followerZxid: Zxid; leaderEpoch: number; leaderZxid: Zxid })
  /** `problem` is why the leader refused it, the error its reply carries. */
  | (EventBase & { kind: 'request-failed'; op: 'create' | 'set' | 'delete'; path: string; code: ClientErrorCode; problem: PrepProblem });

export type EventKind = CoreEvent['kind'];

export function summarizeTxnOp(op: TxnOp): TxnOpSummary {
  if (op.type === 'create') return { type: 'create', path: op.path, ephemeralOwner: op.ephemeralOwner };
  if (op.type === 'set') return { type: 'set', path: op.path };
  return op;
}
