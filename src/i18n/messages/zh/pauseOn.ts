import type { pauseOn as english } from '../en/pauseOn.ts';
import type { AreaTranslation } from '../en/index.ts';

export const pauseOn: AreaTranslation<typeof english> = {
  'pauseOn.when': '在以下时刻暂停…',
  'pauseOn.suspect': '有服务器产生怀疑',
  'pauseOn.elected': '选出领导者',
  'pauseOn.commit': '一次写入提交',
  'pauseOn.exact': '模拟器会精确停在那一刻。',
  'pauseOn.late': '服务器运行在 Worker 中：事件到达页面后才暂停，会晚几 ms。',
  'pauseOn.slowMotion': '选举期间慢动作',
  'pauseOn.stepNeedsSim': '单步执行需要模拟器（用 {param} 打开页面）。',
};
