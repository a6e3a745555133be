import { grouped } from '../../core/limits.ts';
import type { PathIssue } from '../../core/path.ts';
import type { PrepProblem, RequestProblem } from '../../core/requestProblems.ts';
import { formatSessionId } from '../format.ts';
import { unreachable } from '../shared/unreachable.ts';
import { stateName } from './words.ts';

// Why a client request failed (src/core/requestProblems.ts), in Chinese (mirrors en/problems.ts).

const OP_NAMES: Record<Extract<PrepProblem, { why: 'not-a-write' }>['op'], string> = {
  connect: '连接',
  ping: 'PING',
  get: '读取',
  close: '关闭',
  create: '创建',
  set: '修改',
  delete: '删除',
};

function pathIssueWords(issue: PathIssue): string {
  switch (issue.kind) {
    case 'empty':
      return '路径长度必须大于 0';
    case 'no-leading-slash':
      return '路径必须以 / 开头';
    case 'trailing-slash':
      return '路径不能以 / 结尾';
    case 'null-character':
      return `位置 ${issue.at} 不允许出现空字符`;
    case 'bad-character':
      return `位置 ${issue.at} 有非法字符`;
    case 'empty-name':
      return `位置 ${issue.at} 的节点名为空`;
    case 'relative':
      return `位置 ${issue.at} 不允许使用相对路径`;
    default:
      return unreachable(issue);
  }
}

export function requestProblemText(p: RequestProblem): string {
  switch (p.why) {
    case 'not-a-write':
      return `“${OP_NAMES[p.op]}”不是写操作`;
    case 'bad-path':
      return `路径“${p.path}”无效：${pathIssueWords(p.issue)}`;
    case 'too-large':
      return `请求的路径和值共 ${grouped(p.bytes)} 字节，超过了 jute.maxbuffer（${grouped(p.limitBytes)} 字节）`;
    case 'create-root':
      return '不能创建根节点 /';
    case 'no-parent':
      return `父节点 ${p.parent} 不存在`;
    case 'read-only':
      return `${p.path} 只授予客户端 READ 权限，没有 ${p.perm} 权限（/zookeeper/config 的 ACL 对客户端只读）`;
    case 'node-exists':
      return `节点 ${p.path} 已存在`;
    case 'ephemeral-parent':
      return `父节点 ${p.parent} 是临时节点，不能有子节点`;
    case 'session-closed':
      return `会话 ${formatSessionId(p.sessionId)} 已关闭或已过期`;
    case 'delete-root':
      return '不能删除根节点 /';
    case 'delete-special':
      return `不能删除 ${p.path}：它归服务器所有`;
    case 'no-node':
      return `节点 ${p.path} 不存在`;
    case 'bad-version':
      return `期望版本 ${p.expected}，但节点 ${p.path} 的版本是 ${p.actual}`;
    case 'not-empty':
      return `节点 ${p.path} 有 ${p.children} 个子节点（${p.some.join('、')}${p.children > p.some.length ? '、…' : ''}）`;
    case 'not-on-server':
      return `服务器 ${p.server} 上不存在 ${p.path}`;
    case 'not-serving':
      return `服务器 ${p.server} 未在提供服务（${stateName(p.role)}）`;
    case 'not-connected':
      return `客户端 ${p.client} 没有连接到服务器 ${p.server}`;
    case 'server-behind':
      return `服务器 ${p.server} 落后于客户端（客户端见过更新的 zxid）`;
    case 'not-accepting':
      return `领导者 ${p.leader} 不再接受提议`;
    case 'stopped-serving':
      return `服务器 ${p.server} 已停止提供服务`;
    case 'session-expired':
      return `会话 ${formatSessionId(p.sessionId)} 已过期`;
    case 'lost-before-answer':
      return `到服务器 ${p.server} 的连接在应答之前断开；结果未知`;
    case 'no-server-while-closing':
      return '正在关闭，没有服务器可以发送';
    case 'handle-expired':
      return '会话已过期';
    case 'client-closed':
      return '客户端已关闭';
    case 'client-closing':
      return '客户端正在关闭';
    case 'closed-before-send':
      return '客户端在发送之前就已关闭';
    default:
      return unreachable(p);
  }
}
