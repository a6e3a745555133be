import type { story as english } from '../en/story.ts';
import type { AreaTranslation } from '../en/index.ts';

export const story: AreaTranslation<typeof english> = {
  'story.title': '故事线',
  'story.note': '最新的故障在前 · 点击阶段查看相关服务器',
  'story.phase.failure': '故障',
  'story.phase.detection': '检测',
  'story.phase.election': '选举',
  'story.phase.sync': '发现与同步',
  'story.phase.serving': '恢复服务',
  'story.count': '{count} 个事件，{from}–{to}',
  'story.moreInLog': '…日志中还有 {count} 条',
};
