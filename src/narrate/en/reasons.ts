import type { CloseReason, LeaderShutdown, LearnerDropReason, LookingReason } from '../../core/reasons.ts';
import { tickLimitText } from '../shared/limits.ts';
import { unreachable } from '../shared/unreachable.ts';
import type { ServerId } from '../../core/types.ts';
import { formatMs, formatZxid } from '../format.ts';
import { idList } from './words.ts';
import { startedText } from './server.ts';

// The reasons of src/core/reasons.ts as English clauses. Each switch ends in a `never` check, so a
// new reason without words fails to compile.

export { unreachable } from '../shared/unreachable.ts';

export { tickLimitText } from '../shared/limits.ts';

/** Why `node` starts looking, as the clause after "is LOOKING:". */
export function lookingReasonText(r: LookingReason, node: ServerId): string {
  switch (r.why) {
    case 'started':
      return startedText(node, r.currentEpoch);
    case 'leader-stopped-leading':
      return `its leader ${r.leader} no longer leads`;
    case 'leader-heartbeat-timeout':
      return `it suspects its leader ${r.leader} (heartbeat timeout ${formatMs(r.timeoutMs)})`;
    case 'leader-connection-reset':
      return `connection to leader ${r.leader} was reset`;
    case 'leader-connection-broken':
      return `its connection to leader ${r.leader} lost packets`;
    case 'leader-closed':
      return `leader ${r.leader} closed the connection (${closeReasonText(r.close, r.leader, node)})`;
    case 'leader-refused':
      return `leader ${r.leader} refused the connection ${r.gaveUp === 'init-limit' ? 'and connectToLeader exceeded initLimit × tickTime' : `${r.tries} times`}`;
    case 'epoch-below-accepted':
      return `leader ${r.leader} proposed epoch ${r.newEpoch}, below its accepted epoch ${r.acceptedEpoch}`;
    case 'truncate-impossible':
      return 'it discarded data it could not truncate';
    case 'commit-out-of-order':
      return `leader ${r.leader} committed ${formatZxid(r.zxid)} but the next pending proposal is ${r.pendingZxid === null ? 'none' : formatZxid(r.pendingZxid)}`;
    case 'leader-silent':
      return `no packet from leader ${r.leader} for ${formatMs(r.silentMs)}`;
    case 'shut-down-leading':
      return `as leader of epoch ${r.epoch}, ${shutdownClause(r.shutdown)}`;
    default:
      return unreachable(r);
  }
}

function shutdownClause(s: LeaderShutdown): string {
  switch (s.why) {
    case 'zxid-rollover':
      return 'the zxid lower 32 bits have rolled over, forcing re-election, and therefore new epoch start';
    case 'init-limit':
      return 'it could not gather a quorum within initLimit';
    case 'not-synced':
      return `not sufficient followers synced, only synced with ${idList(s.synced)}`;
    default:
      return unreachable(s);
  }
}

/** Why `sender` closed its connection to `receiver`. */
export function closeReasonText(r: CloseReason, sender: ServerId, receiver: ServerId): string {
  switch (r.why) {
    case 'timed-out':
      return `server ${sender} timed out`;
    case 'discarded-data':
      return `server ${sender} discarded its data`;
    case 'no-such-connection':
      return `server ${sender} has no such connection`;
    case 'leader-shutdown':
      return `leader ${sender} shut down`;
    case 'dropped':
      return `leader ${sender} dropped the connection: ${dropReasonText(r.drop, receiver, sender)}`;
    default:
      return unreachable(r);
  }
}

/** Why `leader` dropped `learner`, as the clause after "drops server N:". */
export function dropReasonText(r: LearnerDropReason, learner: ServerId, leader: ServerId): string {
  switch (r.why) {
    case 'learner-closed':
      return closeReasonText(r.close, learner, leader);
    case 'connection-broken':
      return 'its connection lost packets';
    case 'ahead-of-leader':
      return 'follower is ahead of the leader';
    case 'read-timeout':
      return `it heard nothing from it for ${formatMs(r.silentMs)}`;
    case 'proposal-unacked':
      return `it left proposal ${formatZxid(r.zxid)} unacknowledged for ${formatMs(r.unackedMs)}`;
    case 'connection-reset':
      return 'its connection was reset';
    default:
      return unreachable(r);
  }
}

const WAITING_FOR: Record<Extract<LeaderShutdown, { why: 'init-limit' }>['waitingFor'], string> = {
  followers: 'followers to connect',
  'epoch-acks': 'epoch acknowledgements',
  'newleader-acks': 'NEWLEADER acknowledgements',
};

/** The step-down sentence of leader `node` in `epoch`. */
export function stepDownText(s: LeaderShutdown, node: ServerId, epoch: number): string {
  switch (s.why) {
    case 'zxid-rollover':
      return `Leader ${node} ran out of zxids in epoch ${epoch}: the zxid's lower 32 bits have rolled over, so it forces a re-election for a new epoch.`;
    case 'init-limit':
      return `Leader ${node} waited ${formatMs(s.limit.ticks * s.limit.tickTimeMs)} (${tickLimitText(s.limit)}) for ${WAITING_FOR[s.waitingFor]} but has only ${idList(s.have)}: not a quorum, so it gives up leading.`;
    case 'not-synced':
      return `Leader ${node} is synced only with ${idList(s.synced)}: not a quorum of ${s.voters} voters, so it steps down (epoch ${epoch}).`;
    default:
      return unreachable(s);
  }
}
