import { defaultClusterSettings, rangeIds, withTickTime, type ClusterSettings } from '../core/config.ts';
import { formatZxid } from '../core/zxid.ts';
import type { ServerId } from '../core/types.ts';
import type { SkipReason } from '../host/actionRecords.ts';
import type { TimelineKind } from '../host/records.ts';
import type { NetworkModel } from '../net/network.ts';
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
  /** `expect at T within D`: the window's length. */
  withinMs?: number;
  /** When the verdict was reached: atMs, the moment a window's check held, or the window's end. */
  decidedAtMs: number;
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
  committedTransactions: number;
}

export interface RunOptions {
  /** Keep every timeline event in the report (default true). It changes nothing in the run itself. */
  recordEvents?: boolean;
  /** Sees the cluster before anything runs (golden transcripts chain its listeners). */
  observe?: (cluster: SimCluster) => void;
}

interface FaultWatch {
  report: FaultReport;
  wentDown: boolean;
  detected: boolean;
}

const DETECTION_KINDS = new Set<TimelineKind>(['peer-suspected', 'learner-dropped', 'step-down']);

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
  const ends = [...scenario.steps.map((s) => s.atMs), ...scenario.expectations.map((e) => e.atMs + (e.withinMs ?? 0))];
  return scenario.runMs ?? Math.max(0, ...ends) + 10_000;
}

/** The one way a scenario becomes a cluster: the sim CLI, the tests and the chaos suite all build it here. */
export function buildCluster(scenario: Scenario, seed: number, recordEvents = true): SimCluster {
  return new SimCluster({ settings: settingsFor(scenario), seed, latencyMs: scenario.network.latencyMs ?? 2, jitterMs: scenario.network.jitterMs ?? 1, recordEvents });
}

export function runScenario(scenario: Scenario, seedOverride?: number, options: RunOptions = {}): SimReport {
  const seed = seedOverride ?? scenario.seed ?? 1;
  const cluster = buildCluster(scenario, seed, options.recordEvents ?? true);
  const faults: FaultWatch[] = [];
  const verdicts = new Verdicts();
  cluster.eventListener = (event) => noticeDetection(faults, event);

  options.observe?.(cluster);
  // One event per statement, pushed in run order: the queue keeps insertion order for equal times.
  const statements = runOrder(scenario);
  let statementsLeft = statements.length;
  for (const statement of statements) {
    cluster.schedule(statement.atMs, () => {
      statementsLeft--;
      if ('action' in statement) applyStep(cluster, statement, faults);
      else verdicts.begin(cluster, statement);
    });
  }

  const endMs = defaultRunMs(scenario);
  let leaderNow = cluster.serviceLeader();
  let stoppedEarly = false;
  for (;;) {
    const nextMs = cluster.nextEventMs;
    verdicts.expireBefore(nextMs);
    if (nextMs > endMs) break;
    if (scenario.untilDecided && statementsLeft === 0 && verdicts.openCount === 0) {
      stoppedEarly = true;
      break;
    }
    cluster.processNext();
    verdicts.recheck(cluster);
    if (!cluster.dirty) continue;
    cluster.dirty = false;
    leaderNow = cluster.serviceLeader();
    trackRecovery(faults, leaderNow, cluster.nowMs);
  }
  if (!stoppedEarly) cluster.runUntil(endMs);
  for (const f of faults) {
    if (!f.wentDown && f.report.recoveredAfterMs === null) {
      f.report.recoveredAfterMs = 0;
      f.report.newLeader = leaderNow?.leader ?? null;
    }
  }
  return buildReport(cluster, seed, faults, verdicts.reports);
}

/** Expectation verdicts: instant checks are decided when they run; a window stays open until its check holds. */
class Verdicts {
  readonly reports: ExpectationReport[] = [];
  private open: Array<{ expectation: Expectation; endMs: number }> = [];

  get openCount(): number {
    return this.open.length;
  }

  begin(cluster: SimCluster, e: Expectation): void {
    const { passed, actual } = evaluate(cluster, e.check);
    if (passed || e.withinMs === undefined) this.decide(e, cluster.nowMs, passed, actual);
    else this.open.push({ expectation: e, endMs: e.atMs + e.withinMs });
  }

  /** After every event: an open window passes at the first moment its check holds. */
  recheck(cluster: SimCluster): void {
    if (this.open.length === 0) return;
    this.open = this.open.filter(({ expectation }) => {
      const { passed, actual } = evaluate(cluster, expectation.check);
      if (passed) this.decide(expectation, cluster.nowMs, true, actual);
      return !passed;
    });
  }

  /** Windows that end before the next event fail at their end. */
  expireBefore(nextMs: number): void {
    if (this.open.length === 0) return;
    this.open = this.open.filter(({ expectation, endMs }) => {
      if (endMs >= nextMs) return true;
      this.decide(expectation, endMs, false, `not by ${endMs} ms`);
      return false;
    });
  }

  private decide(e: Expectation, atMs: number, passed: boolean, actual: string): void {
    this.reports.push({ line: e.line, atMs: e.atMs, ...(e.withinMs !== undefined ? { withinMs: e.withinMs } : {}), decidedAtMs: atMs, passed, text: e.text, actual });
  }
}

function noticeDetection(faults: FaultWatch[], event: TimelineEvent): void {
  for (const f of faults) {
    if (f.detected || event.t < f.report.atMs || event.node === f.report.node || event.node === null) continue;
    if (DETECTION_KINDS.has(event.kind) || isLeavingRole(event)) {
      f.detected = true;
      f.report.detectedAfterMs = event.t - f.report.atMs;
    }
  }
}

function isLeavingRole(event: TimelineEvent): boolean {
  return event.kind === 'state-change' && event.change === 'looking' && (event.from === 'following' || event.from === 'leading');
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
  cluster.record({ t: cluster.nowMs, node: null, kind: 'fault', statement: step.text, line: step.line, ...namedLeader(cluster, a) });
  if (a.type === 'start' || a.type === 'crash' || a.type === 'kill' || a.type === 'pause' || a.type === 'resume' || a.type === 'restart') {
    const targets = resolveNodes(cluster, a.node);
    if (targets.length === 0) skipped(cluster, step, { why: 'no-matching-server' });
    for (const id of targets) {
      if (a.type === 'crash' || a.type === 'kill' || a.type === 'pause') faults.push(watchFault(cluster, a.type, id));
      nodeAction(cluster, a.type, id);
    }
    return;
  }
  if (a.type === 'partition' || a.type === 'cut') faults.push(watchFault(cluster, a.type, null));
  if (applyNetworkAction(cluster.network, a)) return;
  const refused = refusedClientStep(cluster, a);
  if (refused) skipped(cluster, step, refused);
  else clientAction(cluster, a);
}

function skipped(cluster: SimCluster, step: TimedStep, reason: SkipReason): void {
  cluster.record({ t: cluster.nowMs, node: null, kind: 'step-skipped', statement: step.text, line: step.line, reason });
}

/** Why a client step cannot run (the client never connected, or its name is taken), or null. */
function refusedClientStep(cluster: SimCluster, a: Action): SkipReason | null {
  if (a.type === 'connect') return cluster.hasClient(a.client) ? { why: 'client-exists', client: a.client } : null;
  if ('client' in a && !cluster.hasClient(a.client)) return { why: 'no-such-client', client: a.client };
  return null;
}

/** Whom a statement naming "leader" meant when it ran. */
function namedLeader(cluster: SimCluster, a: Action): { leader?: ServerId | null } {
  return 'node' in a && a.node === 'leader' ? { leader: cluster.currentLeader() } : {};
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

/** The link faults of a step, applied to the network model; false when the action is not one. */
export function applyNetworkAction(network: NetworkModel, a: Action): boolean {
  switch (a.type) {
    case 'partition':
      network.partition(a.groups);
      return true;
    case 'cut':
      if (a.both) network.cutBoth(a.from, a.to);
      else network.cut(a.from, a.to);
      return true;
    case 'heal':
      network.heal();
      return true;
    case 'heal-all':
      network.healAll();
      return true;
    case 'heal-link':
      healLink(network, a.from, a.to);
      if (a.both) healLink(network, a.to, a.from);
      return true;
    case 'drop':
      network.setDrop(a.rate, a.link);
      return true;
    case 'delay':
      network.setDelay(a.latencyMs, a.jitterMs, a.link);
      return true;
    case 'duplicate':
      network.setDuplicate(a.rate);
      return true;
    default:
      return false;
  }
}

/** One direction back to normal: its cut, its own drop and its own delay go (a partition stays). */
function healLink(network: NetworkModel, from: ServerId, to: ServerId): void {
  for (const kind of ['cut', 'drop', 'delay']) network.healFault(`${kind}:${from}->${to}`);
}

function clientAction(cluster: SimCluster, a: Action): void {
  switch (a.type) {
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
      cluster.clientOp(a.client, { type: 'close' });
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

function evaluate(cluster: SimCluster, check: Check): { passed: boolean; actual: string } {
  switch (check.type) {
    case 'leader': {
      const leader = cluster.serviceLeader()?.leader ?? null;
      const passed = check.leader === 'any' ? leader !== null : leader === check.leader;
      return { passed, actual: leader === null ? 'leader none' : `leader ${leader}` };
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
      nodes: cluster.ids.map((id) => ({ id, state: stateOf(cluster, id), epoch: cluster.server(id).durable.currentEpoch, zxid: formatZxid(cluster.server(id).view().lastZxid) })),
    },
    faults: faults.map((f) => f.report),
    expectations: expectations.sort((a, b) => a.atMs - b.atMs || a.line - b.line),
    violations: cluster.invariants.violations,
    events: cluster.events,
    deliveredMessages: cluster.deliveredMessages,
    committedTransactions: cluster.invariants.committedCount,
  };
}
