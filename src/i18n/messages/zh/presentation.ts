import type { presentation as english } from '../en/presentation.ts';
import type { AreaTranslation } from '../en/index.ts';

export const presentation: AreaTranslation<typeof english> = {
  'presentation.toggle': '演示',
  'presentation.toggleHint': '演示模式：大字号，侧栏只保留故事和当前课程（P）',
  'presentation.badParam': '?{param}={value} 不是 1 或 0，演示模式保持关闭。',
};
