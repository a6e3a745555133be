// The first-visit guide's words, loaded with it (after the first leader is drawn: it names that leader).

export const guide = {
  'guide.title': 'New here?',
  'guide.crash': 'Click the leader, server {id} with the crown, to crash it, and watch the others notice and elect a new one.',
  'guide.menu': 'Right-click a server to kill, pause or isolate it.',
  'guide.lessons': 'Or follow a guided lesson: “Lessons”.',
  'guide.dismiss': 'Got it',
} as const;
