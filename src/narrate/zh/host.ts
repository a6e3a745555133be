import type { HostRecord, RecordOf } from '../../host/records.ts';
import type { Sentences } from '../language.ts';
import { formatMs } from '../format.ts';

// What hosts did, in Chinese (mirrors en/host.ts): what people and scripts did is ./actions.ts, which the page loads
// with the first of them.

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

export const hostSentences: Pick<Sentences, HostRecord['kind']> = {
  restart: (e) => `服务器 ${e.node} 从磁盘重启：已接受的 epoch 为 ${e.acceptedEpoch}，当前 epoch 为 ${e.currentEpoch}，日志中有 ${e.loggedTxns} 个事务${e.hasSnapshot ? '（在一个快照之后）' : ''}。`,
  'packets-released': packetsReleased,
  'runtime-error': runtimeError,
  'disk-in-memory': diskInMemory,
};
