import type { Catalog } from '../en/index.ts';
import { a11y } from './a11y.ts';
import { common } from './common.ts';
import { compare } from './compare.ts';
import { app } from './app.ts';
import { controls } from './controls.ts';
import { panels } from './panels.ts';
import { topology } from './topology.ts';
import { time } from './time.ts';
import { side } from './side.ts';
import { notices } from './notices.ts';
import { presentation } from './presentation.ts';
import { shortcuts } from './shortcuts.ts';
import { data } from './data.ts';
import { clients } from './clients.ts';
import { network } from './network.ts';
import { script } from './script.ts';
import { spacetime } from './spacetime.ts';
import { metrics } from './metrics.ts';
import { lessonLauncher } from './lessonLauncher.ts';
import { real } from './real.ts';

// The Simplified Chinese catalog, loaded on demand (a chunk of its own). The types make a key
// missing here a compile error; src/i18n/catalogs.test.ts also checks the ICU arguments match.
// ZooKeeper's own terms stay as Chinese engineers write them: zxid, epoch, tickTime, syncLimit,
// and Leader/Follower given in parentheses the first time a screen names the role.

export const zh: Catalog = {
  ...common,
  ...compare,
  ...app,
  ...controls,
  ...panels,
  ...topology,
  ...time,
  ...side,
  ...notices,
  ...presentation,
  ...shortcuts,
  ...a11y,
  ...data,
  ...clients,
  ...network,
  ...script,
  ...spacetime,
  ...metrics,
  ...lessonLauncher,
  ...real,
};
