import { defaultClusterSettings, rangeIds, withTickTime } from '../core/config.ts';
import { CLUSTER_SERVERS, SPEED } from '../core/limits.ts';
import type { ClusterSettings } from '../core/config.ts';
import type { ClusterSpec } from './types.ts';

// The few numbers a person sets for a cluster, and the full ClusterSpec built from them. The store
// and UI may not reach core's config helpers, so they build specs through here.

/** Simulated ms per real ms, the range every driver accepts (core/limits.ts SPEED). */
export const MIN_SPEED = SPEED.min;
export const MAX_SPEED = SPEED.max;

export const MIN_NODES = CLUSTER_SERVERS.min;
export const MAX_NODES = CLUSTER_SERVERS.max;
export const DEFAULT_NODES = 5;
/** The simulator's default link: 2 ms ± 1 ms, a LAN. */
export const DEFAULT_LATENCY_MS = 2;
export const DEFAULT_JITTER_MS = 1;

/** The size, the seed, and the settings a person may change (the rest follow from them). */
export interface SpecInput extends Pick<ClusterSettings, 'tickTimeMs' | 'initLimitTicks' | 'syncLimitTicks' | 'detector' | 'heartbeatMs' | 'timeoutMs'> {
  nodes: number;
  seed: number;
}

/** zoo_sample.cfg's timing (2000 / 10 / 5) and the seed article's 1 s heartbeat, 3 s timeout. */
export function defaultSpecInput(nodes: number = DEFAULT_NODES, seed = 1): SpecInput {
  const base = defaultClusterSettings(rangeIds(nodes));
  return {
    nodes,
    seed,
    tickTimeMs: base.tickTimeMs,
    initLimitTicks: base.initLimitTicks,
    syncLimitTicks: base.syncLimitTicks,
    detector: base.detector,
    heartbeatMs: base.heartbeatMs,
    timeoutMs: base.timeoutMs,
  };
}

export function makeSpec(input: SpecInput): ClusterSpec {
  const settings = withTickTime(defaultClusterSettings(rangeIds(input.nodes)), input.tickTimeMs);
  return {
    settings: {
      ...settings,
      initLimitTicks: input.initLimitTicks,
      syncLimitTicks: input.syncLimitTicks,
      detector: input.detector,
      heartbeatMs: input.heartbeatMs,
      timeoutMs: input.timeoutMs,
    },
    seed: input.seed,
    latencyMs: DEFAULT_LATENCY_MS,
    jitterMs: DEFAULT_JITTER_MS,
  };
}

export function specInputOf(spec: ClusterSpec): SpecInput {
  const s = spec.settings;
  return {
    nodes: s.voters.length + s.observers.length,
    seed: spec.seed,
    tickTimeMs: s.tickTimeMs,
    initLimitTicks: s.initLimitTicks,
    syncLimitTicks: s.syncLimitTicks,
    detector: s.detector,
    heartbeatMs: s.heartbeatMs,
    timeoutMs: s.timeoutMs,
  };
}
