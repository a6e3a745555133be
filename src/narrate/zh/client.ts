import type { AfterLoss, ClientEvent, LinkLoss, SessionExpiry, UserOp } from '../../core/clientEvents.ts';
import type { ClientName, ClientResult, CreateMode, ServerId } from '../../core/types.ts';
import type { RecordOf } from '../../host/records.ts';
import type { Sentences } from '../language.ts';
import { formatMs, formatSessionId, formatZxid } from '../format.ts';
import { unreachable } from '../shared/unreachable.ts';
import { isShortValue, quotedHead, valueBytes } from '../values.ts';
import { grouped } from '../../core/limits.ts';
import { requestProblemText } from './problems.ts';

// The clients' events in Chinese (mirrors en/client.ts).

/** The value quoted, or a long one's head and its size in bytes. */
function quoted(value: string): string {
  return isShortValue(value) ? quotedHead(value) : `${quotedHead(value)}（${grouped(valueBytes(value))} 字节）`;
}

const MODES: Record<Exclude<CreateMode, 'persistent'>, string> = {
  ephemeral: '临时',
  'persistent-sequential': '持久顺序',
  'ephemeral-sequential': '临时顺序',
};

const versionNote = (version: number) => (version >= 0 ? `（版本 ${version}）` : '');

export function userOpText(op: UserOp): string {
  switch (op.type) {
    case 'create':
      return `创建 ${op.path} ${quoted(op.value)}${op.mode === 'persistent' ? '' : `（${MODES[op.mode]}）`}`;
    case 'set':
      return `修改 ${op.path} ${quoted(op.value)}${versionNote(op.version)}`;
    case 'delete':
      return `删除 ${op.path}${versionNote(op.version)}`;
    case 'get':
      return `读取 ${op.path}`;
    case 'close':
      return '关闭';
    default:
      return unreachable(op);
  }
}

export function resultText(result: ClientResult): string {
  if (!result.ok) return `${result.code}（${requestProblemText(result.problem)}）`;
  switch (result.type) {
    case 'connected':
      return `已连接，会话 ${formatSessionId(result.sessionId)}`;
    case 'pong':
      return '心跳应答';
    case 'created':
      return `已在 ${formatZxid(result.zxid)} 创建 ${result.path}`;
    case 'set':
      return `已在 ${formatZxid(result.zxid)} 修改，版本 ${result.version}`;
    case 'deleted':
      return `已在 ${formatZxid(result.zxid)} 删除`;
    case 'data':
      return `${quoted(result.value)}（版本 ${result.version}）`;
    case 'closed':
      return '已关闭';
    default:
      return unreachable(result);
  }
}

function lossText(loss: LinkLoss, client: ClientName, server: ServerId): string {
  switch (loss.why) {
    case 'turned-away':
      return `服务器 ${server} 拒绝了客户端 ${client}（它未在提供服务，或落后于客户端见过的 zxid ${formatZxid(loss.lastZxidSeen)}）`;
    case 'closed-by-server':
      return `服务器 ${server} 关闭了客户端 ${client} 的连接`;
    case 'bad-connect-answer':
      return `服务器 ${server} 对客户端 ${client} 的连接请求回复了“${resultText(loss.result)}”`;
    case 'dropped-by-server':
      return `服务器 ${server} 断开了客户端 ${client} 的连接`;
    case 'connect-timeout':
      return `客户端 ${client} 在 ${formatMs(loss.waitedMs)} 内没有收到服务器 ${server} 的应答`;
    case 'read-timeout':
      return `客户端 ${client} 失去了服务器 ${server}（${formatMs(loss.silentMs)} 没有回复）`;
    case 'connection-reset':
      return `客户端 ${client} 到服务器 ${server} 的连接被重置`;
    default:
      return unreachable(loss);
  }
}

function afterLossText(after: AfterLoss, client: ClientName, sessionId: number | undefined): string {
  switch (after.then) {
    case 'try':
      return `改试服务器 ${after.server}`;
    case 'wait':
      return `所有服务器都已接连失败，因此它在 ${formatMs(after.waitMs)} 后再试服务器 ${after.server}`;
    case 'closed':
      return `客户端 ${client} 已关闭${sessionId === undefined ? '' : `，会话 ${formatSessionId(sessionId)} 留待 ${formatMs(after.sessionTimeoutMs)} 后过期`}`;
    default:
      return unreachable(after);
  }
}

function expiryText(expiry: SessionExpiry, server: ServerId): string {
  switch (expiry.why) {
    case 'zero-timeout':
      return `服务器 ${server} 回复的超时时间为 0`;
    case 'other-session':
      return `服务器 ${server} 回复了另一个会话 ${formatSessionId(expiry.otherSessionId)}`;
    case 'unknown-to-server':
      return `服务器 ${server} 已不认识这个会话`;
    case 'server-says-expired':
      return `服务器 ${server} 确认它已过期`;
    default:
      return unreachable(expiry);
  }
}

function clientState(e: RecordOf<'client-state'>): string {
  const c = e.client;
  const session = e.sessionId === undefined ? null : formatSessionId(e.sessionId);
  switch (e.change) {
    case 'connecting':
      return `客户端 ${c} 正在连接服务器 ${e.server}（会话超时 ${formatMs(e.requestedTimeoutMs)}，服务器顺序 ${e.serverOrder.join('、')}）`;
    case 'connected':
      if (e.resumed) return `客户端 ${c} 及时重新连接到服务器 ${e.server}：会话 ${session} 得以保留`;
      return `客户端 ${c} 已连接到服务器 ${e.server}：新会话 ${session}，超时 ${formatMs(e.timeoutMs)}（请求 ${formatMs(e.requestedTimeoutMs)}）${e.tookMs > 0 ? `，用时 ${formatMs(e.tookMs)}` : ''}`;
    case 'link-lost':
      return `${lossText(e.loss, c, e.server)}；${afterLossText(e.after, c, e.sessionId)}`;
    case 'expired':
      return `客户端 ${c}：会话 ${formatSessionId(e.sessionId ?? 0)} 已过期（${expiryText(e.expiry, e.server)}）；这个句柄已失效`;
    case 'closed':
      return `客户端 ${c} 通过服务器 ${e.server} 关闭了会话 ${session}`;
    case 'closed-locally':
      return `客户端 ${c} 已关闭${session === null ? '' : `；会话 ${session} 留待 ${formatMs(e.sessionTimeoutMs)} 后过期`}`;
    case 'vanished': {
      const expires = session === null ? '' : `；集群将在 ${formatMs(e.sessionTimeoutMs)} 后使会话 ${session} 过期`;
      const pending = e.pendingOps > 0 ? `（${e.pendingOps} 个未完成的操作随之消失）` : '';
      return `客户端 ${c} 不告而别${expires}${pending}`;
    }
    default:
      return unreachable(e);
  }
}

function clientResult(e: RecordOf<'client-result'>): string {
  const op = userOpText(e.op);
  if (e.answeredBy === 'server') return `客户端 ${e.client}：${op} → ${resultText(e.result)}`;
  if (e.result.ok) return `客户端 ${e.client}：${op} → 已在本地关闭`;
  return `客户端 ${e.client}：${op} 失败，错误 ${e.result.code}（${requestProblemText(e.result.problem)}）`;
}

const WRITE_NAMES: Record<RecordOf<'request-failed'>['op'], string> = { create: '创建', set: '修改', delete: '删除' };

/** The clients' own events, and the leader's refusal of a client's write (a server's record, worded with the client's problems). */
export const clientSentences: Pick<Sentences, ClientEvent['kind'] | 'request-failed'> = {
  'client-state': clientState,
  'client-result': clientResult,
  'request-failed': (e) => `领导者 ${e.node} 拒绝了${WRITE_NAMES[e.op]} ${e.path}：${requestProblemText(e.problem)}。`,
};
