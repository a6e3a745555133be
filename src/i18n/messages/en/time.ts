// The time bar: the pause-on menu's summary, the scrubber and its marks, and why the run stands still
// (the menu's items and the step control load with their words: pauseOn.ts, step.ts).

export const time = {
  'pauseOn.summary': 'Pause on',
  'pauseOn.summaryCount': 'Pause on ({count})',
  'pauseOn.title': 'Pause by itself when something happens; slow motion for elections',

  'time.pausedAt': 'Paused at {at}: {what}',

  'timeline.at': 't = {at}',
  'timeline.live': 'Live',
  'timeline.label': 'Timeline: recorded moments',
  'timeline.valueLive': 'live',
  'timeline.valuePast': 'frame {index} of {frames}, t = {at}',
  'timeline.viewOnly': 'view only: the cluster runs on',
  'timeline.pausedPast': 'paused in the past',
  'timeline.ago': '{note} · {ago} ago',
  'timeline.backToLive': '⇥ Live',
  'timeline.backToLiveTitle': 'Show the cluster as it is now (→ or End)',
  'timeline.mark.fault': 'fault',
  'timeline.mark.repair': 'repair',
  'timeline.mark.election': 'leader elected',
  'timeline.markTitle': '{what} ({record}) at t = {at}: click for the moment before',
} as const;
