import type { a11y as english } from '../en/a11y.ts';
import type { AreaTranslation } from '../en/index.ts';

export const a11y: AreaTranslation<typeof english> = {
  'a11y.skipToServers': '跳到服务器',
  'a11y.suspectedByOne': '服务器 {by} 怀疑服务器 {peer} 已失效。',
  'a11y.suspectedByMany': '{count} 台服务器怀疑服务器 {peer} 已失效。',
  'a11y.elected': '服务器 {leader} 成为 epoch {epoch} 的领导者（Leader），多数派已跟随它。',
};
