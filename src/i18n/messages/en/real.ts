// The page on a real ZooKeeper ensemble (`npm run real`): the unresponsive state, the link to the
// bridge, observation health, entry sources, and why a control the model has is not offered.

export const real = {
  'state.unresponsive': 'not answering',
  'data.state.unresponsive': 'not answering',
  'legend.unresponsive': 'not answering',
  'spacetime.band.unresponsive': 'not answering',

  'badge.notification-seen': '✉ notification',
  'badge.zab-phase': '⇢ Zab phase',
  'badge.process-started': '▶ started',
  'badge.process-exited': '■ exited',
  'badge.poll-silence': '⌛ polls',
  'badge.bridge-refused': '✗ bridge refused',
  'badge.bridge-frame-refused': '✗ bad frame',
  'badge.bridge-link': '⚡ bridge',

  'source.log': 'log',
  'source.poll': 'poll',
  'source.relay': 'relay',
  'source.user': 'you',
  'source.model': 'model',
  'source.title': 'Where this entry came from: a server log line, a poll, the relay, you, or the model',

  'connection.connecting': 'Connecting to the ZooKeeper bridge…',
  'connection.unreachable': 'The ZooKeeper bridge does not answer. Start it with `npm run real`, then open the URL it prints.',
  'connection.refused': 'The ZooKeeper bridge refused this page: its token is missing or wrong. Open the exact URL `npm run real` printed.',
  'connection.closing': 'The ZooKeeper bridge is stopping its servers. Start it again with `npm run real`.',
  'connection.closed': 'The link to the ZooKeeper bridge closed. Start it again with `npm run real`, then reload.',

  'health.pollsBehind': 'Observation is behind: some server’s polls or log are older than they should be, so the picture may lag reality.',
  'health.pollsSilent': 'Polls time out for server(s) {ids}: they run but do not answer.',
  'clock.real': 'Real time',

  'unsupported.speed': 'Real servers run in real time: no speed control.',
  'unsupported.freeze': 'Pause all stops every server (SIGSTOP); time does not stop, so their timeouts fire when they resume.',
  'unsupported.dropAsLoss': 'On TCP a lost packet is resent: drop is shown as retransmission delay.',
  'unsupported.duplicate': 'TCP never delivers a packet twice: no duplication on a real ensemble.',
  'unsupported.allToAll': 'Real ZooKeeper has only its own detector (the learners’ and leader’s timeouts).',
  'unsupported.configure': 'The bridge set this ensemble up (`npm run real -- --servers N --tick MS`): its size and timing are not changed from the page.',
  'unsupported.fork': 'A real ensemble cannot be rewound: the past is view-only.',
  'unsupported.scripts': 'Scripts play against a real ensemble from the command line: `npm run real -- --script FILE`.',
  'unsupported.lessons': 'Lessons run on the simulator, not on a real ensemble.',
  'unsupported.compare': 'Compare mode runs two simulated clusters: on a real ensemble use `npm run real -- --script FILE`.',
  'unsupported.watchedPairs': 'ZooKeeper watches only learner ↔ leader: other pairs have no age.',
  'details.unresponsive': 'Its process runs, but it does not answer the bridge’s polls.',
  'details.notReported': '— (not reported)',
} as const;
