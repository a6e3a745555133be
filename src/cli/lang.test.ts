import { describe, expect, it } from 'vitest';
import { analyzeRecords } from '../host/faultAnalysis.ts';
import type { FaultAction, FaultMetric } from '../host/faultMetrics.ts';
import type { TimelineRecord } from '../host/records.ts';
import { STORY_PHASES, type StoryChapter } from '../host/story.ts';
import { untranslatedWords } from '../i18n/terms.ts';
import { narrateBound, narrateFailure, narrateFaultMetric, narrateFaultSubject, narrateMetricParts, storyChapterTitle, storyHeadline } from '../narrate/story.ts';
import { expectSameFacts, ownWords } from '../narrate/testdata/sameFacts.ts';
import { runScenario, settingsFor, type SimReport } from '../sim/runner.ts';
import { parseScenario } from '../sim/scenario.ts';
import { BUILTIN_SCENARIOS } from '../sim/scenarios.ts';
import { runSim, type SimIo } from './simMain.ts';

// `npm run sim -- --lang zh`: the narration and the run summary in Chinese, the JSON the same, a
// bad language refused; and the story's words (headlines, chapter titles, metrics) in Chinese
// for real runs of every built-in lesson. Here because only the command line's layer sees both
// the simulator and the words.

function run(argv: string[]): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const io: SimIo = { readFile: () => new Uint8Array(), stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) };
  const { status } = runSim(argv, io);
  return { status, stdout, stderr };
}

function reportOf(name: string): SimReport {
  const builtin = BUILTIN_SCENARIOS.find((s) => s.name === name)!;
  const parsed = parseScenario(builtin.script(builtin.defaultNodes));
  if (!parsed.ok) throw new Error(`bad built-in ${name}`);
  return runScenario(parsed.scenario);
}

describe('sim --lang', () => {
  it('narrates kill-leader in Chinese, the summary too', () => {
    const { status, stdout, stderr } = run(['--scenario', 'kill-leader', '--lang', 'zh']);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toMatch(/^场景 kill-leader（种子 1）$/m);
    expect(stdout).toMatch(/服务器 \d 与领导者 5 的连接被重置：它立即发起选举。/);
    expect(stdout).toMatch(/服务器 4 成为 epoch 2 的领导者（Leader）/);
    expect(stdout).toMatch(/^故障：\n {2}5,000 ms 服务器 5（领导者）被杀死：\d ms 后首次作出反应/m);
    expect(stdout).toMatch(/^ {2}通过 第 7 行：6,000 ms 时 `leader 4`$/m);
    expect(stdout).toMatch(/^20,000 ms 时的最终状态：服务器 4 领导 epoch 2。$/m);
    // No English beyond the kept terms, once the script's own text (statements, names, paths,
    // values) is set aside: it is quoted as written.
    const quoted = { events: reportOf('kill-leader').events, statement: 'kill-leader' };
    expect(untranslatedWords(ownWords(stdout, quoted))).toEqual([]);
  });

  it('keeps English the default and the JSON the same in every language', () => {
    const english = run(['--scenario', 'kill-leader']);
    expect(run(['--scenario', 'kill-leader', '--lang', 'en']).stdout).toBe(english.stdout);
    expect(english.stdout).toMatch(/^scenario kill-leader \(seed 1\)$/m);
    expect(run(['--scenario', 'kill-leader', '--lang', 'zh', '--json']).stdout).toBe(run(['--scenario', 'kill-leader', '--json']).stdout);
  });

  it('refuses an unknown language with a clear message and runs nothing', () => {
    expect(run(['--scenario', 'kill-leader', '--lang', 'xx'])).toEqual({ status: 2, stdout: '', stderr: 'sim: --lang needs en (English) or zh (简体中文), got xx\n' });
    expect(run(['--scenario', 'kill-leader', '--lang'])).toEqual({ status: 2, stdout: '', stderr: 'sim: --lang needs en (English) or zh (简体中文), got nothing\n' });
    expect(run(['--lang', 'ZH', '--scenario', 'kill-leader']).status).toBe(2);
    expect(run(['--help']).stdout).toMatch(/--lang en\|zh/);
  });

  it('refuses other bad input in the language asked for, and in English by default', () => {
    expect(run(['--scenario', 'kil-leader', '--lang', 'zh'])).toMatchObject({ status: 2, stdout: '', stderr: expect.stringMatching(/^sim: 没有场景“kil-leader”；内置场景有：steady, kill-leader/) });
    expect(run(['--lang', 'zh', '--nodes', 'x', '--scenario', 'steady']).stderr).toBe('sim: --nodes 需要 1 到 101 之间的整数，收到的是 x\n');
    expect(run(['--lang', 'zh']).stderr).toBe('sim: 请给出 --scenario NAME 或 --script FILE（见 --list）\n');
    expect(run(['--scenario', 'kil-leader']).stderr).toMatch(/^sim: unknown scenario "kil-leader"; built-in scenarios: steady, kill-leader/);
  });
});

/** A chapter around a fault's metrics alone: every phase, no records (the headlines read the metrics). */
function chapterOf(fault: FaultMetric): StoryChapter {
  return { index: fault.index + 1, startMs: fault.atMs, fault, recovery: fault, phases: STORY_PHASES.map((kind) => ({ kind, startMs: fault.atMs, endMs: fault.atMs, entries: [], count: 0, servers: fault.servers })) };
}

function expectStoryInChinese(chapter: StoryChapter): void {
  expectSameFacts(storyChapterTitle(chapter, 'en'), storyChapterTitle(chapter, 'zh'), null);
  for (const phase of chapter.phases) expectSameFacts(storyHeadline(chapter, phase, 'en'), storyHeadline(chapter, phase, 'zh'), phase.entries);
}

describe('the story and the metrics in Chinese', () => {
  it.each(BUILTIN_SCENARIOS.map((s) => s.name))('tells %s with the English numbers', (name) => {
    for (const m of reportOf(name).metrics) {
      expectSameFacts(narrateFaultMetric(m, 'en'), narrateFaultMetric(m, 'zh'), null);
      expectSameFacts(narrateFailure(m, 'en'), narrateFailure(m, 'zh'), null);
      expectSameFacts(narrateBound(m.detectionBound, 'en'), narrateBound(m.detectionBound, 'zh'), null);
      expectSameFacts(narrateBound(m.recoveryBound, 'en'), narrateBound(m.recoveryBound, 'zh'), null);
      const en = narrateMetricParts(m, 'en');
      const zh = narrateMetricParts(m, 'zh');
      for (const part of ['detection', 'election', 'recovery', 'sync'] as const) {
        expect(zh[part] === null, part).toBe(en[part] === null);
        if (en[part] !== null) expectSameFacts(en[part], zh[part]!, null);
      }
      expectStoryInChinese(chapterOf(m));
    }
  });

  it('names every kind of fault', () => {
    const actions: FaultAction[] = ['crash', 'kill', 'pause', 'isolate', 'partition', 'cut', 'heal'];
    for (const action of actions) {
      for (const node of [null, 3]) {
        for (const wasLeader of [false, true]) expectSameFacts(narrateFaultSubject({ action, node, wasLeader }, 'en'), narrateFaultSubject({ action, node, wasLeader }, 'zh'), null);
      }
    }
  });

  it('tells the chapters of a real partition and heal', () => {
    const builtin = BUILTIN_SCENARIOS.find((s) => s.name === 'partition-minority')!;
    const parsed = parseScenario(builtin.script(builtin.defaultNodes));
    if (!parsed.ok) throw new Error('bad script');
    const records: TimelineRecord[] = [];
    // The page's driver logs the partition and heal themselves; the runner's timeline has the script's steps.
    for (const r of runScenario(parsed.scenario).events) {
      records.push(r);
      if (r.kind === 'fault' && r.statement.startsWith('partition')) records.push({ t: r.t, kind: 'partition', node: null, peers: [1, 2, 3, 4, 5], groups: [[1, 2, 3], [4, 5]] });
      if (r.kind === 'fault' && r.statement === 'heal') records.push({ t: r.t, kind: 'heal', node: null, fault: null });
    }
    const { chapters } = analyzeRecords(records, { settings: settingsFor(parsed.scenario), latencyMs: 2, jitterMs: 1 });
    expect(chapters.length).toBe(3);
    for (const chapter of chapters) expectStoryInChinese(chapter);
    expect(storyChapterTitle(chapters[0]!, 'zh')).toBe('启动：第一次选举');
    expect(storyHeadline(chapters[1]!, chapters[1]!.phases[0]!, 'zh')).toBe('网络分裂为 {1–3} | {4, 5}');
    expect(chapters[2]!.phases.map((p) => storyHeadline(chapters[2]!, p, 'zh'))).toContain('服务器 4、5 重新找到了领导者 3');
  });
});
