// The lesson launcher, in the page's first load: the toolbar button, the first-visit guide and the
// notices about ?lesson=. The lessons' own words are in their chunk (src/lessons/text/).

export const lessonLauncher = {
  'lessonLauncher.button': 'Lessons',
  'lessonLauncher.buttonTitle': 'Guided lessons that play a run, explain it and ask what happens next',
  'lessonLauncher.dismiss': 'Dismiss this message',
} as const;
