import type { RecordOf } from '../../host/records.ts';
import type { TxnOpSummary } from '../../core/events.ts';
import type { AftermathKind, Sentences } from '../language.ts';
import { formatMs, formatSessionId, formatZxid } from '../format.ts';
import { tickLimitText } from '../shared/limits.ts';
import { unreachable } from '../shared/unreachable.ts';
import { dropReasonText, lookingReasonText, stepDownText } from './reasons.ts';
import { stateChangeSentence } from './server.ts';
import { idList } from './words.ts';

// The servers' events in English that only follow a fault or a write (src/narrate/language.ts,
// AftermathKind), and a server looking for any reason: loaded with the actions part.

function peerSuspected(e: RecordOf<'peer-suspected'>): string {
  switch (e.cause) {
    case 'leader-stopped-leading':
      return `Server ${e.node} hears from its leader ${e.peer}, but ${e.peer} no longer claims to lead: it starts an election.`;
    case 'heartbeat-timeout':
      return `Server ${e.node} suspects server ${e.peer}: no heartbeat for ${formatMs(e.silentMs)} > timeout ${formatMs(e.limitMs)}.`;
    case 'leader-silent':
      return `Server ${e.node} heard nothing from leader ${e.peer} for ${formatMs(e.silentMs)} (${tickLimitText(e.limit)}).`;
    case 'connection-reset':
      return `Server ${e.node} lost its connection to leader ${e.peer} (connection reset): it starts an election at once.`;
    default:
      return unreachable(e);
  }
}

function truncated(e: RecordOf<'truncated'>): string {
  if (e.cleared) {
    return `Server ${e.node} cannot truncate to ${formatZxid(e.toZxid)}: its snapshot already holds ${formatZxid(e.snapshotZxid)}, which leader ${e.leader} never committed. It discards its data and rejoins for a full SNAP.`;
  }
  const removed = e.removed.map(formatZxid).join(', ') || 'none';
  return `Server ${e.node} truncated its log to ${formatZxid(e.toZxid)} (TRUNC from leader ${e.leader}), discarding ${e.removed.length} transaction(s) no quorum committed: ${removed}.`;
}

export function txnOpText(op: TxnOpSummary): string {
  switch (op.type) {
    case 'create':
      return `create ${op.path}${op.ephemeralOwner ? ' (ephemeral)' : ''}`;
    case 'set':
      return `set ${op.path}`;
    case 'delete':
      return `delete ${op.path}`;
    case 'createSession':
      return `open session ${formatSessionId(op.sessionId)} for ${op.client}`;
    case 'closeSession':
      return `${op.reason === 'expired' ? 'expire' : 'close'} session ${formatSessionId(op.sessionId)}`;
    default:
      return unreachable(op);
  }
}

function ephemeralsGone(deletedPaths: readonly string[]): string {
  return deletedPaths.length ? `its ephemeral znodes ${deletedPaths.join(', ')} are deleted on every server` : 'it owned no ephemeral znodes';
}

export const aftermathSentences: Pick<Sentences, AftermathKind | 'state-change'> = {
  'state-change': stateChangeSentence(lookingReasonText),
  'peer-suspected': peerSuspected,
  'peer-recovered': (e) => `Server ${e.node} hears server ${e.peer} again: it no longer suspects it.`,
  truncated,
  'learner-dropped': (e) => `Leader ${e.node} drops server ${e.learner}: ${dropReasonText(e.reason, e.learner, e.node)}.`,
  'step-down': (e) => stepDownText(e.shutdown, e.node, e.epoch),
  'proposal-committed': (e) => `Leader ${e.node} committed ${formatZxid(e.zxid)} (${txnOpText(e.op)}): logged by ${idList(e.ackedBy)}, a quorum of ${e.voters} voters.`,
  'session-expired': (e) => `Leader ${e.node} expired session ${formatSessionId(e.sessionId)}: no heartbeat reached the ensemble within its timeout; ${ephemeralsGone(e.deletedPaths)}.`,
  'session-closed': (e) => `Session ${formatSessionId(e.sessionId)} was closed by its client; ${ephemeralsGone(e.deletedPaths)}.`,
  'follower-refused': (e) => `Leader ${e.node} refuses server ${e.follower}: it is ahead of the leader (epoch ${e.followerEpoch}, zxid ${formatZxid(e.followerZxid)} > epoch ${e.leaderEpoch}, zxid ${formatZxid(e.leaderZxid)}).`,
};
