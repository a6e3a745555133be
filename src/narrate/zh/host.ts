import type { ActionRecord, Detection, ScriptRecord, SkipReason } from '../../host/actionRecords.ts';
import type { HostRecord, RecordOf } from '../../host/records.ts';
import type { ActiveFault, LinkRef } from '../../net/network.ts';
import type { Sentences } from '../language.ts';
import { formatMs, formatPercent } from '../format.ts';
import { groupList } from '../shared/ids.ts';
import { tickLimitMs, tickLimitText } from '../shared/limits.ts';
import { unreachable } from '../shared/unreachable.ts';
import { refusalText } from './refusals.ts';

// What hosts, people and scripts did, in Chinese (mirrors en/host.ts).

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

const RUNTIME_CAUSES: Record<RecordOf<'runtime-error'>['cause'], string> = {
  'log-write': '它无法写入日志',
  'disk-load': '它无法加载磁盘',
  worker: '它的 Worker 出错',
};

// `error` is what the browser or the runtime threw, quoted as it came.
function runtimeError(e: RecordOf<'runtime-error'>): string {
  return `服务器 ${e.node} 已停止：${RUNTIME_CAUSES[e.cause]}（${e.error}）。`;
}

function diskInMemory(e: RecordOf<'disk-in-memory'>): string {
  const why = e.cause === 'missing' ? '这个浏览器在此处不提供 IndexedDB' : e.cause === 'refused' ? `IndexedDB 拒绝打开（${e.error}）` : `IndexedDB 在 ${formatMs(e.waitedMs)} 内没有应答`;
  const who = e.node === null ? '每台服务器都把磁盘' : `服务器 ${e.node} 把磁盘`;
  return `磁盘改存内存：${why}，因此${who}保存在本标签页的内存中。重启仍能读到已写入的内容；关闭或刷新标签页则会丢失。`;
}

function packetsReleased(e: RecordOf<'packets-released'>): string {
  const limit = formatMs(e.syncLimitMs);
  const verdict = e.heldMs < e.syncLimitMs
    ? `短于 syncLimit × tickTime（${limit}），所以没有读超时因它们而到期，连接照常继续`
    : `不短于 syncLimit × tickTime（${limit}）：读超时在它们到达之前已经到期`;
  return `从服务器 ${e.node} 到 ${e.peers.join('、')} 的链路已恢复：TCP 按顺序投递它暂存的 ${e.packets} 个数据包，最早的一个被暂存了 ${formatMs(e.heldMs)}；${verdict}。`;
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

export const hostSentences: Pick<Sentences, (HostRecord | ActionRecord | ScriptRecord)['kind']> = {
  restart: (e) => `服务器 ${e.node} 从磁盘重启：已接受的 epoch 为 ${e.acceptedEpoch}，当前 epoch 为 ${e.currentEpoch}，日志中有 ${e.loggedTxns} 个事务${e.hasSnapshot ? '（在一个快照之后）' : ''}。`,
  'packets-released': packetsReleased,
  'runtime-error': runtimeError,
  'disk-in-memory': diskInMemory,
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
