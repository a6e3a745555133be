// The Events tab's story view: its title and the phases' chrome. Its headlines are narration
// (src/narrate/story.ts), which loads with it too.

export const story = {
  'story.title': 'The story',
  'story.note': 'newest fault first · click a phase to see its servers',
  'story.phase.failure': 'Failure',
  'story.phase.detection': 'Detection',
  'story.phase.election': 'Election',
  'story.phase.sync': 'Discovery & sync',
  'story.phase.serving': 'Serving again',
  'story.count': '{count} events, {from}–{to}',
  'story.moreInLog': '…and {count} more in the log',
} as const;
