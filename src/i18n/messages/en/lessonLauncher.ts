// The lesson launcher, in the page's first load: the toolbar button, the first-visit guide and the
// notices about ?lesson=. The lessons' own words are in their chunk (src/lessons/text/).

export const lessonLauncher = {
  'lessonLauncher.button': 'Lessons',
  'lessonLauncher.buttonTitle': 'Guided lessons that play a run, explain it and ask what happens next',
  'lessonLauncher.unknownLesson': '`?lesson={id}` is not a lesson, so none was opened. The lessons are under “Lessons” in the toolbar.',
  'lessonLauncher.badStep': '`?step={step}` is not a step of this lesson (a whole number from 1 to {steps}), so the lesson was not opened.',
  'lessonLauncher.stepWithoutLesson': '`?step=` needs `?lesson=` beside it; it was ignored.',
  'lessonLauncher.dismiss': 'Dismiss this message',
  'lessonLauncher.guideTitle': 'New here?',
  'lessonLauncher.guideCrash': 'Click the leader, server {id} with the crown, to crash it, and watch the others notice and elect a new one.',
  'lessonLauncher.guideMenu': 'Right-click a server to kill, pause or isolate it.',
  'lessonLauncher.guideLessons': 'Or follow a guided lesson: “Lessons”.',
  'lessonLauncher.guideDismiss': 'Got it',
} as const;
