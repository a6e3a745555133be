import { DETECTOR_TIMEOUT_MS, HEARTBEAT_MS, LIMIT_TICKS, LINK_DELAY_MS, SEED, SERVER_ID, TICK_TIME_MS, CLUSTER_SERVERS, grouped } from '../../../core/limits.ts';
import { LineError, shown, type Words } from '../tokens.ts';
import type { Scenario } from '../types.ts';
import { bounded, duration, unknown, whole } from '../values.ts';

// The header statements: nodes, observers, config, network, seed, run. Each reads its words into
// the scenario and prints itself back; the runner reads them through settingsFor and buildCluster.

export const CONFIG_KEYS = ['tickTime', 'initLimit', 'syncLimit', 'detector', 'heartbeatMs', 'timeoutMs'] as const;
export const NETWORK_KEYS = ['latency', 'jitter'] as const;
const DETECTORS = ['zookeeper', 'all-to-all'] as const;

/** `nodes 5`: voters 1..5. */
export function parseNodes(words: Words): number {
  const count = whole(words.word('a voter count'), 'the voter count');
  if (count < CLUSTER_SERVERS.min || count > CLUSTER_SERVERS.max) throw new LineError(`nodes must be between ${CLUSTER_SERVERS.min} and ${CLUSTER_SERVERS.max}, got ${grouped(count)}`);
  words.end();
  return count;
}

/** `observers 6,7`: non-voting servers, ids above the voters. */
export function parseObservers(words: Words, voters: number): number[] {
  const list = words.rest('observer ids like 6,7');
  const ids: number[] = [];
  for (const part of list.split(',')) {
    if (part === '') throw new LineError(`empty id in observer list '${shown(list)}'`);
    const id = whole(part, 'an observer id');
    if (voters > 0 && id <= voters) throw new LineError(`observer ${id} must have an id above the voters 1..${voters}`);
    if (id > SERVER_ID.max) throw new LineError(`server ids stop at ${SERVER_ID.max}, got ${grouped(id)}`);
    if (ids.includes(id)) throw new LineError(`observer ${id} listed twice`);
    ids.push(id);
  }
  // Observers are servers like voters: the same budget holds for all of them together.
  if (voters + ids.length > CLUSTER_SERVERS.max) throw new LineError(`${voters} voters and ${ids.length} observers make more than ${CLUSTER_SERVERS.max} servers`);
  return ids;
}

function keyValue(setting: string, example: string): [string, string] {
  const at = setting.indexOf('=');
  if (at <= 0 || at === setting.length - 1) throw new LineError(`expected key=value like ${example}, got '${shown(setting)}'`);
  return [setting.slice(0, at), setting.slice(at + 1)];
}

function noRepeat(seen: Map<string, number>, what: string, key: string, line: number): void {
  const first = seen.get(key);
  if (first !== undefined) throw new LineError(`${what} set twice (${first === line ? 'on this line' : `first on line ${first}`})`);
  seen.set(key, line);
}

/** One `key=value` of a `config` line; `seen` remembers the line of each key. */
export function parseConfigSetting(setting: string, scenario: Scenario, seen: Map<string, number>, line: number): void {
  const [key, value] = keyValue(setting, 'tickTime=2000');
  if (!(CONFIG_KEYS as readonly string[]).includes(key)) throw unknown('configKey', key, CONFIG_KEYS);
  noRepeat(seen, `config ${key}`, key, line);
  const config = scenario.config;
  switch (key as (typeof CONFIG_KEYS)[number]) {
    case 'tickTime':
      config.tickTimeMs = bounded(value, 'tickTime', TICK_TIME_MS, ' ms');
      break;
    case 'initLimit':
      config.initLimitTicks = bounded(value, 'initLimit', LIMIT_TICKS, ' ticks');
      break;
    case 'syncLimit':
      config.syncLimitTicks = bounded(value, 'syncLimit', LIMIT_TICKS, ' ticks');
      break;
    case 'heartbeatMs':
      config.heartbeatMs = bounded(value, 'heartbeatMs', HEARTBEAT_MS, ' ms');
      break;
    case 'timeoutMs':
      config.timeoutMs = bounded(value, 'timeoutMs', DETECTOR_TIMEOUT_MS, ' ms');
      break;
    case 'detector':
      if (value !== 'zookeeper' && value !== 'all-to-all') throw unknown('detector', value, DETECTORS);
      config.detector = value;
      break;
  }
}

/** One `key=value` of a `network` line. */
export function parseNetworkSetting(setting: string, scenario: Scenario, seen: Map<string, number>, line: number): void {
  const [key, value] = keyValue(setting, 'latency=2');
  if (!(NETWORK_KEYS as readonly string[]).includes(key)) throw unknown('networkSetting', key, NETWORK_KEYS);
  noRepeat(seen, `network ${key}`, key, line);
  if (key === 'latency') scenario.network.latencyMs = bounded(value, 'latency', LINK_DELAY_MS, ' ms');
  else scenario.network.jitterMs = bounded(value, 'jitter', LINK_DELAY_MS, ' ms');
}

/** `seed 42`: 32 bits. */
export function parseSeed(words: Words): number {
  const seed = whole(words.word('a number'), 'the seed');
  if (seed > SEED.max) throw new LineError(`the seed must be below 2^32, got ${shown(String(seed))}`);
  words.end();
  return seed;
}

/** `run 60000 [until decided]`. */
export function parseRun(words: Words, scenario: Scenario): void {
  scenario.runMs = duration(words.word('a duration in ms'), 'the run length');
  if (!words.more) return;
  const until = words.rest("'until decided'");
  if (until !== 'until decided') throw new LineError(`expected 'until decided' after the run length, got '${shown(until)}'`);
  scenario.untilDecided = true;
}

/** The header lines of a scenario, canonical: one per statement, keys in the reference's order. */
export function printHeaders(s: Scenario): string[] {
  const lines = [`nodes ${s.nodes}`];
  if (s.observers.length > 0) lines.push(`observers ${s.observers.join(',')}`);
  const c = s.config;
  const config = [
    c.tickTimeMs !== undefined ? `tickTime=${c.tickTimeMs}` : '',
    c.initLimitTicks !== undefined ? `initLimit=${c.initLimitTicks}` : '',
    c.syncLimitTicks !== undefined ? `syncLimit=${c.syncLimitTicks}` : '',
    c.detector !== undefined ? `detector=${c.detector}` : '',
    c.heartbeatMs !== undefined ? `heartbeatMs=${c.heartbeatMs}` : '',
    c.timeoutMs !== undefined ? `timeoutMs=${c.timeoutMs}` : '',
  ].filter(Boolean);
  if (config.length > 0) lines.push(`config ${config.join(' ')}`);
  const n = s.network;
  const network = [n.latencyMs !== undefined ? `latency=${n.latencyMs}` : '', n.jitterMs !== undefined ? `jitter=${n.jitterMs}` : ''].filter(Boolean);
  if (network.length > 0) lines.push(`network ${network.join(' ')}`);
  if (s.seed !== undefined) lines.push(`seed ${s.seed}`);
  return lines;
}

export function printRun(s: Scenario): string[] {
  return s.runMs === undefined ? [] : [`run ${s.runMs}${s.untilDecided ? ' until decided' : ''}`];
}

