import type { topology as english } from '../en/topology.ts';
import type { AreaTranslation } from '../en/index.ts';

export const topology: AreaTranslation<typeof english> = {
  'topology.label': '各台服务器。点击一台服务器让它崩溃，再点一次重启它；按住 Shift 点击把它加入分区组。方向键在服务器之间移动；菜单键打开更多故障。点击一条链路可切断它。',
  'node.label': '服务器 {id}，{state}',
  'node.labelPending': '服务器 {id}，{state}（尚未建立）',
  'node.labelDeposed': '服务器 {id}，仍以为自己是 epoch {epoch} 的领导者',
  'node.hintDown': '点击重启它。',
  'node.hintUp': '点击让它崩溃（无声故障）。',
  'node.title': '{hint}按住 Shift 点击（或 Shift+Enter）把它加入分区组。右键或按菜单键可 kill、pause、重启、隔离。',
  'caption.stale': '过期领导者',
  'caption.votes': '{word} · 投给 {vote}',
  'caption.meta': 'epoch {epoch} · {zxid}',
  'caption.staleNote': '仍以为自己领导 epoch {epoch}',
  'caption.decides': '{seconds} s 后决定',
  'caption.nextRound': '{seconds} s 后下一轮',
  'syncBadge.label': '服务器 {id} 通过 {mode} 完成同步',

  'link.stateBoth': '双向切断',
  'link.stateOneWay': '{from} 到 {to} 已切断',
  'link.stateUp': '正常',
  'link.hitLabel': '服务器 {a} 与 {b} 之间的链路：{state}。打开菜单以切断或恢复它。',
  'link.hitTitle': '链路 {a} ↔ {b}（{state}）：点击切断或恢复',
  'link.slow': '链路 {from} → {to} 设置了单独的丢包或延迟',
  'link.cut': '链路 {from} → {to} 已切断',
};
