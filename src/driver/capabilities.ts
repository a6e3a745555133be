import type { DriverCapabilities } from './types.ts';

// What each in-page driver can do (the real driver's are in real/realCapabilities.ts). The model
// runs on a clock of its own, so it can speed up, freeze, lose and duplicate messages.

/** The deterministic simulator: everything, exactly. */
export const SIM_CAPABILITIES: DriverCapabilities = {
  step: true,
  exactAutoPause: true,
  speed: true,
  freezeAll: true,
  dropAsLoss: true,
  duplicate: true,
  allToAllDetector: true,
  configure: true,
  fork: true,
  heartbeatAges: 'all-pairs',
};

/** Web Workers run on their own clocks: no stepping or forking, and an auto-pause lands as soon as the record arrives. */
export const LIVE_CAPABILITIES: DriverCapabilities = {
  ...SIM_CAPABILITIES,
  step: false,
  exactAutoPause: false,
  fork: false,
};
