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

// The English catalog: one object per area of the page, merged. English is the source language:
// its keys are the keys, and every other catalog must give each of them (messages/zh/).

export const en = {
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
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
/** Another language's translation of one area: every key of the English area, no more. */
export type AreaTranslation<Area> = { [K in keyof Area]: string };
