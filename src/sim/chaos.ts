import type { UserOp } from '../core/client.ts';
import { defaultClusterSettings, rangeIds, withTickTime, type ClusterSettings } from '../core/config.ts';
import { createPrng, type Prng } from '../core/prng.ts';
import type { ServerId } from '../core/types.ts';
import { SimCluster } from './cluster.ts';
import type { Violation } from './invariants.ts';

// Seeded fault schedules (TigerBeetle's VOPR style): the seed first picks the run's options ("swarm
// testing"), then a safety phase of mixed faults and client traffic, then a heal phase in which a
// connected quorum must elect a leader with a synced quorum within a stated bound.

export interface ChaosOptions {
  nodes: number;
  observers: number;
  settings: ClusterSettings;
  latencyMs: number;
  jitterMs: number;
  faultPhaseMs: number;
  /** Mean gap between two faults, ms. */
  faultGapMs: number;
}

export interface ChaosResult {
  seed: number;
  options: ChaosOptions;
  violations: Violation[];
  /** The schedule as scenario-language lines, so a failure can be read and replayed. */
  schedule: string[];
  healedAtMs: number;
  recoveredAfterMs: number | null;
  deliveredMessages: number;
  committed: number;
}

const PATHS = ['/a', '/b', '/c', '/a/x', '/b/y', '/q'];

export function chaosOptions(seed: number): ChaosOptions {
  const prng = createPrng(seed ^ 0x5eed);
  const nodes = prng.int(3, 7);
  const observers = prng.chance(0.15) ? prng.int(1, 2) : 0;
  const voters = rangeIds(nodes);
  const observerIds = rangeIds(observers, nodes + 1);
  const tickTimeMs = prng.pick([200, 500, 1000, 2000]);
  let settings = withTickTime(defaultClusterSettings(voters, observerIds), tickTimeMs);
  const detector = prng.chance(0.15) ? 'all-to-all' : 'zookeeper';
  const heartbeatMs = prng.pick([100, 250, 500, 1000]);
  settings = {
    ...settings,
    initLimitTicks: prng.int(2, 10),
    syncLimitTicks: prng.int(1, 5),
    detector,
    heartbeatMs,
    timeoutMs: heartbeatMs * prng.int(2, 5),
  };
  return {
    nodes,
    observers,
    settings,
    latencyMs: prng.int(1, 20),
    jitterMs: prng.int(0, 10),
    faultPhaseMs: 60_000 + prng.int(0, 20_000),
    faultGapMs: prng.pick([300, 1000, 3000]),
  };
}

/**
 * How long a healed, connected quorum may take to serve again. After a long partition every LOOKING
 * server has backed off to maxNotificationInterval (60 s), and each notification it receives restarts
 * its poll wait (FastLeaderElection's recvqueue.poll). A LOOKING server never answers a same-round vote
 * worse than its own, so the better vote stays unheard until its holder's poll times out in a gap of the
 * sender's doubling resends: up to about three backoff periods (seed 35970 takes 153 s). Then
 * discovery and sync take up to initLimit each.
 */
export function livenessBoundMs(settings: ClusterSettings): number {
  return 3 * settings.maxNotificationIntervalMs + 2 * settings.initLimitTicks * settings.tickTimeMs + 10 * settings.tickTimeMs;
}

export function runChaos(seed: number, recordEvents = false): ChaosResult & { events: SimCluster['events'] } {
  const options = chaosOptions(seed);
  const cluster = new SimCluster({ settings: options.settings, seed, latencyMs: options.latencyMs, jitterMs: options.jitterMs, recordEvents });
  const prng = createPrng(seed);
  const schedule: string[] = [];
  const log = (line: string): void => {
    schedule.push(`at ${cluster.nowMs} ${line}`);
    if (recordEvents) cluster.record({ t: cluster.nowMs, node: null, kind: 'fault', text: `FAULT ${line}` });
  };
  const ids = cluster.ids;
  const clients = new Set<string>();

  cluster.startAll();
  let t = 0;
  for (;;) {
    t += 1 + Math.floor(prng.next() * 2 * options.faultGapMs);
    if (t >= options.faultPhaseMs) break;
    cluster.schedule(t, () => randomAction(cluster, prng, ids, clients, log));
  }
  cluster.runUntil(options.faultPhaseMs);

  // Heal phase: every server back, every link back, then the clock for liveness starts.
  const healedAtMs = cluster.nowMs;
  for (const id of ids) {
    if (cluster.status(id) === 'paused') cluster.resume(id);
    else if (cluster.status(id) === 'down') cluster.restart(id);
  }
  cluster.network.healAll();
  log('heal all (resume, restart, reconnect)');
  const recoveredAfterMs = runUntilServing(cluster, healedAtMs + livenessBoundMs(options.settings));
  if (recoveredAfterMs === null) {
    cluster.invariants.addLivenessViolation(cluster.nowMs, `No leader with a synced quorum within ${livenessBoundMs(options.settings)} ms after every fault healed.`);
  }
  return {
    seed,
    options,
    violations: cluster.invariants.violations,
    schedule,
    healedAtMs,
    recoveredAfterMs: recoveredAfterMs === null ? null : recoveredAfterMs - healedAtMs,
    deliveredMessages: cluster.deliveredMessages,
    committed: cluster.invariants.committedCount,
    events: cluster.events,
  };
}

function runUntilServing(cluster: SimCluster, deadlineMs: number): number | null {
  while (cluster.nextEventMs <= deadlineMs) {
    if (cluster.serviceLeader()) return cluster.nowMs;
    cluster.processNext();
    // Checking after every event is the exact answer; the check is cheap (one pass over the nodes).
  }
  return cluster.serviceLeader() ? cluster.nowMs : null;
}

function randomAction(cluster: SimCluster, prng: Prng, ids: ServerId[], clients: Set<string>, log: (line: string) => void): void {
  const roll = prng.int(0, 99);
  const id = prng.pick(ids);
  const net = cluster.network;
  if (roll < 8) { cluster.crash(id); log(`crash ${id}`); }
  else if (roll < 14) { cluster.kill(id); log(`kill ${id}`); }
  else if (roll < 20) { cluster.pause(id); log(`pause ${id}`); }
  else if (roll < 28) { resumeOne(cluster, prng, ids, log); }
  else if (roll < 38) { restartOne(cluster, prng, ids, log); }
  else if (roll < 44) { partitionRandomly(cluster, prng, ids, log); }
  else if (roll < 49) {
    const to = prng.pick(ids.filter((x) => x !== id));
    if (to === undefined) return;
    const both = prng.chance(0.5);
    if (both) net.cutBoth(id, to); else net.cut(id, to);
    log(`cut ${id}${both ? '<->' : '->'}${to}`);
  } else if (roll < 56) { net.heal(); log('heal'); }
  else if (roll < 59) { const rate = prng.pick([0, 0.05, 0.2, 0.5]); net.setDrop(rate); log(`drop ${rate * 100}%`); }
  else if (roll < 62) { const latency = prng.int(1, 200); const jitter = prng.int(0, 100); net.setDelay(latency, jitter); log(`delay ${latency} jitter ${jitter}`); }
  else if (roll < 64) { const rate = prng.pick([0, 0.05, 0.2]); net.setDuplicate(rate); log(`duplicate ${rate * 100}%`); }
  else if (roll < 70) { connectClient(cluster, prng, ids, clients, log); }
  else if (roll < 73) { disconnectClient(cluster, prng, clients, log); }
  else { clientOp(cluster, prng, clients, log); }
}

function resumeOne(cluster: SimCluster, prng: Prng, ids: ServerId[], log: (line: string) => void): void {
  const paused = ids.filter((x) => cluster.status(x) === 'paused');
  if (paused.length === 0) return;
  const id = prng.pick(paused);
  cluster.resume(id);
  log(`resume ${id}`);
}

function restartOne(cluster: SimCluster, prng: Prng, ids: ServerId[], log: (line: string) => void): void {
  const down = ids.filter((x) => cluster.status(x) !== 'up');
  const id = down.length > 0 && prng.chance(0.9) ? prng.pick(down) : prng.pick(ids);
  cluster.restart(id);
  log(`restart ${id}`);
}

function partitionRandomly(cluster: SimCluster, prng: Prng, ids: ServerId[], log: (line: string) => void): void {
  const groupCount = prng.int(2, 3);
  const groups: ServerId[][] = Array.from({ length: groupCount }, () => []);
  for (const id of ids) groups[prng.int(0, groupCount - 1)]!.push(id);
  const nonEmpty = groups.filter((g) => g.length > 0);
  cluster.network.partition(nonEmpty);
  log(`partition ${nonEmpty.map((g) => g.join(',')).join('|')}`);
}

function connectClient(cluster: SimCluster, prng: Prng, ids: ServerId[], clients: Set<string>, log: (line: string) => void): void {
  const name = `c${cluster.clientViews().length + 1}`;
  const server = prng.pick(ids);
  const timeoutMs = prng.int(2, 20) * cluster.settings.tickTimeMs;
  cluster.connectClient(name, server, timeoutMs);
  clients.add(name);
  log(`connect ${name} to ${server} timeout=${timeoutMs}`);
}

function disconnectClient(cluster: SimCluster, prng: Prng, clients: Set<string>, log: (line: string) => void): void {
  if (clients.size === 0) return;
  const name = prng.pick([...clients]);
  if (prng.chance(0.5)) { cluster.vanishClient(name); log(`disconnect ${name}`); }
  else { cluster.clientOp(name, { type: 'close' }); log(`close ${name}`); }
  clients.delete(name);
}

function clientOp(cluster: SimCluster, prng: Prng, clients: Set<string>, log: (line: string) => void): void {
  if (clients.size === 0) return;
  const name = prng.pick([...clients]);
  const path = prng.pick(PATHS);
  const value = `v${prng.int(0, 999)}`;
  const kind = prng.int(0, 9);
  let op: UserOp;
  if (kind < 4) op = { type: 'create', path, value, mode: prng.pick(['persistent', 'ephemeral', 'persistent-sequential', 'ephemeral-sequential'] as const) };
  else if (kind < 8) op = { type: 'set', path, value, version: -1 };
  else op = { type: 'delete', path, version: -1 };
  cluster.clientOp(name, op);
  log(`${op.type} ${name} ${path}${'value' in op ? ` "${op.value}"` : ''}${op.type === 'create' ? ` ${op.mode.replace('-', ' ')}` : ''}`);
}

/** Runs one schedule; an exception inside the protocol is a failure of that seed, not of the suite. */
export function runChaosSafely(seed: number): ChaosResult {
  try {
    return runChaos(seed);
  } catch (error) {
    const options = chaosOptions(seed);
    const text = `the simulation threw: ${(error as Error).message}`;
    return { seed, options, violations: [{ t: -1, rule: 'exception', text, servers: [] }], schedule: [], healedAtMs: 0, recoveredAfterMs: null, deliveredMessages: 0, committed: 0 };
  }
}

export function replayCommand(seed: number): string {
  return `npm run chaos -- --seed ${seed} --verbose`;
}

export function describeFailure(result: ChaosResult): string {
  const o = result.options;
  return [
    `chaos seed ${result.seed} FAILED: ${result.violations.length} violation(s)`,
    ...result.violations.map((v) => `  at ${v.t} ms [${v.rule}] ${v.text}`),
    `  options: ${o.nodes} voters, ${o.observers} observers, tickTime ${o.settings.tickTimeMs}, initLimit ${o.settings.initLimitTicks}, syncLimit ${o.settings.syncLimitTicks}, detector ${o.settings.detector}, latency ${o.latencyMs}±${o.jitterMs} ms`,
    `  replay: ${replayCommand(result.seed)}`,
  ].join('\n');
}
