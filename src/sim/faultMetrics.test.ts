import { describe, expect, it } from 'vitest';
import { FaultAnalysis, analyzeRecords } from '../host/faultAnalysis.ts';
import { detectedMs, electionMs, recoveredMs, type FaultMetric, type MetricsContext } from '../host/faultMetrics.ts';
import type { TimelineRecord } from '../host/records.ts';
import { runScenario, settingsFor, type SimReport } from './runner.ts';
import { parseScenario, type Scenario } from './scenario.ts';
import { findBuiltin } from './scenarios.ts';

// The fault metrics (src/host/faultMetrics.ts, faultAnalysis.ts) measured on real runs of the
// simulator: each fault's detection against its bound, the election, the unavailability window
// and the syncs, and the story's phases. The page computes the same from the same records.

function scenarioOf(source: string): Scenario {
  const parsed = parseScenario(source);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.scenario;
}

function builtin(name: string): Scenario {
  const b = findBuiltin(name)!;
  return scenarioOf(b.script(b.defaultNodes));
}

function contextOf(scenario: Scenario): MetricsContext {
  return { settings: settingsFor(scenario), latencyMs: scenario.network.latencyMs ?? 2, jitterMs: scenario.network.jitterMs ?? 1 };
}

function run(scenario: Scenario): { report: SimReport; metrics: FaultMetric[]; syncLimitMs: number; tickMs: number } {
  const report = runScenario(scenario);
  const s = settingsFor(scenario);
  return { report, metrics: report.metrics, syncLimitMs: s.syncLimitTicks * s.tickTimeMs, tickMs: s.tickTimeMs };
}

/** A 5-server ensemble with ZooKeeper's sample settings (tickTime 2 s, syncLimit 5): detection near 10 s. */
const SAMPLE_CRASH = `nodes 5
network latency=2 jitter=1
at 0 start all
at 5000 crash leader
run 40000
`;

describe('fault metrics on simulated runs', () => {
  it('a silent crash of the leader is noticed within syncLimit × tickTime ± one tick, then an election and a sync follow', () => {
    const { metrics, syncLimitMs, tickMs } = run(scenarioOf(SAMPLE_CRASH));
    expect(metrics).toHaveLength(1);
    const crash = metrics[0]!;
    expect(crash).toMatchObject({ action: 'crash', node: 5, wasLeader: true, undetectedHealed: false });
    const detected = detectedMs(crash)!;
    expect(detected).toBeGreaterThanOrEqual(syncLimitMs - tickMs);
    expect(detected).toBeLessThanOrEqual(syncLimitMs + tickMs);
    expect(crash.detectionBound).toMatchObject({ ms: syncLimitMs, loMs: syncLimitMs - tickMs, hiMs: syncLimitMs + tickMs, reason: { why: 'read-timeout' } });
    expect(crash.detection!.record).toMatchObject({ kind: 'peer-suspected', cause: 'leader-silent', peer: 5 });
    expect(crash.election).toMatchObject({ leader: 4, epoch: 2 });
    expect(crash.election!.rounds).toBeGreaterThanOrEqual(1);
    expect(crash.election!.startMs).toBeGreaterThanOrEqual(crash.detection!.atMs);
    expect(electionMs(crash)).toBeGreaterThan(0);
    // The leader was gone at once: service stopped at the crash and came back with the new leader.
    expect(crash.unavailable).toEqual({ fromMs: 5000, toMs: crash.recovered!.atMs });
    expect(recoveredMs(crash)).toBeGreaterThan(detected);
    expect(recoveredMs(crash)).toBeLessThanOrEqual(crash.recoveryBound.hiMs);
    expect(crash.recovered).toMatchObject({ leader: 4, epoch: 2 });
    expect(crash.syncs.map((s) => s.mode)).toEqual(['diff', 'diff', 'diff']);
    expect(new Set(crash.syncs.map((s) => s.learner))).toEqual(new Set([1, 2, 3]));
  });

  it('a kill is noticed within one message latency: the host resets the connections', () => {
    const { metrics } = run(builtin('kill-leader'));
    const kill = metrics[0]!;
    expect(kill).toMatchObject({ action: 'kill', node: 5, wasLeader: true });
    expect(kill.detectionBound).toMatchObject({ loMs: 0, hiMs: 3, reason: { why: 'connection-reset' } });
    expect(detectedMs(kill)).toBeLessThanOrEqual(kill.detectionBound.hiMs);
    expect(kill.detection!.record).toMatchObject({ kind: 'peer-suspected', cause: 'connection-reset' });
    expect(kill.recovered).toMatchObject({ leader: 4 });
  });

  it('a paused leader is silent like a crashed one', () => {
    const scenario = builtin('pause-leader');
    const { metrics, syncLimitMs, tickMs } = run(scenario);
    const pause = metrics.find((m) => m.action === 'pause')!;
    expect(pause).toMatchObject({ node: 5, wasLeader: true });
    expect(detectedMs(pause)).toBeGreaterThanOrEqual(syncLimitMs - tickMs);
    expect(detectedMs(pause)).toBeLessThanOrEqual(syncLimitMs + tickMs);
    expect(pause.recovered).toMatchObject({ leader: 4 });
  });

  it('a partition with the leader in the minority: the majority notices, elects and serves; service stopped only when it left the old leader', () => {
    const { metrics, syncLimitMs, tickMs } = run(builtin('partition-minority'));
    const split = metrics.find((m) => m.action === 'partition')!;
    expect(split.groups).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(detectedMs(split)).toBeGreaterThanOrEqual(syncLimitMs - tickMs);
    expect(detectedMs(split)).toBeLessThanOrEqual(syncLimitMs + tickMs);
    // Leader 5 kept its followers until they timed out: the window opens only then.
    expect(split.unavailable!.fromMs).toBeGreaterThanOrEqual(split.detection!.atMs);
    expect(split.election).toMatchObject({ leader: 3, epoch: 2, rounds: 1 });
    expect(split.recovered).toMatchObject({ leader: 3, epoch: 2 });
    expect(split.syncs.every((s) => s.leader === 3 && s.mode === 'diff')).toBe(true);
  });

  it('a heal: the minority hears the others again within its FLE back-off and rejoins with a DIFF', () => {
    const { metrics } = run(builtin('partition-minority'));
    const heal = metrics.find((m) => m.action === 'heal')!;
    expect(heal.atMs).toBe(20_000);
    expect(heal.detectionBound.reason).toMatchObject({ why: 'fle-backoff' });
    expect(heal.detectionBound.ms).toBeGreaterThan(0);
    expect(detectedMs(heal)).toBeLessThanOrEqual(heal.detectionBound.hiMs);
    expect([4, 5]).toContain(heal.detection!.by);
    // Every server is back in the quorum; the majority's service never stopped.
    expect(heal.unavailable).toBeNull();
    expect(heal.recovered).toMatchObject({ leader: 3 });
    expect(heal.syncs.map((s) => [s.learner, s.mode]).sort()).toEqual([
      [4, 'diff'],
      [5, 'diff'],
    ]);
  });

  it('a partition healed before any timeout: nobody noticed, and service never stopped', () => {
    const { metrics } = run(builtin('partition-blip'));
    const blip = metrics.find((m) => m.action === 'partition')!;
    expect(blip).toMatchObject({ detection: null, undetectedHealed: true });
    expect(recoveredMs(blip)).toBe(0);
  });

  it("agrees with the runner's fault report, which reads the simulator itself: one definition", () => {
    for (const name of ['crash-leader', 'kill-leader', 'pause-leader', 'kill-follower', 'partition-minority', 'isolate-leader']) {
      const { report } = run(builtin(name));
      const measured = report.metrics.filter((m) => m.action !== 'heal').map((m) => [m.atMs, detectedMs(m), recoveredMs(m)]);
      expect(measured, name).toEqual(report.faults.map((f) => [f.atMs, f.detectedAfterMs, f.recoveredAfterMs]));
    }
  });

  it('folds records one at a time as the page does, to the same result as all at once', () => {
    const scenario = builtin('partition-minority');
    const { report } = run(scenario);
    const records: TimelineRecord[] = [];
    // The runner's timeline has the script's steps, not the drivers' action records: rebuild them.
    for (const m of report.metrics) records.push(m.action === 'partition' ? { t: m.atMs, kind: 'partition', node: null, peers: m.servers, groups: m.groups! } : { t: m.atMs, kind: 'heal', node: null, fault: null });
    const merged = [...report.events, ...records].sort((a, b) => a.t - b.t);
    const incremental = new FaultAnalysis(contextOf(scenario));
    const views = [];
    for (const r of merged) {
      incremental.observe(r);
      views.push(incremental.view());
    }
    expect(incremental.view()).toBe(views.at(-1));
    // Copies are shared: a chapter's fault is the listed fault, and a fault that did not change
    // keeps its object from one view to the next (the page re-renders only what changed).
    const last = incremental.view();
    expect(last.chapters.at(-1)!.fault).toBe(last.faults.at(-1));
    const healAt = views.findIndex((v) => v.faults.length === 2);
    expect(views[healAt + 5]!.faults[0]).toBe(views[healAt]!.faults[0]);
    const once = analyzeRecords(merged, contextOf(scenario));
    expect(once.faults.map((f) => [detectedMs(f), recoveredMs(f)])).toEqual(incremental.view().faults.map((f) => [detectedMs(f), recoveredMs(f)]));
    expect(once.faults.map((f) => [detectedMs(f), recoveredMs(f)])).toEqual(report.metrics.map((f) => [detectedMs(f), recoveredMs(f)]));
  });
});

describe('the story: records grouped by phase', () => {
  it('a crash of the leader tells failure, detection, election, sync and serving again, with who noticed and why', () => {
    const scenario = scenarioOf(SAMPLE_CRASH);
    const { report } = run(scenario);
    const records: TimelineRecord[] = [...report.events];
    const at = records.findIndex((r) => r.t >= 5000 && r.kind === 'fault' && r.statement === 'crash leader');
    records.splice(at + 1, 0, { t: 5000, kind: 'crash', node: 5, wasLeading: true, detection: { detector: 'zookeeper', limit: { name: 'syncLimit', ticks: 5, tickTimeMs: 2000 } } });
    const { chapters } = analyzeRecords(records, contextOf(scenario));
    expect(chapters).toHaveLength(2);
    const [startup, crash] = chapters;
    expect(startup!.fault).toBeNull();
    expect(startup!.phases.map((p) => p.kind)).toEqual(['election', 'sync', 'serving']);
    expect(crash!.phases.map((p) => p.kind)).toEqual(['failure', 'detection', 'election', 'sync', 'serving']);
    const phase = (kind: string) => crash!.phases.find((p) => p.kind === kind)!;
    expect(phase('failure').entries.map((e) => e.kind)).toEqual(['crash']);
    expect(phase('detection').entries[0]).toMatchObject({ kind: 'peer-suspected', cause: 'leader-silent', peer: 5 });
    expect(phase('detection').servers).toContain(5);
    expect(phase('election').entries.some((e) => e.kind === 'state-change' && e.change === 'decided')).toBe(true);
    expect(phase('sync').entries.some((e) => e.kind === 'sync')).toBe(true);
  });
});
