import type { CoreEvent, VoteChoice } from '../../core/events.ts';
import type { LookingReason } from '../../core/reasons.ts';
import type { ServerId } from '../../core/types.ts';
import type { RecordOf } from '../../host/records.ts';
import { NOT_LOADED, type AftermathKind, type Sentences } from '../language.ts';
import { formatMs, formatZxid } from '../format.ts';
import { tickLimitText } from '../shared/limits.ts';
import { unreachable } from '../shared/unreachable.ts';
import { idList, stateName } from './words.ts';

// The servers' events in Chinese that a cluster starting and electing says (mirrors en/server.ts):
// the first screen's. What follows a fault or a write is ./aftermath.ts, in the actions part.

/** "投票给服务器 5（epoch 2，zxid 0x200000003）", or that it does not vote. */
function votesFor(node: ServerId, vote: VoteChoice): string {
  if (vote === null) return '不投票（观察者不参与投票）';
  const who = vote.leader === node ? '自己' : `服务器 ${vote.leader}`;
  return `投票给${who}（epoch ${vote.epoch}，zxid ${formatZxid(vote.zxid)}）`;
}

function outcomeText(e: Extract<RecordOf<'state-change'>, { change: 'decided' }>): string {
  if (e.next === 'lead') return '它将成为领导者（LEADING）';
  if (e.next === 'observe') return `它将作为观察者（Observer）跟随领导者 ${e.leader}`;
  return `它将跟随服务器 ${e.leader}（FOLLOWING）`;
}

/** Why a server looks, as a clause: only starting up on the first screen, every reason in the actions part. */
export type LookingReasonText = (reason: LookingReason, node: ServerId) => string;

/** The clause for a server that has just started (the one reason the first screen says). */
export function startedText(node: ServerId, currentEpoch: number): string {
  return `服务器 ${node} 以 epoch ${currentEpoch} 启动`;
}

/** The first screen's: src/narrate/narration.ts gives a server looking for any other reason to the actions part. */
const startedOnly: LookingReasonText = (r, node) => (r.why === 'started' ? startedText(node, r.currentEpoch) : NOT_LOADED);

export const stateChangeSentence = (reasonText: LookingReasonText) => (e: RecordOf<'state-change'>): string => {
  switch (e.change) {
    case 'looking': {
      const was = e.from === 'looking' ? '' : `（原为 ${stateName(e.from)}）`;
      return `服务器 ${e.node} 进入 LOOKING${was}：${reasonText(e.reason, e.node)}。它发起第 ${e.round} 轮选举，${votesFor(e.node, e.vote)}。`;
    }
    case 'decided': {
      if (e.joinedRunningEnsemble) {
        return `服务器 ${e.node} 寻找 ${formatMs(e.tookMs)} 后加入正在运行的集群：多数派跟随服务器 ${e.leader}，且服务器 ${e.leader} 自己也声明处于 LEADING，因此${outcomeText(e)}。`;
      }
      return `服务器 ${e.node} 用时 ${formatMs(e.tookMs)} 结束第 ${e.round} 轮选举：多数派认同服务器 ${e.leader}（epoch ${e.epoch}，zxid ${formatZxid(e.zxid)}），因此${outcomeText(e)}。`;
    }
    case 'leading':
      return `服务器 ${e.node} 进入 LEADING：它等待多数派跟随者连接（${tickLimitText(e.limit)}）。`;
    case 'learning':
      return `服务器 ${e.node} 进入 ${e.observer ? 'OBSERVING' : 'FOLLOWING'}，领导者为 ${e.leader}：它用 FOLLOWERINFO 注册（已接受的 epoch 为 ${e.acceptedEpoch}）。`;
    default:
      return unreachable(e);
  }
};

function sync(e: RecordOf<'sync'>): string {
  if (e.side === 'learner') return `服务器 ${e.node} 用领导者 ${e.leader} 在 ${formatZxid(e.snapshotZxid)} 的快照替换了自己的数据（SNAP）。`;
  const who = `领导者 ${e.node} 同步服务器 ${e.learner}（对方位于 ${formatZxid(e.fromZxid)}）`;
  switch (e.mode) {
    case 'snap':
      return `${who}，采用 SNAP：发送截至 ${formatZxid(e.snapshotZxid)} 的完整快照，因为它的日志无法与领导者的日志对齐。`;
    case 'trunc':
      return `${who}，采用 TRUNC 截断到 ${formatZxid(e.truncZxid)}：它记录了本领导者从未提交的事务${e.sent.length ? `，随后发送 ${e.sent.length} 个事务` : ''}。`;
    case 'diff':
      if (e.sent.length === 0) return `${who}，采用空的 DIFF：它已是最新。`;
      return `${who}，采用 DIFF：${e.sent.length} 个事务，从 ${formatZxid(e.sent[0]!)} 到 ${formatZxid(e.sent[e.sent.length - 1]!)}。`;
    default:
      return unreachable(e);
  }
}

function learnerSynced(e: RecordOf<'learner-synced'>): string {
  if (e.side === 'leader') return `服务器 ${e.learner} 已与领导者 ${e.node} 同步，开始为客户端提供服务。`;
  return `服务器 ${e.node} 在 epoch ${e.epoch} 中${e.observer ? '观察' : '跟随'}领导者 ${e.leader}，已同步到 ${formatZxid(e.zxid)}；它开始为客户端提供服务。`;
}

function leaderElected(e: RecordOf<'leader-elected'>): string {
  const acked = e.followers.length > 0
    ? `跟随者 ${idList(e.followers)} 已确认 NEWLEADER；加上领导者共 ${e.followers.length + 1} 个，占 ${e.voters} 个投票成员的多数`
    : '它是唯一的投票成员，自身即构成多数派';
  return `服务器 ${e.node} 成为 epoch ${e.epoch} 的领导者（Leader）：${acked}。`;
}

export const serverSentences: Pick<Sentences, Exclude<CoreEvent['kind'], 'request-failed' | AftermathKind>> = {
  'state-change': stateChangeSentence(startedOnly),
  'election-round': (e) => `服务器 ${e.node} 收到服务器 ${e.from} 第 ${e.round} 轮的投票：它加入这一轮，${votesFor(e.node, e.vote)}。`,
  'vote-changed': (e) => `服务器 ${e.node} 现在${votesFor(e.node, e.vote)}：按 (epoch, zxid, sid) 比较，服务器 ${e.from} 的投票更优。`,
  'leader-elected': leaderElected,
  'epoch-accepted': (e) => `领导者 ${e.node} ${e.followers.length > 0 ? `已有跟随者 ${idList(e.followers)} 连接` : '是唯一的投票成员'}：它提议 epoch ${e.epoch}（已接受的最高 epoch 加一）。`,
  sync,
  'learner-synced': learnerSynced,
};
