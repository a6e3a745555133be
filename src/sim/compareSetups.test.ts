import { describe, expect, it } from 'vitest';
import type { TimelineRecord } from '../host/records.ts';
import { SuspicionTally } from '../host/suspicionTally.ts';
import { COMPARE_SETUP_IDS, isCompareSetupId } from './compareSetupIds.ts';
import { COMPARE_SETUPS } from './compareSetups.ts';
import { runScenario } from './runner.ts';
import { parseScenario } from './scenario.ts';

// Each compare set-up is two scripts that differ in exactly the thing it compares, and, run by the
// command-line simulator (`npm run sim`, steps at the start of their ms), tell the story its words
// tell. src/store/compareSession.test.ts plays them as the page does and checks the figures shown.

function lines(text: string): string[] {
  return text.trim().split('\n');
}

/** The lines where A and B differ, as [A's, B's]. */
function differences(setup: (typeof COMPARE_SETUPS)[keyof typeof COMPARE_SETUPS]): [string, string][] {
  const [a, b] = setup.scripts.map(lines) as [string[], string[]];
  expect(a.length).toBe(b.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i]!] as [string, string]]));
}

function run(script: string, untilMs: number) {
  const parsed = parseScenario(`${script}run ${untilMs}\n`);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const report = runScenario(parsed.scenario);
  // The runner's timeline holds a step as its 'fault' record; the tally needs the action's own
  // record (who went down when), which the runner gives only to the metrics: put it back in order.
  const actions = report.metrics.map((m) => ({ t: m.atMs, kind: m.action, node: m.node }) as TimelineRecord);
  const tally = new SuspicionTally();
  for (const e of report.events) {
    while (actions.length > 0 && actions[0]!.t <= e.t) tally.observe(actions.shift()!);
    tally.observe(e);
  }
  const fault = report.metrics.at(-1)!;
  return { report, suspicions: tally.view, detectedMs: fault.detection?.afterMs ?? null, fault };
}

describe('compare set-ups', () => {
  it('are known by their ids, and nothing else is', () => {
    expect(Object.keys(COMPARE_SETUPS).sort()).toEqual([...COMPARE_SETUP_IDS].sort());
    for (const id of COMPARE_SETUP_IDS) expect(COMPARE_SETUPS[id].id).toBe(id);
    expect(isCompareSetupId('article-vs-zookeeper')).toBe(true);
    expect(isCompareSetupId('Article-vs-ZooKeeper')).toBe(false);
    expect(isCompareSetupId('')).toBe(false);
  });

  it('differ between A and B in exactly what they compare', () => {
    expect(differences(COMPARE_SETUPS['article-vs-zookeeper'])).toEqual([
      ['config tickTime=2000 initLimit=10 syncLimit=5 detector=all-to-all heartbeatMs=1000 timeoutMs=3000', 'config tickTime=2000 initLimit=10 syncLimit=5 detector=zookeeper heartbeatMs=1000 timeoutMs=3000'],
    ]);
    expect(differences(COMPARE_SETUPS['crash-vs-kill'])).toEqual([['at 8000 crash leader', 'at 8000 kill leader']]);
    expect(differences(COMPARE_SETUPS['tick-tuning'])).toEqual([
      ['config tickTime=500 initLimit=10 syncLimit=2 detector=zookeeper heartbeatMs=1000 timeoutMs=3000', 'config tickTime=2000 initLimit=10 syncLimit=5 detector=zookeeper heartbeatMs=1000 timeoutMs=3000'],
    ]);
  });

  for (const id of COMPARE_SETUP_IDS) {
    it(`${id}: both scripts parse, run without an invariant violated, and end with a new leader`, () => {
      const setup = COMPARE_SETUPS[id];
      for (const script of setup.scripts) {
        const { report, fault } = run(script, setup.storyMs);
        expect(report.violations).toEqual([]);
        expect(fault.atMs).toBe(setup.faultAtMs);
        expect(fault.wasLeader).toBe(true);
        expect(fault.recovered).not.toBeNull();
      }
    });
  }

  it('article-vs-zookeeper: the all-to-all detector suspects live servers and notices sooner', () => {
    const setup = COMPARE_SETUPS['article-vs-zookeeper'];
    const [a, b] = setup.scripts.map((s) => run(s, setup.storyMs));
    expect(a!.suspicions.falseAlarms).toBeGreaterThan(0);
    expect(b!.suspicions).toEqual({ total: 4, falseAlarms: 0 });
    expect(a!.detectedMs!).toBeLessThan(b!.detectedMs! - 4000);
  });

  it('crash-vs-kill: the kill is noticed at once, the crash after the read timeout', () => {
    const setup = COMPARE_SETUPS['crash-vs-kill'];
    const [a, b] = setup.scripts.map((s) => run(s, setup.storyMs));
    expect(a!.detectedMs!).toBeGreaterThanOrEqual(8000);
    expect(b!.detectedMs!).toBeLessThan(100);
  });

  it('tick-tuning: the short timeout notices sooner and raises false alarms; the long one raises none', () => {
    const setup = COMPARE_SETUPS['tick-tuning'];
    const [a, b] = setup.scripts.map((s) => run(s, setup.storyMs));
    expect(a!.detectedMs!).toBeLessThanOrEqual(1500);
    expect(b!.detectedMs!).toBeGreaterThanOrEqual(8000);
    expect(a!.suspicions.falseAlarms).toBeGreaterThan(0);
    expect(b!.suspicions.falseAlarms).toBe(0);
  });
});
