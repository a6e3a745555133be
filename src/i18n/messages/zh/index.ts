import type { Catalog } from '../en/index.ts';
import { firstScreen } from './firstScreen.ts';
import { compare } from './compare.ts';
import { data } from './data.ts';
import { clients } from './clients.ts';
import { network } from './network.ts';
import { script } from './script.ts';
import { spacetime } from './spacetime.ts';
import { metrics } from './metrics.ts';
import { settings } from './settings.ts';
import { story } from './story.ts';
import { nodeMenu } from './nodeMenu.ts';
import { linkMenu } from './linkMenu.ts';
import { shortcuts } from './shortcuts.ts';
import { notices } from './notices.ts';
import { real } from './real.ts';
import { pauseOn } from './pauseOn.ts';
import { step } from './step.ts';
import { invariants } from './invariants.ts';
import { aftermath } from './aftermath.ts';
import { guide } from './guide.ts';

// The Simplified Chinese catalog, loaded on demand in the same parts as the English (firstScreen.ts
// in the Chinese chunk, then src/i18n/catalogAreas.ts). The types make a key
// missing here a compile error; src/i18n/catalogs.test.ts also checks the ICU arguments match.
// ZooKeeper's own terms stay as Chinese engineers write them: zxid, epoch, tickTime, syncLimit,
// and Leader/Follower given in parentheses the first time a screen names the role.

export const zh: Catalog = {
  ...firstScreen,
  ...compare,
  ...data,
  ...clients,
  ...network,
  ...script,
  ...spacetime,
  ...metrics,
  ...settings,
  ...story,
  ...nodeMenu,
  ...linkMenu,
  ...shortcuts,
  ...notices,
  ...real,
  ...pauseOn,
  ...step,
  ...invariants,
  ...aftermath,
  ...guide,
};
