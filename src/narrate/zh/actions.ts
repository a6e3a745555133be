import type { ActionRecord, Detection, ScriptRecord, SkipReason } from '../../host/actionRecords.ts';
import type { RecordOf } from '../../host/records.ts';
import type { ActiveFault, LinkRef } from '../../net/network.ts';
import type { Sentences } from '../language.ts';
import { formatMs, formatPercent } from '../format.ts';
import { groupList } from '../shared/ids.ts';
import { tickLimitMs, tickLimitText } from '../shared/limits.ts';
import { unreachable } from '../shared/unreachable.ts';
import { refusalText } from './refusals.ts';

// What people and scripts did, in Chinese (mirrors en/actions.ts).

function detectionText(d: Detection): string {
  if (d.detector === 'all-to-all') return `心跳超时时间 ${formatMs(d.timeoutMs)}`;
  return `${tickLimitText(d.limit)} = ${formatMs(tickLimitMs(d.limit))}`;
}

function arrow(link: LinkRef, both: boolean): string {
  return `${link.from} ${both ? '↔' : '→'} ${link.to}`;
}

function onLinks(link: LinkRef | null, all: string): string {
  return link ? `链路 ${arrow(link, false)} ` : all;
}

const direction = (both: boolean) => (both ? '双向' : '单向');

export function faultText(f: ActiveFault): string {
  switch (f.kind) {
    case 'partition':
      return `分区 ${groupList(f.groups, ',')}`;
    case 'cut':
      return `链路 ${arrow(f, f.both)} 切断（${direction(f.both)}）`;
    case 'drop':
      return `${onLinks(f.link, '所有链路')}丢包 ${formatPercent(f.rate)}`;
    case 'delay': {
      const jitter = f.jitterMs > 0 ? `，外加最多 ${formatMs(f.jitterMs)} 的抖动` : '';
      return `${onLinks(f.link, '所有链路')}延迟 ${formatMs(f.latencyMs)}${jitter}`;
    }
    case 'duplicate':
      return `${formatPercent(f.rate)} 的消息被重复发送`;
    default:
      return unreachable(f);
  }
}

function skipText(r: SkipReason, statement: string): string {
  switch (r.why) {
    case 'no-matching-server':
      return `没有服务器符合“${statement}”`;
    case 'client-exists':
      return `已经有客户端 ${r.client}`;
    case 'no-such-client':
      return `没有名为 ${r.client} 的客户端连接过`;
    default:
      return unreachable(r);
  }
}

// `statement` is the script's own text, quoted as written.
function scriptFault(e: RecordOf<'fault'>): string {
  const leader = e.leader === undefined ? '' : e.leader === null ? '（当前没有领导者）' : `（领导者是服务器 ${e.leader}）`;
  return `${formatMs(e.t)} 时：${e.statement}${leader}`;
}

export const actionSentences: Pick<Sentences, (ActionRecord | ScriptRecord)['kind']> = {
  crash: (e) => `你让${e.wasLeading ? '领导者' : '服务器'} ${e.node} 崩溃了：它的主机陷入沉默，其他服务器要等各自的超时到期才会察觉（${detectionText(e.detection)}）。`,
  kill: (e) => `你杀死了服务器 ${e.node} 的进程：它的主机仍在运行，会重置每一条连接，所以其他服务器立刻就能察觉。`,
  pause: (e) => `你暂停了服务器 ${e.node}，就像一次漫长的垃圾回收停顿：它停止工作，定时器冻结，发给它的消息排队等候。`,
  resume: (e) => `服务器 ${e.node} 恢复运行：它处理排队的消息和已到期的定时器。`,
  isolate: (e) => `你隔离了服务器 ${e.node}：它仍在运行，但任何消息都进不来、出不去。`,
  cut: (e) => `你切断了链路 ${arrow(e.link, e.both)}（${direction(e.both)}）。`,
  'restore-link': (e) => `链路 ${arrow(e.link, e.both)} 已恢复。`,
  partition: (e) => `你划分了网络分区：${groupList(e.groups)}。只有同一组内的服务器才能相互通信。`,
  heal: (e) => (e.fault ? `已修复：${faultText(e.fault)}。` : '所有链路都已恢复；丢包和延迟也恢复正常。'),
  drop: (e) => `${onLinks(e.link, '每条链路')}丢包 ${e.ratePercent}%（TCP 会重传，所以丢包表现为延迟）。`,
  delay: (e) => `${onLinks(e.link, '每条链路')}延迟 ${formatMs(e.latencyMs)} ± ${formatMs(e.jitterMs)}。`,
  refused: (e) => `未执行：${refusalText(e.refusal)}。`,
  fault: scriptFault,
  'step-skipped': (e) => `  （${skipText(e.reason, e.statement)}：什么也没做）`,
};
