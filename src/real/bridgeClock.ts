import type { BridgeClock } from './contract.ts';

// Bridge time runs on the monotonic clock, so a wall-clock step (NTP) never bends it. Log lines
// carry wall time; they are mapped through the one wall/monotonic pair taken at the start.

export interface ClockSources {
  monotonicMs(): number;
  wallMs(): number;
}

const systemSources: ClockSources = { monotonicMs: () => performance.now(), wallMs: () => Date.now() };

export function createBridgeClock(sources: ClockSources = systemSources): BridgeClock {
  const startMonotonicMs = sources.monotonicMs();
  const startWallMs = sources.wallMs();
  return {
    nowMs: () => sources.monotonicMs() - startMonotonicMs,
    fromWallMs: (wallMs) => wallMs - startWallMs,
  };
}
