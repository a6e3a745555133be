// The Metrics tab: the two plots of every fault against its bound, and the list beside them.
// The list's sentences are narration (src/narrate), not here.

export const metrics = {
  'metrics.title': 'Every fault, measured',
  'metrics.note': 'bars: what happened · shaded: what the settings allow',
  'metrics.notePlotted': ' · the last {shown} of {count} plotted',
  'metrics.empty': 'No fault yet. Crash, kill, pause or partition a server: how long the others took to notice, to elect and to serve again appears here.',
  'metrics.measure.detection': 'Time until the first server noticed',
  'metrics.measure.recovery': 'Time until a leader serves with a synced quorum',
  'metrics.kept': 'kept',
  'metrics.bound': '(bound {bound})',
  'metrics.fault.crash': 'crash',
  'metrics.fault.kill': 'kill',
  'metrics.fault.pause': 'pause',
  'metrics.fault.isolate': 'isolate',
  'metrics.fault.partition': 'split',
  'metrics.fault.cut': 'cut',
  'metrics.fault.heal': 'heal',
  'metrics.fault.onNode': '{fault} {node}',
} as const;
