// The "?" overlay that lists the keyboard shortcuts (src/ui/shortcuts/), loaded with it; the
// button that opens it is on the first screen (controls.ts).

export const shortcuts = {
  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.note': 'The keys work anywhere on the page except while you type in a field; pressed with Ctrl, Alt or ⌘ they stay the browser’s.',
  'shortcuts.or': 'or',
  'shortcuts.key.space': 'Space',
  'shortcuts.group.time': 'Time',
  'shortcuts.group.faults': 'Faults',
  'shortcuts.group.lessons': 'Lessons',
  'shortcuts.group.page': 'Page',
  'shortcuts.pause': 'Pause or resume the cluster',
  'shortcuts.step': 'Step to the next event (simulator)',
  'shortcuts.scrubBack': 'One recorded frame back',
  'shortcuts.scrubForward': 'One frame forward (past the newest: live again)',
  'shortcuts.markBack': 'Just before the previous mark',
  'shortcuts.markForward': 'Just before the next mark',
  'shortcuts.crashLeader': 'Crash the leader (a silent failure)',
  'shortcuts.killLeader': 'Kill the leader (its connections reset)',
  'shortcuts.restartDown': 'Restart every server that is down',
  'shortcuts.lessonNext': 'Next step of the open lesson (a presenter’s remote too)',
  'shortcuts.lessonPrev': 'Previous step of the open lesson',
  'shortcuts.lessons': 'Open or close the lessons',
  'shortcuts.present': 'Presentation mode on or off',
  'shortcuts.help': 'Show or hide this list',
  'shortcuts.close': 'Close this list',
} as const;
