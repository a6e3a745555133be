import type { common as english } from '../en/common.ts';
import type { AreaTranslation } from '../en/index.ts';

export const common: AreaTranslation<typeof english> = {
  'common.server': '服务器 {id}',
  'common.servers': '{count} 台服务器',
  'common.language': '语言',
  'common.close': '关闭',
};
