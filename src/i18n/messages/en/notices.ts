// Messages about the page itself: a URL parameter that was ignored, a driver that did not load, a
// shared script that could not run, an action refused in the past. {param} and the like are the
// user's own text, shown as code.

export const notices = {
  'notices.dismiss': 'Dismiss this message',
  'notices.badNodes': '{param} is not a whole number from {min} to {max}; using {fallback, plural, one {# server} other {# servers}}.',
  'notices.badSeed': '{param} is not a whole number from 0 to {max}; using seed {seed}.',
  'notices.badSpeed': '{param} is not a number from {min} to {max}; using 1×.',
  'notices.badLang': '{param} is not one of {choices}; using the browser’s language.',
  'notices.badAt': '{param} is not a whole number of ms from 0 to {max}; opening at the start.',
  'notices.liveReplay': '{param}: a shared script or {at} replays in the simulator only; using the simulator.',
  'notices.liveMissing': '{param}: the Web Worker driver is not in this build yet; using the simulator.',
  'notices.realReplay': '{param} runs a real ensemble, which cannot replay a shared script or a lesson: the simulator plays it instead.',
  'notices.badDriverLive': '{param} is not "{sim}" or "{live}"; using the live driver.',
  'notices.badDriverSim': '{param} is not "{sim}" or "{live}"; using the simulator.',
  'notices.driverFailed': 'The live driver failed to load ({error}); using the simulator.',
  'notices.scriptUnreadable': '{param} cannot be read: {reason}; starting a fresh cluster instead.',
  'notices.scriptNotRun': 'The shared script was not run ({reason}); starting a fresh cluster instead.',
  'notices.replayStopped': 'The replay stopped at {stoppedMs, number} ms instead of {atMs, number} ms: it reached the page’s bound on replay work ({maxEvents, number} events at once). It waits there; press Resume to go on.',
  'notices.newFuture': 'A new future from t = {at}: the run was rebuilt from its recorded actions up to then, and what followed is gone.',
  'notices.pastLive': 'You are looking at t = {at}, in the past: the live cluster can only be changed now. Press “Back to live” first.',
  'notices.pastFixed': 'You are looking at t = {at}, in the past: this run cannot be changed there. Press “Back to live” first.',
  'notices.unknownLesson': '`?lesson={id}` is not a lesson, so none was opened. The lessons are under “Lessons” in the toolbar.',
  'notices.badStep': '`?step={step}` is not a step of this lesson (a whole number from 1 to {steps}), so the lesson was not opened.',
  'notices.stepWithoutLesson': '`?step=` needs `?lesson=` beside it; it was ignored.',
} as const;
