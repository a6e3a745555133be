import type { TxnOpSummary } from '../../core/events.ts';
import type { RecordOf } from '../../host/records.ts';
import type { AftermathKind, Sentences } from '../language.ts';
import { formatMs, formatSessionId, formatZxid } from '../format.ts';
import { tickLimitText } from '../shared/limits.ts';
import { unreachable } from '../shared/unreachable.ts';
import { dropReasonText, lookingReasonText, stepDownText } from './reasons.ts';
import { stateChangeSentence } from './server.ts';
import { idList } from './words.ts';

// The servers' events in Chinese that only follow a fault or a write, and a server looking for any
// reason (mirrors en/aftermath.ts): loaded with the actions part.

function peerSuspected(e: RecordOf<'peer-suspected'>): string {
  switch (e.cause) {
    case 'leader-stopped-leading':
      return `服务器 ${e.node} 收到了领导者 ${e.peer} 的消息，但 ${e.peer} 已不再声称自己在领导：它发起选举。`;
    case 'heartbeat-timeout':
      return `服务器 ${e.node} 怀疑服务器 ${e.peer}：已有 ${formatMs(e.silentMs)} 没有心跳，超过超时时间 ${formatMs(e.limitMs)}。`;
    case 'leader-silent':
      return `服务器 ${e.node} 已有 ${formatMs(e.silentMs)} 没有收到领导者 ${e.peer} 的任何消息（${tickLimitText(e.limit)}）。`;
    case 'connection-reset':
      return `服务器 ${e.node} 与领导者 ${e.peer} 的连接被重置：它立即发起选举。`;
    default:
      return unreachable(e);
  }
}

function truncated(e: RecordOf<'truncated'>): string {
  if (e.cleared) {
    return `服务器 ${e.node} 无法截断到 ${formatZxid(e.toZxid)}：它的快照已包含 ${formatZxid(e.snapshotZxid)}，而领导者 ${e.leader} 从未提交过它。它丢弃自己的数据，重新加入以获取完整的 SNAP。`;
  }
  const removed = e.removed.map(formatZxid).join('、') || '无';
  return `服务器 ${e.node} 把日志截断到 ${formatZxid(e.toZxid)}（来自领导者 ${e.leader} 的 TRUNC），丢弃了 ${e.removed.length} 个未被多数派提交的事务：${removed}。`;
}

export function txnOpText(op: TxnOpSummary): string {
  switch (op.type) {
    case 'create':
      return `创建 ${op.path}${op.ephemeralOwner ? '（临时节点）' : ''}`;
    case 'set':
      return `修改 ${op.path}`;
    case 'delete':
      return `删除 ${op.path}`;
    case 'createSession':
      return `为 ${op.client} 打开会话 ${formatSessionId(op.sessionId)}`;
    case 'closeSession':
      return op.reason === 'expired' ? `使会话 ${formatSessionId(op.sessionId)} 过期` : `关闭会话 ${formatSessionId(op.sessionId)}`;
    default:
      return unreachable(op);
  }
}

function ephemeralsGone(deletedPaths: readonly string[]): string {
  return deletedPaths.length ? `它的临时节点 ${deletedPaths.join('、')} 在所有服务器上被删除` : '它没有临时节点';
}

export const aftermathSentences: Pick<Sentences, AftermathKind | 'state-change'> = {
  'state-change': stateChangeSentence(lookingReasonText),
  'peer-suspected': peerSuspected,
  'peer-recovered': (e) => `服务器 ${e.node} 重新收到服务器 ${e.peer} 的消息：不再怀疑它。`,
  truncated,
  'learner-dropped': (e) => `领导者 ${e.node} 断开服务器 ${e.learner}：${dropReasonText(e.reason, e.learner, e.node)}。`,
  'step-down': (e) => stepDownText(e.shutdown, e.node, e.epoch),
  'proposal-committed': (e) => `领导者 ${e.node} 提交了 ${formatZxid(e.zxid)}（${txnOpText(e.op)}）：已由 ${idList(e.ackedBy)} 写入日志，构成 ${e.voters} 个投票成员中的多数派。`,
  'session-expired': (e) => `领导者 ${e.node} 使会话 ${formatSessionId(e.sessionId)} 过期：在其超时时间内没有心跳到达集群；${ephemeralsGone(e.deletedPaths)}。`,
  'session-closed': (e) => `会话 ${formatSessionId(e.sessionId)} 被它的客户端关闭；${ephemeralsGone(e.deletedPaths)}。`,
  'follower-refused': (e) => `领导者 ${e.node} 拒绝服务器 ${e.follower}：它领先于领导者（epoch ${e.followerEpoch}，zxid ${formatZxid(e.followerZxid)} > epoch ${e.leaderEpoch}，zxid ${formatZxid(e.leaderZxid)}）。`,
};
