import type { CloseReason, LeaderShutdown, LearnerDropReason, LookingReason } from '../../core/reasons.ts';
import type { ServerId } from '../../core/types.ts';
import { formatMs, formatZxid } from '../format.ts';
import { tickLimitMs, tickLimitText } from '../shared/limits.ts';
import { unreachable } from '../shared/unreachable.ts';
import { idList } from './words.ts';
import { startedText } from './server.ts';

// The reasons of src/core/reasons.ts as Chinese clauses (mirrors en/reasons.ts).

/** Why `node` starts looking, as the clause after "进入 LOOKING：". */
export function lookingReasonText(r: LookingReason, node: ServerId): string {
  switch (r.why) {
    case 'started':
      return startedText(node, r.currentEpoch);
    case 'leader-stopped-leading':
      return `它的领导者 ${r.leader} 已不再领导`;
    case 'leader-heartbeat-timeout':
      return `它怀疑自己的领导者 ${r.leader}（心跳超时 ${formatMs(r.timeoutMs)}）`;
    case 'leader-connection-reset':
      return `与领导者 ${r.leader} 的连接被重置`;
    case 'leader-connection-broken':
      return `它与领导者 ${r.leader} 的连接丢失了数据包`;
    case 'leader-closed':
      return `领导者 ${r.leader} 关闭了连接（${closeReasonText(r.close, r.leader, node)}）`;
    case 'leader-refused':
      return `领导者 ${r.leader} 拒绝了连接${r.gaveUp === 'init-limit' ? '，且连接领导者的耗时已超过 initLimit × tickTime' : `，共 ${r.tries} 次`}`;
    case 'epoch-below-accepted':
      return `领导者 ${r.leader} 提议的 epoch ${r.newEpoch} 低于它已接受的 epoch ${r.acceptedEpoch}`;
    case 'truncate-impossible':
      return '它丢弃了无法截断的数据';
    case 'commit-out-of-order':
      return `领导者 ${r.leader} 提交了 ${formatZxid(r.zxid)}，但下一个待处理的提议是 ${r.pendingZxid === null ? '无' : formatZxid(r.pendingZxid)}`;
    case 'leader-silent':
      return `已有 ${formatMs(r.silentMs)} 没有收到领导者 ${r.leader} 的数据包`;
    case 'shut-down-leading':
      return `作为 epoch ${r.epoch} 的领导者，${shutdownClause(r.shutdown)}`;
    default:
      return unreachable(r);
  }
}

function shutdownClause(s: LeaderShutdown): string {
  switch (s.why) {
    case 'zxid-rollover':
      return 'zxid 的低 32 位已经回绕，必须重新选举，从而开始新的 epoch';
    case 'init-limit':
      return '它未能在 initLimit 内召集到多数派';
    case 'not-synced':
      return `已同步的跟随者不足，只与 ${idList(s.synced)} 完成了同步`;
    default:
      return unreachable(s);
  }
}

/** Why `sender` closed its connection to `receiver`. */
export function closeReasonText(r: CloseReason, sender: ServerId, receiver: ServerId): string {
  switch (r.why) {
    case 'timed-out':
      return `服务器 ${sender} 超时`;
    case 'discarded-data':
      return `服务器 ${sender} 丢弃了自己的数据`;
    case 'no-such-connection':
      return `服务器 ${sender} 上没有这条连接`;
    case 'leader-shutdown':
      return `领导者 ${sender} 已关闭`;
    case 'dropped':
      return `领导者 ${sender} 断开了连接：${dropReasonText(r.drop, receiver, sender)}`;
    default:
      return unreachable(r);
  }
}

/** Why `leader` dropped `learner`, as the clause after "断开服务器 N：". */
export function dropReasonText(r: LearnerDropReason, learner: ServerId, leader: ServerId): string {
  switch (r.why) {
    case 'learner-closed':
      return closeReasonText(r.close, learner, leader);
    case 'connection-broken':
      return '它的连接丢失了数据包';
    case 'ahead-of-leader':
      return '跟随者领先于领导者';
    case 'read-timeout':
      return `已有 ${formatMs(r.silentMs)} 没有收到它的任何消息`;
    case 'proposal-unacked':
      return `它对提议 ${formatZxid(r.zxid)} 已有 ${formatMs(r.unackedMs)} 没有确认`;
    case 'connection-reset':
      return '它的连接被重置';
    default:
      return unreachable(r);
  }
}

const WAITING_FOR: Record<Extract<LeaderShutdown, { why: 'init-limit' }>['waitingFor'], string> = {
  followers: '跟随者连接',
  'epoch-acks': '跟随者对新 epoch 的确认（ACKEPOCH）',
  'newleader-acks': '跟随者对 NEWLEADER 的确认',
};

/** The step-down sentence of leader `node` in `epoch`. */
export function stepDownText(s: LeaderShutdown, node: ServerId, epoch: number): string {
  switch (s.why) {
    case 'zxid-rollover':
      return `领导者 ${node} 在 epoch ${epoch} 中用尽了 zxid：zxid 的低 32 位已经回绕，因此它强制重新选举，进入新的 epoch。`;
    case 'init-limit':
      return `领导者 ${node} 等待${WAITING_FOR[s.waitingFor]}已达 ${formatMs(tickLimitMs(s.limit))}（${tickLimitText(s.limit)}），却只有 ${idList(s.have)}：不构成多数派，因此它放弃领导。`;
    case 'not-synced':
      return `领导者 ${node} 只与 ${idList(s.synced)} 保持同步：达不到 ${s.voters} 个投票成员的多数派，因此它退位（epoch ${epoch}）。`;
    default:
      return unreachable(s);
  }
}
