import type { CoreEvent, VoteChoice } from '../../core/events.ts';
import type { LookingReason } from '../../core/reasons.ts';
import type { ServerId } from '../../core/types.ts';
import type { RecordOf } from '../../host/records.ts';
import { NOT_LOADED, type AftermathKind, type Sentences } from '../language.ts';
import { formatMs, formatZxid } from '../format.ts';
import { tickLimitText } from '../shared/limits.ts';
import { unreachable } from '../shared/unreachable.ts';
import { idList } from './words.ts';

// The servers' events in English that a cluster starting and electing says: the first screen's.
// What follows a fault or a write is ./aftermath.ts, in the actions part.

function voteText(node: ServerId, vote: VoteChoice): string {
  if (vote === null) return 'nobody (an observer does not vote)';
  const who = vote.leader === node ? 'itself' : `server ${vote.leader}`;
  return `${who} (epoch ${vote.epoch}, zxid ${formatZxid(vote.zxid)})`;
}

/** Why a server looks, as a clause: only starting up on the first screen, every reason in the actions part. */
export type LookingReasonText = (reason: LookingReason, node: ServerId) => string;

/** The clause for a server that has just started (the one reason the first screen says). */
export function startedText(node: ServerId, currentEpoch: number): string {
  return `Server ${node} started with epoch ${currentEpoch}`;
}

/** The first screen's: src/narrate/narration.ts gives a server looking for any other reason to the actions part. */
const startedOnly: LookingReasonText = (r, node) => (r.why === 'started' ? startedText(node, r.currentEpoch) : NOT_LOADED);

export const stateChangeSentence = (reasonText: LookingReasonText) => (e: RecordOf<'state-change'>): string => {
  switch (e.change) {
    case 'looking': {
      const was = e.from === 'looking' ? '' : ` (was ${e.from})`;
      return `Server ${e.node} is LOOKING${was}: ${reasonText(e.reason, e.node)}. It starts election round ${e.round}, voting for ${voteText(e.node, e.vote)}.`;
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
};

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

export const serverSentences: Pick<Sentences, Exclude<CoreEvent['kind'], 'request-failed' | AftermathKind>> = {
  'state-change': stateChangeSentence(startedOnly),
  'election-round': (e) => `Server ${e.node} heard round ${e.round} from server ${e.from}: it joins that round and votes for ${voteText(e.node, e.vote)}.`,
  'vote-changed': (e) => `Server ${e.node} now votes for ${voteText(e.node, e.vote)}: server ${e.from}'s vote is better by (epoch, zxid, sid).`,
  'leader-elected': leaderElected,
  'epoch-accepted': (e) => `Leader ${e.node} ${e.followers.length > 0 ? `has followers ${idList(e.followers)} connected` : 'is the only voter'}: it proposes epoch ${e.epoch} (one more than the highest accepted epoch).`,
  sync,
  'learner-synced': learnerSynced,
};
