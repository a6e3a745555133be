import type { BridgeLinkEvent, BridgeRecord, BridgeRefusalSeen, RealRecord, ZabPhase } from '../../host/observedRecords.ts';
import type { RecordOf } from '../../host/records.ts';
import type { DetailLines, NarrationPart, Sentences } from '../language.ts';
import { formatMs, formatZxid } from '../format.ts';
import { unreachable } from '../shared/unreachable.ts';

// What a real ensemble's logs, polls and processes said, and what the page's link to the bridge
// did, in Chinese (mirrors en/real.ts).

type RealKind = (RealRecord | BridgeRecord)['kind'];

const phaseWords: Record<ZabPhase, string> = { discovery: '发现', synchronization: '同步', broadcast: '广播' };

function notificationSeen(e: RecordOf<'notification-seen'>): string {
  const sender = e.from === e.node ? '自己的选举通知' : `服务器 ${e.from} 的选举通知`;
  const round = e.round < 0 ? '发送方未经历自己的选举轮次' : `第 ${e.round} 轮`;
  return `服务器 ${e.node} 收到${sender}（${e.fromState.toUpperCase()}）：投票给服务器 ${e.leader}，${round}，epoch ${e.peerEpoch}，zxid ${formatZxid(e.zxid)}。`;
}

function zabPhase(e: RecordOf<'zab-phase'>): string {
  const mode = e.syncMode === null ? '' : `，以 ${e.syncMode.toUpperCase()} 同步`;
  return `服务器 ${e.node} 处于 ${e.role.toUpperCase()}：Zab ${phaseWords[e.phase]}阶段${mode}。`;
}

function processStarted(e: RecordOf<'process-started'>): string {
  const epochs = e.acceptedEpoch === null && e.currentEpoch === null
    ? '数据目录里还没有 epoch 文件'
    : `数据目录里已接受的 epoch 为 ${e.acceptedEpoch ?? '无'}，当前 epoch 为 ${e.currentEpoch ?? '无'}`;
  return `服务器 ${e.node} 的进程已启动（进程号 ${e.pid}）：${epochs}。`;
}

function processExited(e: RecordOf<'process-exited'>): string {
  const how = e.signal !== null ? `信号 ${e.signal}` : `退出码 ${e.code ?? '未知'}`;
  return e.expected ? `服务器 ${e.node} 的进程按要求结束（${how}）。` : `服务器 ${e.node} 的进程自行结束（${how}）。`;
}

function pollSilence(e: RecordOf<'poll-silence'>): string {
  return e.answering
    ? `服务器 ${e.node} 沉默 ${formatMs(e.silentMs)} 后重新应答轮询。`
    : `服务器 ${e.node} 不再应答轮询（已沉默 ${formatMs(e.silentMs)}）：进程在运行，也没有人停止它，所以它无响应。`;
}

export function bridgeRefusalText(r: BridgeRefusalSeen): string {
  switch (r.code) {
    case 'bad-frame':
      return `它读不懂这个请求（${r.detail}）`;
    case 'unknown-command':
      return `它没有“${r.type}”这个命令`;
    case 'bad-argument':
      return `参数 ${r.field} 不对（${r.detail}）`;
    case 'unknown-server':
      return `没有服务器 ${r.server}`;
    case 'not-now':
      return `现在不行（${r.detail}）`;
    case 'failed':
      return `执行失败（${r.detail}）`;
    case 'no-link':
      return '页面与桥接没有连接，所以什么都没有发送';
    default:
      return unreachable(r);
  }
}

function bridgeLink(event: BridgeLinkEvent): string {
  switch (event) {
    case 'unreachable':
      return '桥接没有应答：请用 `npm run real` 启动它，再打开它打印的 URL。';
    case 'refused':
      return '桥接拒绝了本页面的令牌：请打开 `npm run real` 打印的完整 URL。';
    case 'closing':
      return '桥接正在停止它的服务器。';
    case 'closed':
      return '与桥接的连接已关闭。';
    default:
      return unreachable(event);
  }
}

export const realSentences: Pick<Sentences, RealKind> = {
  'notification-seen': notificationSeen,
  'zab-phase': zabPhase,
  'process-started': processStarted,
  'process-exited': processExited,
  'poll-silence': pollSilence,
  'bridge-refused': (e) => `桥接没有执行“${e.command}”：${bridgeRefusalText(e.refusal)}。什么都没有改变。`,
  'bridge-frame-refused': (e) => `来自桥接的一条消息无法读取，因此什么都没有改变：${e.problem}。`,
  'bridge-link': (e) => bridgeLink(e.event),
};

export const realDetailLines: Pick<DetailLines, RealKind> = {
  'notification-seen': null,
  'zab-phase': null,
  'process-started': null,
  'process-exited': null,
  'poll-silence': null,
  'bridge-refused': null,
  'bridge-frame-refused': null,
  'bridge-link': null,
};

/** The real ensemble's part of the language, registered with the real driver on the page. */
export const realNarration: NarrationPart<RealKind> = { sentences: realSentences, details: realDetailLines };
