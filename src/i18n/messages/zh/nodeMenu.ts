import type { nodeMenu as english } from '../en/nodeMenu.ts';
import type { AreaTranslation } from '../en/index.ts';

export const nodeMenu: AreaTranslation<typeof english> = {
  'nodeMenu.crash': '崩溃（crash）',
  'nodeMenu.crashHint': '悄无声息：对端靠超时才发现',
  'nodeMenu.kill': '杀死（kill）',
  'nodeMenu.killHint': '连接被重置：对端立即发现',
  'nodeMenu.pause': '暂停（pause）',
  'nodeMenu.pauseHint': '冻结，如同一次长时间的 GC 停顿',
  'nodeMenu.resume': '恢复运行',
  'nodeMenu.resumeHint': '处理积压下来的输入',
  'nodeMenu.restart': '重启',
  'nodeMenu.restartHint': '先 kill，再从磁盘重新启动',
  'nodeMenu.restartDownHint': '新进程，从它的磁盘启动',
  'nodeMenu.isolate': '隔离',
  'nodeMenu.isolateHint': '继续运行，但收发不了任何消息',
  'nodeMenu.reconnect': '重新连网',
  'nodeMenu.reconnectHint': '回到网络中',
};
