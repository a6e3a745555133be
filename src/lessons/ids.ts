// The lessons' ids, in order: all the page's first load needs to check ?lesson= and to offer the
// picker's button; the lessons themselves are a chunk loaded on demand (index.ts). A test keeps
// the two lists equal.

export const LESSON_IDS = [
  'heartbeat-timeout',
  'crash-kill-pause',
  'vote-order',
  'majority-quorum',
  'zombie-leader',
  'partition',
  'one-way-cut',
  'blip',
  'recovery-sync',
  'write-quorum-stale-read',
  'sessions-ephemeral',
  'article-vs-zookeeper',
  'tuning',
  'observers',
] as const;

export type LessonId = (typeof LESSON_IDS)[number];

export function isLessonId(text: string): text is LessonId {
  return (LESSON_IDS as readonly string[]).includes(text);
}
