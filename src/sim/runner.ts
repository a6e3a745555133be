import { defaultClusterSettings, rangeIds, withTickTime, type ClusterSettings } from '../core/config.ts';
import { formatZxid } from '../core/zxid.ts';
import type { ServerId } from '../core/types.ts';
import { SimCluster, type TimelineEvent } from './cluster.ts';
import type { Violation } from './invariants.ts';
import { runOrder, type Action, type Check, type Expectation, type NodeRef, type Scenario, type TimedStep } from './scenario.ts';

// Runs a parsed scenario on a SimCluster and reports what DESIGN §7's --json object holds.

export interface FaultReport {
  atMs: number;
  action: string;
  node: ServerId | null;
  wasLeader: boolean;
  detectedAfterMs: number | null;
  recoveredAfterMs: number | null;
  newLeader: ServerId | null;
}

export interface ExpectationReport {
  line: number;
  atMs: number;
  passed: boolean;
  text: string;
  actual: string;
}

export interface SimReport {
  seed: number;
  final: {
    timeMs: number;
    leader: ServerId | null;
    epoch: number | null;
    nodes: { id: ServerId; state: string; epoch: number; zxid: string }[];
  };
  faults: FaultReport[];
  expectations: ExpectationReport[];
  violations: Violation[];
  events: TimelineEvent[];
  deliveredMessages: number;
}

interface FaultWatch {
  report: FaultReport;
  wentDown: boolean;
  detected: boolean;
}

const DETECTION_KINDS = new Set(['peer-suspected', 'learner-dropped', 'step-down']);

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

export function defaultRunMs(scenario: Scenario): number {
  const last = Math.max(0, ...scenario.steps.map((s) => s.atMs), ...scenario.expectations.map((e) => e.atMs));
  return scenario.runMs ?? last + 10_000;
}

export function runScenario(scenario: Scenario, seedOverride?: number): SimReport {
  const seed = seedOverride ?? scenario.seed ?? 1;
  const cluster = new SimCluster({ settings: settingsFor(scenario), seed, latencyMs: scenario.network.latencyMs ?? 2, jitterMs: scenario.network.jitterMs ?? 1 });
  const faults: FaultWatch[] = [];
  const expectations: ExpectationReport[] = [];
  let leaderNow = cluster.serviceLeader();

  cluster.eventListener = (event) => {
    for (const f of faults) {
      if (f.detected || event.t < f.report.atMs || event.node === f.report.node || event.node === null) continue;
      if (DETECTION_KINDS.has(event.kind) || (event.kind === 'state-change' && isLeavingRole(event))) {
        f.detected = true;
        f.report.detectedAfterMs = event.t - f.report.atMs;
      }
    }
  };

  // One event per statement, pushed in run order: the queue keeps insertion order for equal times.
  for (const statement of runOrder(scenario)) {
    if ('action' in statement) cluster.schedule(statement.atMs, () => applyStep(cluster, statement, faults));
    else cluster.schedule(statement.atMs, () => expectations.push(check(cluster, statement)));
  }

  const runMs = defaultRunMs(scenario);
  while (cluster.nextEventMs <= runMs) {
    cluster.processNext();
    if (!cluster.dirty) continue;
    cluster.dirty = false;
    leaderNow = cluster.serviceLeader();
    trackRecovery(faults, leaderNow, cluster.nowMs);
  }
  cluster.runUntil(runMs);
  for (const f of faults) {
    if (!f.wentDown && f.report.recoveredAfterMs === null) {
      f.report.recoveredAfterMs = 0;
      f.report.newLeader = leaderNow?.leader ?? null;
    }
  }
  return buildReport(cluster, seed, faults, expectations);
}

function isLeavingRole(event: TimelineEvent): boolean {
  const from = event.detail?.['from'];
  return from === 'following' || from === 'leading';
}

function trackRecovery(faults: FaultWatch[], leader: { leader: ServerId } | null, nowMs: number): void {
  for (const f of faults) {
    if (f.report.recoveredAfterMs !== null) continue;
    if (!leader) f.wentDown = true;
    else if (f.wentDown) {
      f.report.recoveredAfterMs = nowMs - f.report.atMs;
      f.report.newLeader = leader.leader;
    }
  }
}

function resolveNodes(cluster: SimCluster, ref: NodeRef): ServerId[] {
  if (ref === 'all') return cluster.ids;
  if (ref === 'leader') {
    const leader = cluster.currentLeader();
    return leader === null ? [] : [leader];
  }
  return [ref];
}

function applyStep(cluster: SimCluster, step: TimedStep, faults: FaultWatch[]): void {
  const a = step.action;
  cluster.record({ t: cluster.nowMs, node: null, kind: 'fault', text: `At ${cluster.nowMs.toLocaleString('en-US')} ms: ${step.text}` + describeTarget(cluster, a) });
  if (a.type === 'start' || a.type === 'crash' || a.type === 'kill' || a.type === 'pause' || a.type === 'resume' || a.type === 'restart') {
    const targets = resolveNodes(cluster, a.node);
    if (targets.length === 0) cluster.record({ t: cluster.nowMs, node: null, kind: 'fault', text: `  (no server matches "${step.text}": nothing done)` });
    for (const id of targets) {
      if (a.type === 'crash' || a.type === 'kill' || a.type === 'pause') faults.push(watchFault(cluster, a.type, id));
      nodeAction(cluster, a.type, id);
    }
    return;
  }
  if (a.type === 'partition' || a.type === 'cut') faults.push(watchFault(cluster, a.type, null));
  networkOrClientAction(cluster, a);
}

function describeTarget(cluster: SimCluster, a: Action): string {
  if ('node' in a && a.node === 'leader') {
    const leader = cluster.currentLeader();
    return leader === null ? ' (there is no leader)' : ` (the leader is server ${leader})`;
  }
  return '';
}

function watchFault(cluster: SimCluster, action: string, node: ServerId | null): FaultWatch {
  const leader = cluster.serviceLeader();
  return {
    report: { atMs: cluster.nowMs, action, node, wasLeader: node !== null && leader?.leader === node, detectedAfterMs: null, recoveredAfterMs: null, newLeader: null },
    wentDown: false,
    detected: false,
  };
}

function nodeAction(cluster: SimCluster, type: 'start' | 'crash' | 'kill' | 'pause' | 'resume' | 'restart', id: ServerId): void {
  if (type === 'start') cluster.start(id);
  else if (type === 'crash') cluster.crash(id);
  else if (type === 'kill') cluster.kill(id);
  else if (type === 'pause') cluster.pause(id);
  else if (type === 'resume') cluster.resume(id);
  else cluster.restart(id);
}

/** The scenario's own client for `write`; replaced when the leader changes, as an admin would reconnect. */
const writers = new WeakMap<SimCluster, { name: string; server: ServerId; count: number }>();

function writerFor(cluster: SimCluster, leader: ServerId): string {
  const current = writers.get(cluster);
  if (current && current.server === leader) return current.name;
  if (current) cluster.vanishClient(current.name);
  const count = (current?.count ?? 0) + 1;
  const name = count === 1 ? 'writer' : `writer-${count}`;
  cluster.connectClient(name, leader, 3 * cluster.settings.tickTimeMs);
  writers.set(cluster, { name, server: leader, count });
  return name;
}

function networkOrClientAction(cluster: SimCluster, a: Action): void {
  switch (a.type) {
    case 'partition':
      cluster.network.partition(a.groups);
      return;
    case 'cut':
      if (a.both) cluster.network.cutBoth(a.from, a.to);
      else cluster.network.cut(a.from, a.to);
      return;
    case 'heal':
      cluster.network.heal();
      return;
    case 'drop':
      cluster.network.setDrop(a.rate, a.link);
      return;
    case 'delay':
      cluster.network.setDelay(a.latencyMs, a.jitterMs);
      return;
    case 'write':
      scenarioWrite(cluster, a.path, a.value);
      return;
    case 'connect':
      cluster.connectClient(a.client, a.server, a.timeoutMs ?? 3 * cluster.settings.tickTimeMs);
      return;
    case 'create':
      cluster.clientOp(a.client, { type: 'create', path: a.path, value: a.value, mode: a.mode });
      return;
    case 'set':
      cluster.clientOp(a.client, { type: 'set', path: a.path, value: a.value, version: -1 });
      return;
    case 'delete':
      cluster.clientOp(a.client, { type: 'delete', path: a.path, version: -1 });
      return;
    case 'disconnect':
      cluster.vanishClient(a.client);
      return;
    case 'close':
      if (cluster.hasClient(a.client)) cluster.clientOp(a.client, { type: 'close' });
      return;
    default:
      return;
  }
}

/** `write PATH "v"`: a client of the scenario writes through the current leader, creating parents. */
function scenarioWrite(cluster: SimCluster, path: string, value: string): void {
  const leader = cluster.currentLeader() ?? cluster.ids[0]!;
  const WRITER = writerFor(cluster, leader);
  const tree = cluster.server(leader).tree;
  const parts = path.split('/').filter(Boolean);
  for (let i = 1; i < parts.length; i++) {
    const ancestor = '/' + parts.slice(0, i).join('/');
    if (!tree.exists(ancestor)) cluster.clientOp(WRITER, { type: 'create', path: ancestor, value: '', mode: 'persistent' });
  }
  if (tree.exists(path)) cluster.clientOp(WRITER, { type: 'set', path, value, version: -1 });
  else cluster.clientOp(WRITER, { type: 'create', path, value, mode: 'persistent' });
}

function check(cluster: SimCluster, e: Expectation): ExpectationReport {
  const actual = evaluate(cluster, e.check);
  return { line: e.line, atMs: e.atMs, passed: actual.passed, text: e.text, actual: actual.actual };
}

function evaluate(cluster: SimCluster, check: Check): { passed: boolean; actual: string } {
  switch (check.type) {
    case 'leader': {
      const leader = cluster.serviceLeader()?.leader ?? null;
      return { passed: leader === check.leader, actual: leader === null ? 'leader none' : `leader ${leader}` };
    }
    case 'state': {
      const state = stateOf(cluster, check.node);
      return { passed: state === check.state, actual: `state ${check.node} ${state}` };
    }
    case 'znode': {
      const targets = check.on === 'all' ? cluster.ids.filter((id) => cluster.status(id) === 'up') : [check.on];
      const seen = targets.map((id) => ({ id, value: cluster.server(id).tree.get(check.path)?.value ?? null }));
      const passed = seen.every((s) => s.value === check.value);
      return { passed, actual: seen.map((s) => `${s.id}: ${s.value === null ? 'absent' : JSON.stringify(s.value)}`).join(', ') };
    }
    case 'epoch': {
      const id = check.node === 'leader' ? cluster.currentLeader() : check.node;
      const epoch = id === null ? -1 : cluster.server(id).durable.currentEpoch;
      return { passed: epoch >= check.min, actual: id === null ? 'no leader' : `server ${id} at epoch ${epoch}` };
    }
  }
}

export function stateOf(cluster: SimCluster, id: ServerId): string {
  const status = cluster.status(id);
  if (status !== 'up') return status;
  return cluster.server(id).role;
}

function buildReport(cluster: SimCluster, seed: number, faults: FaultWatch[], expectations: ExpectationReport[]): SimReport {
  const leader = cluster.serviceLeader();
  return {
    seed,
    final: {
      timeMs: cluster.nowMs,
      leader: leader?.leader ?? null,
      epoch: leader?.epoch ?? null,
      nodes: cluster.ids.map((id) => ({ id, state: stateOf(cluster, id), epoch: cluster.server(id).durable.currentEpoch, zxid: formatZxid(cluster.server(id).lastLoggedZxid()) })),
    },
    faults: faults.map((f) => f.report),
    expectations: expectations.sort((a, b) => a.atMs - b.atMs || a.line - b.line),
    violations: cluster.invariants.violations,
    events: cluster.events,
    deliveredMessages: cluster.deliveredMessages,
  };
}
