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

// The English catalog: one object per area of the page, merged. English is the source language:
// its keys are the keys, and every other catalog must give each of them (messages/zh/). The page
// loads it in parts (firstScreen.ts, then src/i18n/catalogAreas.ts); the command line and the
// tests take it whole.

export const en = {
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
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
/** Another language's translation of one area: every key of the English area, no more. */
export type AreaTranslation<Area> = { [K in keyof Area]: string };
