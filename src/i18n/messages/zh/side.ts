import type { side as english } from '../en/side.ts';
import type { AreaTranslation } from '../en/index.ts';

export const side: AreaTranslation<typeof english> = {
  'side.tabs': '面板',
  'side.tab.events': '事件',
  'side.tab.data': '数据',
  'side.tab.clients': '客户端',
  'side.tab.network': '网络',
  'side.tab.metrics': '指标',
  'side.tab.script': '脚本',
  'side.loading': '加载中…',
};
