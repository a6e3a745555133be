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

/**
 * A new tickTime moves the session bounds that were derived from it (2× and 20× tickTime); a bound set
 * explicitly to another value is kept, as ZooKeeper derives only unset bounds.
 */
export function withTickTime(settings: ClusterSettings, tickTimeMs: number): ClusterSettings {
  const minDerived = settings.minSessionTimeoutMs === 2 * settings.tickTimeMs;
  const maxDerived = settings.maxSessionTimeoutMs === 20 * settings.tickTimeMs;
  return {
    ...settings,
    tickTimeMs,
    minSessionTimeoutMs: minDerived ? 2 * tickTimeMs : settings.minSessionTimeoutMs,
    maxSessionTimeoutMs: maxDerived ? 20 * tickTimeMs : settings.maxSessionTimeoutMs,
  };
}

export function rangeIds(count: number, from = 1): ServerId[] {
  return Array.from({ length: count }, (_, i) => from + i);
}
