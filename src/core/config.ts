import type { ServerConfig, ServerId } from './types.ts';

export type ClusterSettings = Omit<ServerConfig, 'id'>;

/** zoo_sample.cfg values (2000/10/5) and ZooKeeper's FLE constants. */
export function defaultClusterSettings(voters: readonly ServerId[], observers: readonly ServerId[] = []): ClusterSettings {
  const tickTimeMs = 2000;
  return {
    voters,
    observers,
    tickTimeMs,
    initLimitTicks: 10,
    syncLimitTicks: 5,
    detector: 'zookeeper',
    heartbeatMs: 1000,
    timeoutMs: 3000,
    finalizeWaitMs: 200,
    maxNotificationIntervalMs: 60_000,
    minSessionTimeoutMs: 2 * tickTimeMs,
    maxSessionTimeoutMs: 20 * tickTimeMs,
    commitLogCount: 500,
  };
}

export function serverConfig(settings: ClusterSettings, id: ServerId): ServerConfig {
  return { ...settings, id };
}

/** Recompute the session bounds when tickTime changes, unless they were set explicitly. */
export function withTickTime(settings: ClusterSettings, tickTimeMs: number): ClusterSettings {
  return { ...settings, tickTimeMs, minSessionTimeoutMs: 2 * tickTimeMs, maxSessionTimeoutMs: 20 * tickTimeMs };
}

export function rangeIds(count: number, from = 1): ServerId[] {
  return Array.from({ length: count }, (_, i) => from + i);
}
