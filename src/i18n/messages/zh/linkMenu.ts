import type { linkMenu as english } from '../en/linkMenu.ts';
import type { AreaTranslation } from '../en/index.ts';

export const linkMenu: AreaTranslation<typeof english> = {
  'linkMenu.label': '服务器 {a} 与 {b} 之间的链路',
  'linkMenu.title': '链路 {a} ↔ {b}',
  'linkMenu.restore': '恢复 {from} → {to}',
  'linkMenu.restoreHint': '消息重新沿这个方向流动',
  'linkMenu.partitioned': '{from} → {to} 被分区切断',
  'linkMenu.partitionedHint': '修复分区才能恢复',
  'linkMenu.cut': '切断 {from} → {to}',
  'linkMenu.cutHint': '单向：{to} 收不到 {from} 的消息',
  'linkMenu.restoreBoth': '恢复 {a} ↔ {b}',
  'linkMenu.restoreBothHint': '两个方向都恢复',
  'linkMenu.cutBoth': '切断 {a} ↔ {b}',
  'linkMenu.cutBothHint': '双向切断，如同拔掉网线',
  'linkMenu.quality': '丢包与延迟…',
  'linkMenu.qualityHint': '单条链路的设置，在“网络”标签页中',
};
