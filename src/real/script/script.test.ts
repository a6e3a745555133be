import { describe, expect, it } from 'vitest';
import type { FaultMetric } from '../../host/faultMetrics.ts';
import { parseScenario } from '../../sim/scenario.ts';
import { commandsFor, WRITER_CLIENT, type EnsembleMoment } from './actionCommands.ts';
import { compareRuns, comparisonText } from './compareReport.ts';
import { realScriptProblem } from './realScriptProblem.ts';

const scenario = (text: string) => {
  const parsed = parseScenario(text);
  if (!parsed.ok) throw new Error(parsed.errors[0]!.message);
  return parsed.scenario;
};

function moment(overrides: Partial<EnsembleMoment> = {}): EnsembleMoment {
  let callId = 0;
  return { ids: [1, 2, 3], leader: 3, faults: [], treeOf: () => [], writerOn: null, nextCallId: () => ++callId, ...overrides };
}

describe('realScriptProblem', () => {
  it('accepts the built-in kind of script', () => {
    expect(realScriptProblem(scenario('nodes 5\nconfig tickTime=200 syncLimit=2\nat 0 start all\nat 5000 kill leader\nrun 8000\n'))).toBeNull();
  });
  it('refuses what real servers on TCP cannot do, with the reason', () => {
    expect(realScriptProblem(scenario('nodes 3\nconfig detector=all-to-all\nat 0 start all\nrun 1000\n'))).toContain('all-to-all');
    expect(realScriptProblem(scenario('nodes 3\nat 0 start 1\nat 0 start 2\nat 500 start 3\nrun 1000\n'))).toContain('line 4');
    expect(realScriptProblem(scenario('nodes 3\nat 0 start all\nat 100 duplicate 10%\nrun 1000\n'))).toContain('TCP');
    expect(realScriptProblem(scenario('nodes 10\nat 0 start all\nrun 1000\n'))).toContain('at most 9');
  });
});

describe('commandsFor', () => {
  it('resolves "leader" to the observed leader at that moment', () => {
    expect(commandsFor({ type: 'kill', node: 'leader' }, moment())).toEqual({ commands: [{ type: 'kill', server: 3 }] });
    expect(commandsFor({ type: 'crash', node: 'leader' }, moment({ leader: null }))).toMatchObject({ skipped: expect.stringContaining('no server leads') });
    expect(commandsFor({ type: 'pause', node: 'all' }, moment())).toEqual({ commands: [1, 2, 3].map((server) => ({ type: 'pause', server })) });
  });
  it('heals cuts and partitions one by one, keeping drop and delay', () => {
    const faults = [
      { id: 'partition', kind: 'partition' as const, groups: [[1], [2, 3]] },
      { id: 'cut:1->2', kind: 'cut' as const, from: 1, to: 2, both: false },
      { id: 'drop', kind: 'drop' as const, rate: 0.1, link: null },
    ];
    expect(commandsFor({ type: 'heal' }, moment({ faults }))).toEqual({ commands: [{ type: 'heal-fault', faultId: 'partition' }, { type: 'heal-fault', faultId: 'cut:1->2' }] });
  });
  it('writes through a client on the leader, creating parents first', () => {
    const planned = commandsFor({ type: 'write', path: '/config/db', value: 'primary=1' }, moment());
    expect(planned).toEqual({
      writerOn: 3,
      commands: [
        { type: 'connect-client', name: WRITER_CLIENT, server: 3, timeoutMs: 30_000 },
        { type: 'client-op', name: WRITER_CLIENT, callId: 1, op: { type: 'create', path: '/config', value: '', mode: 'persistent' } },
        { type: 'client-op', name: WRITER_CLIENT, callId: 2, op: { type: 'create', path: '/config/db', value: 'primary=1', mode: 'persistent' } },
      ],
    });
  });
  it('turns drop rates into percent and skips duplication', () => {
    expect(commandsFor({ type: 'drop', rate: 0.125 }, moment())).toEqual({ commands: [{ type: 'drop', percent: 12.5, link: null }] });
    expect(commandsFor({ type: 'duplicate', rate: 0.1 }, moment())).toMatchObject({ skipped: expect.stringContaining('TCP') });
  });
});

function metric(overrides: Partial<FaultMetric>): FaultMetric {
  const bound = { ms: 0, loMs: 0, hiMs: 0, reason: { why: 'connection-reset' as const, latencyMs: 2, jitterMs: 1 } };
  return {
    index: 0, atMs: 5000, action: 'kill', node: 5, servers: [5], wasLeader: true, detection: null, undetectedHealed: false, detectionBound: bound,
    election: null, unavailable: { fromMs: 5000, toMs: null }, recovered: null, recoveryBound: bound, syncs: [], ...overrides,
  };
}

describe('compareRuns', () => {
  it('puts each figure side by side with how far apart they are, and checks the winner', () => {
    const record = { t: 5003, node: 4, kind: 'kill' as const };
    const model = metric({
      detection: { atMs: 5003, afterMs: 3, by: 4, record },
      election: { startMs: 5003, decidedMs: 5210, rounds: 1, leader: 4, epoch: 2 },
      recovered: { atMs: 5250, afterMs: 250, leader: 4, epoch: 2 },
      syncs: [{ atMs: 5240, leader: 4, learner: 2, mode: 'diff' }],
    });
    const real = metric({
      detection: { atMs: 5040, afterMs: 40, by: 3, record },
      election: { startMs: 5040, decidedMs: 5300, rounds: 1, leader: 4, epoch: 2 },
      recovered: { atMs: 5500, afterMs: 500, leader: 4, epoch: 2 },
      syncs: [{ atMs: 5400, leader: 4, learner: 2, mode: 'diff' }],
    });
    const comparison = compareRuns({ metrics: [model], finalLeader: 4, finalEpoch: 2 }, { metrics: [real], finalLeader: 4, finalEpoch: 2 });
    expect(comparison.sameWinner).toBe(true);
    expect(comparison.faults[0]!.rows).toEqual([
      { name: 'detected', modelMs: 3, realMs: 40 },
      { name: 'election', modelMs: 207, realMs: 260 },
      { name: 'recovered', modelMs: 250, realMs: 500 },
    ]);
    const text = comparisonText(comparison);
    expect(text).toContain('+250 ms');
    expect(text).toContain('2:DIFF');
    expect(text).toContain('Same winner');
  });
  it('says so when the real servers chose another leader', () => {
    const comparison = compareRuns({ metrics: [], finalLeader: 4, finalEpoch: 2 }, { metrics: [], finalLeader: 3, finalEpoch: 2 });
    expect(comparison.sameWinner).toBe(false);
    expect(comparisonText(comparison)).toContain('DIFFERENT');
  });
});
