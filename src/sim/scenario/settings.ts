import { defaultClusterSettings, rangeIds, withTickTime, type ClusterSettings } from '../../core/config.ts';
import type { Scenario } from './types.ts';

// The cluster settings a script's headers describe: ZooKeeper's defaults, then the script's keys.
// The runner builds its cluster from them, and so does the page when it plays a script.

export function settingsFor(scenario: Scenario): ClusterSettings {
  const voters = rangeIds(scenario.nodes);
  let settings = defaultClusterSettings(voters, scenario.observers);
  const c = scenario.config;
  if (c.tickTimeMs !== undefined) settings = withTickTime(settings, c.tickTimeMs);
  return {
    ...settings,
    ...(c.initLimitTicks !== undefined ? { initLimitTicks: c.initLimitTicks } : {}),
    ...(c.syncLimitTicks !== undefined ? { syncLimitTicks: c.syncLimitTicks } : {}),
    ...(c.detector !== undefined ? { detector: c.detector } : {}),
    ...(c.heartbeatMs !== undefined ? { heartbeatMs: c.heartbeatMs } : {}),
    ...(c.timeoutMs !== undefined ? { timeoutMs: c.timeoutMs } : {}),
  };
}
