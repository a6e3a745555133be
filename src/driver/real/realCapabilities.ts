import type { DriverCapabilities } from '../types.ts';

// What a real ensemble can do from the page (real-zookeeper.md): its servers run in real time, so
// there is no speed, stepping or rewinding; "pause all" is SIGSTOP of every JVM, not a freeze; TCP
// turns loss into retransmission delay and never duplicates; ZooKeeper has only its own detector,
// which watches learner ↔ leader; and the bridge, not the page, sets the ensemble up.

export const REAL_CAPABILITIES: DriverCapabilities = {
  step: false,
  exactAutoPause: false,
  speed: false,
  freezeAll: false,
  dropAsLoss: false,
  duplicate: false,
  allToAllDetector: false,
  configure: false,
  fork: false,
  heartbeatAges: 'watched-pairs',
};
