import type { Role, ServerId, Zxid } from '../core/types.ts';
import type { RecordBase } from './records.ts';

// Records only a real ensemble produces: what the bridge (`npm run real`) reads off a real
// ZooKeeper server's log, polls and processes where no core event says the same thing. Where a
// log line carries every field of a core event truthfully (a LEADING decision, a DIFF sent), the
// bridge sends that core kind instead; it never invents a field to fit one.

export type RealProcessRole = Extract<Role, 'leading' | 'following' | 'observing'>;
export type ZabPhase = 'discovery' | 'synchronization' | 'broadcast';
export type SyncModeSeen = 'diff' | 'trunc' | 'snap';

export type RealRecord =
  /**
   * A FastLeaderElection notification a server received (its log's "Notification: ..." line). A
   * server also receives its own. `fromState` is the sender's state.
   */
  | (RecordBase & { kind: 'notification-seen'; node: ServerId; from: ServerId; fromState: Role; leader: ServerId; round: number; peerEpoch: number; zxid: Zxid })
  /**
   * "Peer state changed: leading - synchronization", with the sync mode a learner got and the leader
   * it connected to (itself while leading; null when its log has not named one).
   */
  | (RecordBase & { kind: 'zab-phase'; node: ServerId; role: RealProcessRole; phase: ZabPhase; syncMode: SyncModeSeen | null; leader: ServerId | null })
  /** A server's JVM started (`pid`), with the epochs its data dir holds (null: no file yet). */
  | (RecordBase & { kind: 'process-started'; node: ServerId; pid: number; acceptedEpoch: number | null; currentEpoch: number | null })
  /** A server's JVM ended: by our signal (`expected`), or by itself (exit code, or a signal not ours). */
  | (RecordBase & { kind: 'process-exited'; node: ServerId; code: number | null; signal: string | null; expected: boolean })
  /** Its polls stopped answering while the process runs and was not stopped by us, or answer again. */
  | (RecordBase & { kind: 'poll-silence'; node: ServerId; answering: boolean; silentMs: number });

/** Why the bridge did not do a command (the protocol's BridgeRefusal), as the page logs it. */
export type BridgeRefusalSeen =
  | { code: 'bad-frame'; detail: string }
  | { code: 'unknown-command'; type: string }
  | { code: 'bad-argument'; field: string; detail: string }
  | { code: 'unknown-server'; server: number }
  | { code: 'not-now'; detail: string }
  | { code: 'failed'; detail: string }
  /** The page's own: it has no open link to the bridge, so it sent nothing. */
  | { code: 'no-link' };

/** What the page's link to the bridge did: it could not reach it, its token was refused, it closed. */
export type BridgeLinkEvent = 'unreachable' | 'refused' | 'closing' | 'closed';

/**
 * Records the page's real driver adds itself: a command the bridge refused (`command` is its type),
 * a frame from the bridge the page could not read (nothing changed), and the link's own events.
 */
export type BridgeRecord =
  | (RecordBase & { kind: 'bridge-refused'; node: null; command: string; refusal: BridgeRefusalSeen })
  | (RecordBase & { kind: 'bridge-frame-refused'; node: null; problem: string })
  | (RecordBase & { kind: 'bridge-link'; node: null; event: BridgeLinkEvent });

export type RealRecordKind = RealRecord['kind'];
export type BridgeRecordKind = BridgeRecord['kind'];
