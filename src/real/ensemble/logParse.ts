import type { Role, ServerId, Zxid } from '../../core/types.ts';
import type { RealProcessRole, SyncModeSeen, ZabPhase } from '../../host/observedRecords.ts';

// One ZooKeeper log entry, as config.ts lays it out ("2026-12-01T19:32:19.305+0000 INFO  QuorumPeer
// [thread] - message"), and the facts this bridge reads from the messages that mark events
// (real-zookeeper.md, "Log lines at INFO"). Pure: no state, no clock. Lines captured from real
// 3.8.0 servers are in fixtures/.

export interface LogEntry {
  wallMs: number;
  level: string;
  logger: string;
  thread: string;
  message: string;
  /** Lines without a timestamp that followed it: an exception's class and stack. */
  continuation: string[];
}

const ENTRY = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{3})([+-])(\d\d)(\d\d) (\w+)\s+(\S+) \[(.*?)\] - (.*)$/;

/** An entry's first line, or null for a continuation line (or anything else without a timestamp). */
export function parseLogLine(line: string): LogEntry | null {
  const g = captures(ENTRY, line);
  if (!g) return null;
  const n = (i: number) => Number(g(i));
  const offsetMs = (g(8) === '-' ? -1 : 1) * (n(9) * 60 + n(10)) * 60_000;
  const wallMs = Date.UTC(n(1), n(2) - 1, n(3), n(4), n(5), n(6), n(7)) - offsetMs;
  return { wallMs, level: g(11), logger: g(12), thread: g(13), message: g(14), continuation: [] };
}

export type LogFact =
  | { fact: 'looking' }
  | { fact: 'own-proposal'; myId: ServerId; zxid: Zxid }
  | { fact: 'notification'; myState: Role; from: ServerId; fromState: Role; leader: ServerId; round: number; peerEpoch: number; zxid: Zxid }
  | { fact: 'decided'; role: RealProcessRole; tookMs: number }
  /** A learner reached its leader at this address (Learner.connectToLeader). */
  | { fact: 'leader-connected'; port: number }
  /** "Peer state changed: observing": an observer logs no "ELECTION TOOK" line, only this. */
  | { fact: 'role-entered'; role: RealProcessRole }
  | { fact: 'zab-phase'; role: RealProcessRole; phase: ZabPhase; syncMode: SyncModeSeen | null }
  /** A LearnerHandler names its learner (the thread keeps serving that one learner). */
  | { fact: 'learner-named'; learner: ServerId; peerZxid: Zxid | null }
  | { fact: 'diff-sent'; learner: ServerId; peerZxid: Zxid }
  | { fact: 'trunc-sent'; learner: ServerId; truncZxid: Zxid }
  | { fact: 'snap-sent'; peerZxid: Zxid; snapshotZxid: Zxid }
  | { fact: 'quorum-formed'; sids: ServerId[]; zxid: Zxid }
  | { fact: 'not-synced'; synced: ServerId[] }
  | { fact: 'follow-failed'; cause: 'read-timeout' | 'connection-closed' | 'other' }
  | { fact: 'learner-uptodate' }
  /** A LearnerHandler's connection failed ("Unexpected exception in LearnerHandler" + the exception). */
  | { fact: 'handler-failed'; cause: 'read-timeout' | 'connection-reset' | 'other' }
  | { fact: 'goodbye' };

const ROLE_OF_STATE: Record<string, Role> = { LOOKING: 'looking', FOLLOWING: 'following', LEADING: 'leading', OBSERVING: 'observing' };

/** The regex only lets these three words through. */
function processRole(word: string): RealProcessRole {
  return word as RealProcessRole;
}

/** A match's groups by number; a group that did not take part reads as ''. */
function captures(pattern: RegExp, text: string): ((group: number) => string) | null {
  const m = pattern.exec(text);
  return m ? (group) => m[group] ?? '' : null;
}

const NOTIFICATION = /^Notification: my state:(\w+); n\.sid:(\d+), n\.state:(\w+), n\.leader:(\d+), n\.round:0x([0-9a-f]+), n\.peerEpoch:0x([0-9a-f]+), n\.zxid:0x([0-9a-f]+)/;
const NEW_ELECTION = /^New election\. My id = (\d+), proposed zxid=0x([0-9a-f]+)/;
const DECIDED = /^(LEADING|FOLLOWING|OBSERVING) - LEADER ELECTION TOOK - (\d+) MS/;
const LEADER_CONNECTED = /^Successfully connected to leader, using address: .*:(\d+)$/;
const ROLE_ENTERED = /^Peer state changed: (leading|following|observing)$/;
const PHASE = /^Peer state changed: (leading|following|observing) - (discovery|synchronization|broadcast)(?: - (diff|snap|trunc))?$/;
const FOLLOWER_INFO = /^Follower sid: (\d+) :/;
const SYNCHRONIZING = /^Synchronizing with Learner sid: (\d+) .*peerLastZxid=0x([0-9a-f]+)/;
const CLOSING = /^Synchronously closing socket to learner (\d+)\./;
const DIFF = /^Sending DIFF zxid=0x([0-9a-f]+)\s+for peer sid: (\d+)/;
const TRUNC = /^Sending TRUNC zxid=0x([0-9a-f]+)\s+for peer sid: (\d+)/;
const SNAP = /^Sending snapshot last zxid of peer is 0x([0-9a-f]+), zxid of leader is 0x[0-9a-f]+, send zxid of db as 0x([0-9a-f]+)/;
const QUORUM = /^Have quorum of supporters, sids: \[(.*)\]; starting up and setting last processed zxid: 0x([0-9a-f]+)/;
const NOT_SYNCED = /^Shutdown called\. For the reason Not sufficient followers synced, only synced with sids: \[(.*)\]/;

/** A zxid or counter in hex; ZooKeeper's zxids stay within 2^53 for any epoch it reaches here. */
export function hex(text: string): number {
  return parseInt(text, 16);
}

/**
 * A Java long printed in hex (Long.toHexString): two's complement, so 0xffffffffffffffff is -1.
 * A FOLLOWING or LEADING server answers with its election round as it stands, which is -1 when it
 * joined a running ensemble without an election of its own.
 */
export function signedHex(text: string): number {
  return Number(BigInt.asIntN(64, BigInt(`0x${text}`)));
}

function idList(text: string): ServerId[] {
  return (text.match(/\d+/g) ?? []).map(Number);
}

export function interpretLogEntry(entry: LogEntry): LogFact | null {
  const { message } = entry;
  if (message === 'Peer state changed: looking') return { fact: 'looking' };
  let g = captures(NOTIFICATION, message);
  if (g) {
    const myState = ROLE_OF_STATE[g(1)];
    const fromState = ROLE_OF_STATE[g(3)];
    if (!myState || !fromState) return null;
    return { fact: 'notification', myState, from: Number(g(2)), fromState, leader: Number(g(4)), round: signedHex(g(5)), peerEpoch: hex(g(6)), zxid: hex(g(7)) };
  }
  if ((g = captures(NEW_ELECTION, message))) return { fact: 'own-proposal', myId: Number(g(1)), zxid: hex(g(2)) };
  if ((g = captures(DECIDED, message))) return { fact: 'decided', role: processRole(g(1).toLowerCase()), tookMs: Number(g(2)) };
  if ((g = captures(LEADER_CONNECTED, message))) return { fact: 'leader-connected', port: Number(g(1)) };
  if ((g = captures(ROLE_ENTERED, message))) return { fact: 'role-entered', role: processRole(g(1)) };
  if ((g = captures(PHASE, message))) return { fact: 'zab-phase', role: processRole(g(1)), phase: g(2) as ZabPhase, syncMode: g(3) === '' ? null : (g(3) as SyncModeSeen) };
  if ((g = captures(FOLLOWER_INFO, message))) return { fact: 'learner-named', learner: Number(g(1)), peerZxid: null };
  if ((g = captures(SYNCHRONIZING, message))) return { fact: 'learner-named', learner: Number(g(1)), peerZxid: hex(g(2)) };
  if ((g = captures(CLOSING, message))) return { fact: 'learner-named', learner: Number(g(1)), peerZxid: null };
  if ((g = captures(DIFF, message))) return { fact: 'diff-sent', learner: Number(g(2)), peerZxid: hex(g(1)) };
  if ((g = captures(TRUNC, message))) return { fact: 'trunc-sent', learner: Number(g(2)), truncZxid: hex(g(1)) };
  if ((g = captures(SNAP, message))) return { fact: 'snap-sent', peerZxid: hex(g(1)), snapshotZxid: hex(g(2)) };
  if ((g = captures(QUORUM, message))) return { fact: 'quorum-formed', sids: idList(g(1)), zxid: hex(g(2)) };
  if ((g = captures(NOT_SYNCED, message))) return { fact: 'not-synced', synced: idList(g(1)) };
  if (message === 'Exception when following the leader') return { fact: 'follow-failed', cause: followFailureCause(entry.continuation[0] ?? '') };
  if (message.startsWith('Unexpected exception in LearnerHandler')) return { fact: 'handler-failed', cause: handlerFailureCause(entry.continuation[0] ?? '') };
  if (message === 'Learner received UPTODATE message') return { fact: 'learner-uptodate' };
  if (/^\*+ GOODBYE /.test(message)) return { fact: 'goodbye' };
  return null;
}

/** The exception on the line after "Exception when following the leader". */
function followFailureCause(exceptionLine: string): 'read-timeout' | 'connection-closed' | 'other' {
  if (exceptionLine.startsWith('java.net.SocketTimeoutException')) return 'read-timeout';
  if (exceptionLine.startsWith('java.io.EOFException') || /^java\.net\.SocketException: Connection reset/.test(exceptionLine)) return 'connection-closed';
  return 'other';
}

/** On the leader, an EOF says only that the learner closed; which close, the line does not tell. */
function handlerFailureCause(exceptionLine: string): 'read-timeout' | 'connection-reset' | 'other' {
  if (exceptionLine.startsWith('java.net.SocketTimeoutException')) return 'read-timeout';
  if (/^java\.net\.SocketException: Connection reset/.test(exceptionLine)) return 'connection-reset';
  return 'other';
}
