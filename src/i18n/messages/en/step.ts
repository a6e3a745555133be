// The step control (the simulator only), loaded with it; where a step landed is said with these too.

export const step = {
  'step.group': 'Step',
  'step.button': 'Step ▸',
  'step.buttonTitle': 'Step (key “.”): {what}; the run stays paused',
  'step.kindLabel': 'Step to the next',
  'step.kind.event': 'event',
  'step.kind.delivery': 'message',
  'step.kind.phase': 'phase',
  'step.kindTitle.event': 'To the next entry of the event log',
  'step.kindTitle.delivery': 'To the next message a server or client receives',
  'step.kindTitle.phase': 'To the next phase: a server suspects, the election is decided, a quorum is synced',
  'step.stepped': 'Stepped to {at}: {what}',
  'step.nothing': 'nothing of that kind within {span}; the clock stands there',
  'step.phase.detection': 'a server suspects',
  'step.phase.election-decided': 'the election is decided',
  'step.phase.synced-quorum': 'a quorum is synced',
  'step.delivery': '{from} → {to} received {type}',
  'step.oneEvent': 'one event',
  'step.oneEventHeld': 'one event ({held} more at this instant)',
} as const;
