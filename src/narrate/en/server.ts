import type { CoreEvent, TxnOpSummary, VoteChoice } from '../../core/events.ts';
import type { ServerId } from '../../core/types.ts';
import type { RecordOf } from '../../host/records.ts';
import type { Sentences } from '../language.ts';
import { formatMs, formatSessionId, formatZxid } from '../format.ts';
import { dropReasonText, lookingReasonText, stepDownText, tickLimitText, unreachable } from './reasons.ts';
import { idList } from './words.ts';

// The servers' events in English.

function voteText(node: ServerId, vote: VoteChoice): string {
  if (vote === null) return 'nobody (an observer does not vote)';
  const who = vote.leader === node ? 'itself' : `server ${vote.leader}`;
  return `${who} (epoch ${vote.epoch}, zxid ${formatZxid(vote.zxid)})`;
}

function stateChange(e: RecordOf<'state-change'>): string {
  switch (e.change) {
    case 'looking': {
      const was = e.from === 'looking' ? '' : ` (was ${e.from})`;
      return `Server ${e.node} is LOOKING${was}: ${lookingReasonText(e.reason, e.node)}. It starts election round ${e.round}, voting for ${voteText(e.node, e.vote)}.`;
    }
    case 'decided': {
      const outcome = e.next === 'lead' ? 'it will LEAD' : e.next === 'observe' ? `it will observe leader ${e.leader}` : `it will FOLLOW server ${e.leader}`;
      if (e.joinedRunningEnsemble) {
        return `Server ${e.node} joins the running ensemble after ${formatMs(e.tookMs)} of looking: a quorum follows server ${e.leader}, and server ${e.leader} itself says it is LEADING, so ${outcome}.`;
      }
      return `Server ${e.node} finished election round ${e.round} after ${formatMs(e.tookMs)}: a quorum agrees on server ${e.leader} (epoch ${e.epoch}, zxid ${formatZxid(e.zxid)}), so ${outcome}.`;
    }
    case 'leading':
      return `Server ${e.node} is LEADING: it waits for a quorum of followers to connect (${tickLimitText(e.limit)}).`;
    case 'learning':
      return `Server ${e.node} is ${e.observer ? 'OBSERVING' : 'FOLLOWING'} leader ${e.leader}: it registers with FOLLOWERINFO (accepted epoch ${e.acceptedEpoch}).`;
    default:
      return unreachable(e);
  }
}

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

function sync(e: RecordOf<'sync'>): string {
  if (e.side === 'learner') return `Server ${e.node} replaced its data with leader ${e.leader}'s snapshot at ${formatZxid(e.snapshotZxid)} (SNAP).`;
  const who = `Leader ${e.node} syncs server ${e.learner} (at ${formatZxid(e.fromZxid)})`;
  switch (e.mode) {
    case 'snap':
      return `${who} with SNAP: a full snapshot up to ${formatZxid(e.snapshotZxid)}, because its log cannot be matched to the leader's.`;
    case 'trunc':
      return `${who} with TRUNC to ${formatZxid(e.truncZxid)}: it logged transactions this leader never committed${e.sent.length ? `, then ${e.sent.length} transaction(s)` : ''}.`;
    case 'diff':
      if (e.sent.length === 0) return `${who} with an empty DIFF: it is already up to date.`;
      return `${who} with DIFF: ${e.sent.length} transaction(s) from ${formatZxid(e.sent[0]!)} to ${formatZxid(e.sent[e.sent.length - 1]!)}.`;
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

function learnerSynced(e: RecordOf<'learner-synced'>): string {
  if (e.side === 'leader') return `Server ${e.learner} is synced with leader ${e.node} and serves clients.`;
  return `Server ${e.node} ${e.observer ? 'observes' : 'follows'} leader ${e.leader} in epoch ${e.epoch}, up to date at ${formatZxid(e.zxid)}; it serves clients.`;
}

function leaderElected(e: RecordOf<'leader-elected'>): string {
  const acked = e.followers.length > 0
    ? `followers ${idList(e.followers)} acknowledged NEWLEADER; with the leader that is ${e.followers.length + 1} of ${e.voters} voters, a quorum`
    : 'it is the only voter, a quorum by itself';
  return `Server ${e.node} leads epoch ${e.epoch}: ${acked}.`;
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

export const serverSentences: Pick<Sentences, Exclude<CoreEvent['kind'], 'request-failed'>> = {
  'state-change': stateChange,
  'election-round': (e) => `Server ${e.node} heard round ${e.round} from server ${e.from}: it joins that round and votes for ${voteText(e.node, e.vote)}.`,
  'vote-changed': (e) => `Server ${e.node} now votes for ${voteText(e.node, e.vote)}: server ${e.from}'s vote is better by (epoch, zxid, sid).`,
  'leader-elected': leaderElected,
  'peer-suspected': peerSuspected,
  'peer-recovered': (e) => `Server ${e.node} hears server ${e.peer} again: it no longer suspects it.`,
  'epoch-accepted': (e) => `Leader ${e.node} ${e.followers.length > 0 ? `has followers ${idList(e.followers)} connected` : 'is the only voter'}: it proposes epoch ${e.epoch} (one more than the highest accepted epoch).`,
  sync,
  truncated,
  'learner-synced': learnerSynced,
  'learner-dropped': (e) => `Leader ${e.node} drops server ${e.learner}: ${dropReasonText(e.reason, e.learner, e.node)}.`,
  'step-down': (e) => stepDownText(e.shutdown, e.node, e.epoch),
  'proposal-committed': (e) => `Leader ${e.node} committed ${formatZxid(e.zxid)} (${txnOpText(e.op)}): logged by ${idList(e.ackedBy)}, a quorum of ${e.voters} voters.`,
  'session-expired': (e) => `Leader ${e.node} expired session ${formatSessionId(e.sessionId)}: no heartbeat reached the ensemble within its timeout; ${ephemeralsGone(e.deletedPaths)}.`,
  'session-closed': (e) => `Session ${formatSessionId(e.sessionId)} was closed by its client; ${ephemeralsGone(e.deletedPaths)}.`,
  'follower-refused': (e) => `Leader ${e.node} refuses server ${e.follower}: it is ahead of the leader (epoch ${e.followerEpoch}, zxid ${formatZxid(e.followerZxid)} > epoch ${e.leaderEpoch}, zxid ${formatZxid(e.leaderZxid)}).`,
};
