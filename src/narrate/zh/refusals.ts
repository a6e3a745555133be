import type { Refusal } from '../../net/refusal.ts';
import { unreachable } from '../shared/unreachable.ts';

// Why the cluster refused a command (src/net/refusal.ts), in Chinese (mirrors en/refusals.ts).

const RATES: Record<Extract<Refusal, { why: 'bad-rate' }>['what'], string> = { drop: '丢包率', duplicate: '重复率' };
const DURATIONS: Record<Extract<Refusal, { why: 'bad-ms' }>['what'], string> = { latencyMs: '延迟', jitterMs: '抖动' };

export function refusalText(r: Refusal): string {
  switch (r.why) {
    case 'bad-server-id':
      return `服务器编号必须是 1..${r.maxId} 之间的整数，收到的是 ${r.id}`;
    case 'no-server':
      return `这个集群里没有服务器 ${r.server}`;
    case 'same-server-link':
      return `一条链路连接两台不同的服务器，收到的是 ${r.from} → ${r.to}`;
    case 'server-twice':
      return `服务器 ${r.server} 在同一个分区组里出现了两次`;
    case 'empty-partition':
      return '分区至少需要一个非空的组';
    case 'bad-rate':
      return `${RATES[r.what]}必须在 [0, 1] 之内，收到的是 ${r.rate}`;
    case 'bad-ms':
      return `${DURATIONS[r.what]}必须是不小于 0 的有限毫秒数，收到的是 ${r.value}`;
    case 'bad-drop-percent':
      return `丢包率是 0 到 100 之间的百分数，收到的是 ${r.ratePercent}`;
    case 'bad-session-timeout':
      return `会话超时必须是正的毫秒数，收到的是 ${r.timeoutMs}`;
    case 'no-fault':
      return `没有可修复的故障 ${r.faultId}（它可能已经修复了）`;
    case 'client-exists':
      return `客户端 ${r.client} 已存在`;
    case 'no-client':
      return `没有客户端 ${r.client}`;
    case 'client-starting':
      return `客户端 ${r.client} 仍在启动（它的代码正在加载）；请稍后再试`;
    case 'server-running':
      return `服务器 ${r.server} 正在运行：替换它的磁盘之前先停止它`;
    case 'failed':
      // What the cluster threw, quoted as it came.
      return r.error;
    default:
      return unreachable(r);
  }
}
