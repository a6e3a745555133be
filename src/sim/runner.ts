import { formatZxid } from '../core/zxid.ts';
import type { ServerId } from '../core/types.ts';
import type { SkipReason } from '../host/actionRecords.ts';
import { FaultAnalysis } from '../host/faultAnalysis.ts';
import { noticesFault, type FaultAction, type FaultMetric } from '../host/faultMetrics.ts';
import type { NetworkModel } from '../net/network.ts';
import { SimCluster, type TimelineEvent } from './cluster.ts';
import type { Violation } from './invariants.ts';
import { MAX_SIM_WORK } from '../core/limits.ts';
import { runOrder, type Action, type Check, type Expectation, type Scenario, type TimedStep } from './scenario.ts';
import type { StepContext } from './scenario/statements/contract.ts';
import { stateOf } from './scenario/statements/checks.ts';
import { settingsFor } from './scenario/settings.ts';

export { settingsFor };
import { actionStatementFor, checkStatementFor } from './scenario/statements/index.ts';
import { actionRecordsOf } from './stepRecords.ts';

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
  /** Every fault's metrics (src/host/faultMetrics.ts), as the page computes them from the same records (empty without recordEvents). */
  metrics: FaultMetric[];
  expectations: ExpectationReport[];
  violations: Violation[];
  events: TimelineEvent[];
  deliveredMessages: number;
  committedTransactions: number;
  /** The run's work: each simulator event, plus one per open `within` window it re-checked (at most RunOptions.maxWork). */
  workDone: number;
  /** Set when the run stopped at its work bound before its end: the simulated ms it reached. */
  workBoundAtMs?: number;
}

export interface RunOptions {
  /** Keep every timeline event in the report (default true). It changes nothing in the run itself. */
  recordEvents?: boolean;
  /** The work bound (see SimReport.workDone) at which the run stops short of its end (default MAX_SIM_WORK). */
  maxWork?: number;
  /** Sees the cluster before anything runs (golden transcripts chain its listeners). */
  observe?: (cluster: SimCluster) => void;
}

interface FaultWatch {
  report: FaultReport;
  wentDown: boolean;
  detected: boolean;
}


/** `run`, or 10 s after the last statement (a loop, not Math.max(...), which overflows the stack on long scripts). */
export function defaultRunMs(scenario: Scenario): number {
  if (scenario.runMs !== undefined) return scenario.runMs;
  let lastMs = 0;
  for (const s of scenario.steps) lastMs = Math.max(lastMs, s.atMs);
  for (const e of scenario.expectations) lastMs = Math.max(lastMs, e.atMs + (e.withinMs ?? 0));
  return lastMs + 10_000;
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
  // Measured with the recorded events only: the chaos suite runs thousands of schedules without either.
  const analysis = (options.recordEvents ?? true) ? new FaultAnalysis({ settings: cluster.settings, latencyMs: scenario.network.latencyMs ?? 2, jitterMs: scenario.network.jitterMs ?? 1 }) : null;
  cluster.eventListener = (event) => {
    noticeDetection(faults, event);
    analysis?.observe(event);
  };

  options.observe?.(cluster);
  // One event per statement, pushed in run order: the queue keeps insertion order for equal times.
  const statements = runOrder(scenario);
  let statementsLeft = statements.length;
  for (const statement of statements) {
    cluster.schedule(statement.atMs, () => {
      statementsLeft--;
      if ('action' in statement) applyStep(cluster, statement, faults, analysis);
      else verdicts.begin(cluster, statement);
    });
  }

  const endMs = defaultRunMs(scenario);
  const maxWork = options.maxWork ?? MAX_SIM_WORK;
  let workDone = 0;
  let leaderNow = cluster.serviceLeader();
  let stoppedEarly = false;
  for (;;) {
    const nextMs = cluster.nextEventMs;
    verdicts.expireBefore(nextMs);
    if (nextMs > endMs || workDone >= maxWork) break;
    if (scenario.untilDecided && statementsLeft === 0 && verdicts.openCount === 0) {
      stoppedEarly = true;
      break;
    }
    cluster.processNext();
    // An open window is re-checked after every event, so it is work too: 10,000 windows would
    // otherwise multiply the cost of every event by 10,000.
    workDone += 1 + verdicts.openCount;
    verdicts.recheck(cluster);
    if (!cluster.dirty) continue;
    cluster.dirty = false;
    leaderNow = cluster.serviceLeader();
    trackRecovery(faults, leaderNow, cluster.nowMs);
  }
  const workBoundAtMs = workDone >= maxWork && cluster.nextEventMs <= endMs ? cluster.nowMs : undefined;
  if (!stoppedEarly && workBoundAtMs === undefined) cluster.runUntil(endMs);
  for (const f of faults) {
    if (!f.wentDown && f.report.recoveredAfterMs === null) {
      f.report.recoveredAfterMs = 0;
      f.report.newLeader = leaderNow?.leader ?? null;
    }
  }
  return { ...buildReport(cluster, seed, faults, verdicts.reports), metrics: analysis ? [...analysis.view().faults] : [], workDone, ...(workBoundAtMs === undefined ? {} : { workBoundAtMs }) };
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
    if (f.detected) continue;
    // The one definition of "a server noticed", shared with the page's metrics.
    if (noticesFault(event, { action: f.report.action as FaultAction, node: f.report.node, atMs: f.report.atMs })) {
      f.detected = true;
      f.report.detectedAfterMs = event.t - f.report.atMs;
    }
  }
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

function applyStep(cluster: SimCluster, step: TimedStep, faults: FaultWatch[], analysis: FaultAnalysis | null): void {
  const a = step.action;
  cluster.record({ t: cluster.nowMs, node: null, kind: 'fault', statement: step.text, line: step.line, ...namedLeader(cluster, a) });
  if (analysis) for (const record of actionRecordsOf(cluster, step)) analysis.observe(record);
  const context: StepContext = {
    cluster,
    step,
    watchFault: (action, node) => faults.push(watchFault(cluster, action, node)),
    skipped: (reason) => skipped(cluster, step, reason),
  };
  actionStatementFor(a).run(a, context);
}

function skipped(cluster: SimCluster, step: TimedStep, reason: SkipReason): void {
  cluster.record({ t: cluster.nowMs, node: null, kind: 'step-skipped', statement: step.text, line: step.line, reason });
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

/** The link faults of a step, applied to the network model; false when the action is not one. */
export function applyNetworkAction(network: NetworkModel, a: Action): boolean {
  const statement = actionStatementFor(a);
  if (!statement.applyToNetwork) return false;
  statement.applyToNetwork(a, network);
  return true;
}

function evaluate(cluster: SimCluster, check: Check): { passed: boolean; actual: string } {
  return checkStatementFor(check).evaluate(cluster, check);
}

export { stateOf };

function buildReport(cluster: SimCluster, seed: number, faults: FaultWatch[], expectations: ExpectationReport[]): Omit<SimReport, 'workDone' | 'metrics'> {
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
