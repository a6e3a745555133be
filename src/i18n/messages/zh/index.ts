import type { Catalog } from '../en/index.ts';
import { common } from './common.ts';
import { lessonLauncher } from './lessonLauncher.ts';

// The Simplified Chinese catalog, loaded on demand (a chunk of its own). The types make a key
// missing here a compile error; src/i18n/catalogs.test.ts also checks the ICU arguments match.
// ZooKeeper's own terms stay as Chinese engineers write them: zxid, epoch, tickTime, syncLimit,
// and Leader/Follower given in parentheses the first time a screen names the role.

export const zh: Catalog = {
  ...common,
  ...lessonLauncher,
};
