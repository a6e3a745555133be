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

// The English words of the first screen, bundled with it. The areas of src/i18n/catalogAreas.ts
// (the side tabs, the diagram, compare mode) load with the code that speaks them.

export const firstScreen = {
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
} as const;
