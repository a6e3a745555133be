// The compare mode's set-ups by id (?compare=<id>; lessons link to them). Only the ids, so the
// page's first load can check the parameter without carrying the scripts (compareSetups.ts).

export const COMPARE_SETUP_IDS = ['article-vs-zookeeper', 'crash-vs-kill', 'tick-tuning'] as const;
export type CompareSetupId = (typeof COMPARE_SETUP_IDS)[number];

export function isCompareSetupId(text: string): text is CompareSetupId {
  return (COMPARE_SETUP_IDS as readonly string[]).includes(text);
}
