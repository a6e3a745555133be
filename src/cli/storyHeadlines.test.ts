import { describe, expect, it } from 'vitest';
import { analyzeRecords } from '../host/faultAnalysis.ts';
import type { TimelineRecord } from '../host/records.ts';
import { storyChapterTitle, storyHeadline } from '../narrate/story.ts';
import { runScenario, settingsFor } from '../sim/runner.ts';
import { parseScenario } from '../sim/scenario.ts';
import { findBuiltin } from '../sim/scenarios.ts';

// The story view's headlines (src/narrate/en/story.ts) for a real run: a 5-server ensemble with
// ZooKeeper's sample settings loses its leader to a silent crash. Here because only the command
// line's layer sees both the simulator and the words.

const SAMPLE_CRASH = `nodes 5
network latency=2 jitter=1
at 0 start all
at 5000 crash leader
run 40000
`;

describe('story headlines', () => {
  it('say who noticed and why, who won in which epoch after how many rounds, and how long service stopped', () => {
    const parsed = parseScenario(SAMPLE_CRASH);
    if (!parsed.ok) throw new Error('bad script');
    const report = runScenario(parsed.scenario);
    const records: TimelineRecord[] = [...report.events];
    // The page's driver logs the crash itself; the runner's timeline has the script's step.
    const at = records.findIndex((r) => r.kind === 'fault' && r.statement === 'crash leader');
    records.splice(at + 1, 0, { t: 5000, kind: 'crash', node: 5, wasLeading: true, detection: { detector: 'zookeeper', limit: { name: 'syncLimit', ticks: 5, tickTimeMs: 2000 } } });
    const { chapters } = analyzeRecords(records, { settings: settingsFor(parsed.scenario), latencyMs: 2, jitterMs: 1 });
    const [startup, crash] = chapters;
    expect(storyChapterTitle(startup!)).toBe('Start-up: the first election');
    expect(startup!.phases.map((p) => storyHeadline(startup!, p))).toEqual([
      expect.stringMatching(/^Server 5 elected in epoch 1 after 1 round \(2\d\d ms of voting\)$/),
      'Leader 5 synced 4 servers: DIFF ×4',
      expect.stringMatching(/^Serving after 2\d\d ms \(leader 5, epoch 1\)$/),
    ]);
    const headlines = crash!.phases.map((p) => storyHeadline(crash!, p));
    expect(headlines[0]).toBe('Server 5 crashed (the leader): silence, nothing more arrives');
    expect(headlines[1]).toMatch(/^Server [1-4] noticed after (9|10|11)\.\d s: syncLimit × tickTime passed without a packet from leader 5$/);
    expect(headlines[2]).toMatch(/^Server 4 elected in epoch 2 after 1 round \(2\d\d ms of voting\)$/);
    expect(headlines[3]).toBe('Leader 4 synced 3 servers: DIFF ×3');
    expect(headlines[4]).toMatch(/^Serving again (9|10|11)\.\d s after the fault \(leader 4, epoch 2\)$/);
  });

  it('tell a partition that stops service only when the majority times out, and a heal that brings the minority back', () => {
    const builtin = findBuiltin('partition-minority')!;
    const parsed = parseScenario(builtin.script(builtin.defaultNodes));
    if (!parsed.ok) throw new Error('bad script');
    const records: TimelineRecord[] = [];
    for (const r of runScenario(parsed.scenario).events) {
      records.push(r);
      if (r.kind === 'fault' && r.statement.startsWith('partition')) records.push({ t: r.t, kind: 'partition', node: null, peers: [1, 2, 3, 4, 5], groups: [[1, 2, 3], [4, 5]] });
      if (r.kind === 'fault' && r.statement === 'heal') records.push({ t: r.t, kind: 'heal', node: null, fault: null });
    }
    const { chapters } = analyzeRecords(records, { settings: settingsFor(parsed.scenario), latencyMs: 2, jitterMs: 1 });
    const [, split, heal] = chapters;
    expect(storyChapterTitle(split!)).toMatch(/^Partition: noticed in 3\.2 s, serving again in 3\.4 s$/);
    expect(split!.phases.map((p) => storyHeadline(split!, p))).toEqual([
      'The network split into {1–3} | {4, 5}',
      expect.stringMatching(/^Server \d noticed after 3\.2 s: syncLimit × tickTime passed without a packet from leader 5$/),
      expect.stringMatching(/^Server 3 elected in epoch 2 after 1 round \(\d+ ms of voting\)$/),
      'Leader 3 synced 2 servers: DIFF ×2',
      expect.stringMatching(/^Serving again 3\.4 s after the fault, 2\d\d ms without a leader \(leader 3, epoch 2\)$/),
    ]);
    expect(storyChapterTitle(heal!)).toMatch(/^Heal: noticed in \d+ ms, whole again in \d+ ms$/);
    const healLines = heal!.phases.map((p) => storyHeadline(heal!, p));
    expect(healLines[0]).toBe('The network healed: every link carries packets again');
    expect(healLines[1]).toMatch(/^Server [45] heard the others again after \d+ ms: it heard a quorum follow server 3$/);
    expect(healLines).toContain('Servers 4, 5 found leader 3 again');
    expect(healLines.at(-1)).toMatch(/^Every server is back in the quorum after \d+ ms \(leader 3, epoch 2\)$/);
  });
});
