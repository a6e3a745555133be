import type { controls as english } from '../en/controls.ts';
import type { AreaTranslation } from '../en/index.ts';

export const controls: AreaTranslation<typeof english> = {
  'toolbar.label': '控制',
  'toolbar.pause': '❚❚ 暂停',
  'toolbar.resume': '▶ 继续',
  'toolbar.showMessages': '显示消息',
  'toolbar.split': '⊘ 隔离领导者',
  'toolbar.splitTitle': '把网络一分为二，当前领导者（Leader）落在较小的一侧',
  'toolbar.heal': '⇄ 恢复网络',
  'toolbar.settings': '⚙ 设置',
  'toolbar.reset': '↺ 重置',
  'toolbar.resetTitle': '从头重新启动同一个集群',
  'toolbar.speed': '速度',

  'nodeMenu.label': '服务器 {id} 的操作',
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
  // The buttons that open the diagram and compare mode, which bring the rest of their words.
  'spacetime.toggle': '时空图',
  'spacetime.toggleTitle': '每台服务器一条泳道，时间向右推进，每条消息一支箭头',
  'compare.open': '⇆ 并排对比',
  'compare.openTitle': '在同一个时钟下并排运行两个集群：文章的检测方式对比 ZooKeeper 的检测方式、崩溃对比强制终止、两组超时设置',
};
