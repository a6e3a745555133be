import type { app as english } from '../en/app.ts';
import type { AreaTranslation } from '../en/index.ts';

export const app: AreaTranslation<typeof english> = {
  'app.title': 'ZooKeeper 故障转移演练场',
  'app.heading': '故障转移演练场',
  'app.topology': '拓扑',
};
