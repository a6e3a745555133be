import { describe, expect, it } from 'vitest';
import { parseScenario } from './scenario.ts';
import { runScenario, type SimReport } from './runner.ts';
import { BUILTIN_SCENARIOS, findBuiltin } from './scenarios.ts';

// Every built-in scenario is a lesson with expectations: it must pass, with no invariant violated,
// at its default size and at other sizes where the lesson applies.

function run(name: string, nodes: number, seed = 1): SimReport {
  const builtin = findBuiltin(name)!;
  const parsed = parseScenario(builtin.script(nodes));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return runScenario(parsed.scenario, seed);
}

function failures(report: SimReport): string[] {
  return [
    ...report.expectations.filter((x) => !x.passed).map((x) => `line ${x.line} "${x.text}" → ${x.actual}`),
    ...report.violations.map((v) => `${v.rule}: ${v.text}`),
  ];
}

describe('built-in scenarios', () => {
  for (const builtin of BUILTIN_SCENARIOS) {
    // The smallest size a scenario declares is tested too: 1 for those a single voter can play.
    const sizes = [
      ...new Set([builtin.defaultNodes, builtin.minNodes, Math.max(builtin.minNodes, 3), 7]),
    ].filter((n) => n >= builtin.minNodes);
    for (const nodes of sizes) {
      it(`${builtin.name} with ${nodes} nodes passes its expectations`, () => {
        const report = run(builtin.name, nodes);
        expect(report.expectations.length).toBeGreaterThan(0);
        expect(failures(report)).toEqual([]);
      });
    }
  }

  it('kill-leader is noticed within one message latency; crash-leader only after syncLimit × tickTime', () => {
    const killed = run('kill-leader', 5).faults[0]!;
    const crashed = run('crash-leader', 5).faults[0]!;
    expect(killed.wasLeader).toBe(true);
    expect(killed.detectedAfterMs).not.toBeNull();
    expect(killed.detectedAfterMs!).toBeLessThanOrEqual(5);
    // syncLimit 2 × tickTime 2000 = 4000 ms of silence, measured from the last ping heard (≤ 1 s before).
    expect(crashed.detectedAfterMs!).toBeGreaterThanOrEqual(3000);
    expect(crashed.detectedAfterMs!).toBeLessThanOrEqual(4000 + 2000);
    expect(crashed.newLeader).toBe(4);
    expect(crashed.recoveredAfterMs!).toBeGreaterThan(crashed.detectedAfterMs!);
  });

  it('a killed follower never interrupts service', () => {
    const fault = run('kill-follower', 5).faults[0]!;
    expect(fault.wasLeader).toBe(false);
    expect(fault.recoveredAfterMs).toBe(0);
  });

  it('diverged-rejoin reports the TRUNC of the write no quorum saw', () => {
    const report = run('diverged-rejoin', 5);
    const truncated = report.events.find((e) => e.kind === 'truncated' && e.node === 5);
    expect(truncated).toMatchObject({ toZxid: 0x100000003, removed: [0x100000004], cleared: false });
  });

  it('the same seed gives the same run, event for event', () => {
    const a = run('pause-leader', 5, 7);
    const b = run('pause-leader', 5, 7);
    expect(a.events).toEqual(b.events);
  });
});
