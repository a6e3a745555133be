import type { app as english } from '../en/app.ts';
import type { AreaTranslation } from '../en/index.ts';

export const app: AreaTranslation<typeof english> = {
  'app.title': 'ZooKeeper 故障转移演练场',
  'app.heading': '故障转移演练场',
  'app.topology': '拓扑',
  // The re-run badge beside the title; the script panel's words load with the panel.
  'script.rerun.badge': '↻ 重跑',
  'script.rerun.badgeTitle': '模拟器中的重跑：用 Web Worker 服务器录制的操作，以确定性的方式重放',
  'script.rerun.badgeLabel': '实时运行在模拟器中的重跑',
  // Drawn at boot, before compare mode's words could load (src/ui/boot.ts).
  'compare.notice.unknownSetup': '{param}={given} 不是可用的对比场景（可选：{known}），已改为打开普通演练场。',
};
