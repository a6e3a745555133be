import { defaultClusterSettings, withTickTime } from '../../core/config.ts';
import type { ClusterSpec } from '../types.ts';
import type { EnsembleInfo } from './protocol.ts';

// The ensemble the bridge runs, as the spec the page's store reads (quorum sizes, timing words).
// A real ensemble has no seed and no simulated link latency: those stay at zero.

export function specOfEnsemble(ensemble: EnsembleInfo): ClusterSpec {
  const base = withTickTime(defaultClusterSettings(ensemble.voters, ensemble.observers), ensemble.tickTimeMs);
  return {
    settings: {
      ...base,
      initLimitTicks: ensemble.initLimitTicks,
      syncLimitTicks: ensemble.syncLimitTicks,
      minSessionTimeoutMs: ensemble.minSessionTimeoutMs,
      maxSessionTimeoutMs: ensemble.maxSessionTimeoutMs,
    },
    seed: 0,
    latencyMs: 0,
    jitterMs: 0,
  };
}
