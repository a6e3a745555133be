// The page on a real ZooKeeper ensemble (npm run real): the unresponsive state, the link to the
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
  'source.client': 'client',
  'source.title': 'Where this entry came from: a server log line, a poll, the relay, you, a client session, or the model',

  'connection.connecting': 'Connecting to the ZooKeeper bridge…',
  'connection.unreachable': 'The ZooKeeper bridge does not answer (or turned this page away). Start it with {command}, then open the exact URL it prints.',
  'connection.refused': 'The ZooKeeper bridge refused this page: its token is missing or wrong. Open the exact URL {command} printed.',
  'connection.closing': 'The ZooKeeper bridge is stopping its servers. Start it again with {command}.',
  'connection.closed': 'The link to the ZooKeeper bridge closed. Start it again with {command}, then reload.',

  'health.pollsBehind': 'Observation is behind: some server’s polls or log are older than they should be, so the picture may lag reality.',
  'health.pollsSilent': 'Polls time out for server(s) {ids}: they run but do not answer.',
  'clock.real': 'Real time',

  'unsupported.speed': 'Real servers run in real time: no speed control.',
  'unsupported.freeze': 'Pause all stops every server (SIGSTOP); time does not stop, so their timeouts fire when they resume.',
  'unsupported.dropAsLoss': 'On TCP a lost packet is resent: drop is shown as retransmission delay.',
  'unsupported.configure': 'The bridge set this ensemble up ({command}): its size and timing are not changed from the page.',
  'unsupported.scripts': 'Scripts play against a real ensemble from the command line: {command}.',
  'unsupported.watchedPairs': 'ZooKeeper watches only learner ↔ leader: other pairs have no age.',
  'details.unresponsive': 'Its process runs, but it does not answer the bridge’s polls.',
  'real.ensemble': 'Real ZooKeeper',
  'script.rerun.realNote': 'Real servers run on real clocks, so no two runs are alike. The simulator can replay what you did, at the same times, to show what the model does.',
  'pauseOn.lateReal': 'The servers are real: the page stops them as soon as the event reaches it from a log line or a poll, some ms later.',
  'details.notReported': '— (not reported)',
} as const;
