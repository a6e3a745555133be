import type { firstScreen as english } from '../en/firstScreen.ts';
import type { AreaTranslation } from '../en/index.ts';
import { a11y } from './a11y.ts';
import { common } from './common.ts';
import { app } from './app.ts';
import { controls } from './controls.ts';
import { panels } from './panels.ts';
import { topology } from './topology.ts';
import { time } from './time.ts';
import { side } from './side.ts';
import { presentation } from './presentation.ts';
import { lessonLauncher } from './lessonLauncher.ts';

// The Chinese words of the first screen (the Chinese chunk); the other areas load as in English.

export const firstScreen: AreaTranslation<typeof english> = {
  ...common,
  ...app,
  ...controls,
  ...panels,
  ...topology,
  ...time,
  ...side,
  ...presentation,
  ...a11y,
  ...lessonLauncher,
};
