import { common } from './common.ts';
import { lessonLauncher } from './lessonLauncher.ts';

// The English catalog: one object per area of the page, merged. English is the source language:
// its keys are the keys, and every other catalog must give each of them (messages/zh/).

export const en = {
  ...common,
  ...lessonLauncher,
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
/** Another language's translation of one area: every key of the English area, no more. */
export type AreaTranslation<Area> = { [K in keyof Area]: string };
