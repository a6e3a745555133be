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

  // The server menu's button; the menu's items load with it (nodeMenu.ts).
  'nodeMenu.label': '服务器 {id} 的操作',
  // The buttons that open the diagram and compare mode, which bring the rest of their words.
  'spacetime.toggle': '时空图',
  'spacetime.toggleTitle': '每台服务器一条泳道，时间向右推进，每条消息一支箭头',
  'compare.open': '⇆ 并排对比',
  'compare.openTitle': '在同一个时钟下并排运行两个集群：文章的检测方式对比 ZooKeeper 的检测方式、崩溃对比强制终止、两组超时设置',
  // The button that opens the shortcuts overlay, whose words load with it (shortcuts.ts).
  'shortcuts.open': '键盘快捷键（?）',
};
