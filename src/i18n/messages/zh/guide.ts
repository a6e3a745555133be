import type { guide as english } from '../en/guide.ts';
import type { AreaTranslation } from '../en/index.ts';

export const guide: AreaTranslation<typeof english> = {
  'guide.title': '第一次来？',
  'guide.crash': '点击戴王冠的领导者（Leader）{id} 号服务器让它崩溃，看其他服务器如何察觉并选出新的领导者。',
  'guide.menu': '右键点击服务器可以杀进程、暂停或隔离它。',
  'guide.lessons': '或者跟着引导式课程学习：“课程”。',
  'guide.dismiss': '知道了',
};
