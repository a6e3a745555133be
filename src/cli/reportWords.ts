import type { Lang } from '../narrate/index.ts';
import { formatMs } from '../narrate/index.ts';
import type { ExpectationReport, FaultReport, SimReport } from '../sim/runner.ts';

// The words of `npm run sim`'s run summary around the narration, one table per language. The
// script's own text (an expectation's statement, what a check saw) is quoted as written; the JSON
// output has no words and stays the same in every language.

/** Where the run came from: a built-in scenario or a script file. */
export type RunOrigin = { kind: 'scenario'; name: string } | { kind: 'script'; path: string };

export interface ReportWords {
  title(origin: RunOrigin, seed: number): string;
  faultsHeading: string;
  metricsHeading: string;
  expectationsHeading: string;
  none: string;
  /** A fault's line, given its subject in words ("kill server 5 (the leader)"). */
  fault(f: FaultReport, subject: string): string;
  expectation(x: ExpectationReport): string;
  invariants(violated: number): string;
  violation(t: number, rule: string, text: string): string;
  final(f: SimReport['final']): string;
  node(n: SimReport['final']['nodes'][number]): string;
  delivered(messages: number): string;
}

const english: ReportWords = {
  title: (origin, seed) => `${origin.kind === 'scenario' ? `scenario ${origin.name}` : origin.path} (seed ${seed})`,
  faultsHeading: 'Faults:',
  metricsHeading: 'Fault metrics (detection, election, unavailability, sync, each against its bound):',
  expectationsHeading: 'Expectations:',
  none: 'none',
  fault(f, subject) {
    const detected = f.detectedAfterMs === null ? 'no live server reacted' : `first reaction after ${formatMs(f.detectedAfterMs)}`;
    const recovered = f.recoveredAfterMs === null ? 'service not back by the end' : f.recoveredAfterMs === 0 ? 'service never stopped' : `a leader with a synced quorum again after ${formatMs(f.recoveredAfterMs)} (server ${f.newLeader})`;
    return `${formatMs(f.atMs)} ${subject}: ${detected}; ${recovered}.`;
  },
  expectation(x) {
    const verdict = `${x.passed ? 'PASS' : 'FAIL'} line ${x.line}`;
    if (x.withinMs === undefined) return `${verdict}: at ${formatMs(x.atMs)} ${x.text}${x.passed ? '' : ` (actual: ${x.actual})`}`;
    const window = `at ${formatMs(x.atMs)} within ${formatMs(x.withinMs)} ${x.text}`;
    return `${verdict}: ${x.passed ? `${window} (held at ${formatMs(x.decidedAtMs)})` : `${window} (${x.actual})`}`;
  },
  invariants: (violated) => `Invariants: ${violated === 0 ? 'all held (one leader per epoch, committed writes kept, replicas agree)' : `${violated} violated`}`,
  violation: (t, rule, text) => `VIOLATION at ${t} ms [${rule}]: ${text}`,
  final: (f) => `Final at ${formatMs(f.timeMs)}: ${f.leader === null ? 'no leader' : `server ${f.leader} leads epoch ${f.epoch}`}.`,
  node: (n) => `server ${n.id}: ${n.state}, epoch ${n.epoch}, last zxid ${n.zxid}`,
  delivered: (messages) => `${messages.toLocaleString('en-US')} messages delivered.`,
};

/** The script's own words, marked as code inside a Chinese sentence. */
const code = (text: string) => `\`${text}\``;

/** A server's state as the summary shows it: ZooKeeper's state names, or down / paused in words. */
function chineseState(state: string): string {
  if (state === 'down') return '已宕机';
  if (state === 'paused') return '已暂停';
  return state.toUpperCase();
}

const chinese: ReportWords = {
  title: (origin, seed) => `${origin.kind === 'scenario' ? `场景 ${origin.name}` : origin.path}（种子 ${seed}）`,
  faultsHeading: '故障：',
  metricsHeading: '故障指标（察觉、选举、不可用、同步，各自对照其界限）：',
  expectationsHeading: '预期：',
  none: '无',
  fault(f, subject) {
    const detected = f.detectedAfterMs === null ? '没有存活的服务器作出反应' : `${formatMs(f.detectedAfterMs)} 后首次作出反应`;
    const recovered = f.recoveredAfterMs === null ? '到结束时服务仍未恢复' : f.recoveredAfterMs === 0 ? '服务从未中断' : `${formatMs(f.recoveredAfterMs)} 后重新有了拥有已同步多数派的领导者（服务器 ${f.newLeader}）`;
    return `${formatMs(f.atMs)} ${subject}：${detected}；${recovered}。`;
  },
  expectation(x) {
    const verdict = `${x.passed ? '通过' : '失败'} 第 ${x.line} 行`;
    if (x.withinMs === undefined) return `${verdict}：${formatMs(x.atMs)} 时 ${code(x.text)}${x.passed ? '' : `（实际：${code(x.actual)}）`}`;
    const window = `${formatMs(x.atMs)} 起 ${formatMs(x.withinMs)} 内 ${code(x.text)}`;
    return `${verdict}：${x.passed ? `${window}（在 ${formatMs(x.decidedAtMs)} 时成立）` : `${window}（${code(x.actual)}）`}`;
  },
  invariants: (violated) => `不变式：${violated === 0 ? '全部成立（每个 epoch 只有一个领导者，已提交的写入不丢失，副本一致）' : `${violated} 条被违反`}`,
  violation: (t, rule, text) => `违反 ${t} ms [${rule}]：${text}`,
  final: (f) => `${formatMs(f.timeMs)} 时的最终状态：${f.leader === null ? '没有领导者' : `服务器 ${f.leader} 领导 epoch ${f.epoch}`}。`,
  node: (n) => `服务器 ${n.id}：${chineseState(n.state)}，epoch ${n.epoch}，最后的 zxid ${n.zxid}`,
  delivered: (messages) => `共投递 ${messages.toLocaleString('en-US')} 条消息。`,
};

const tables: Record<Lang, ReportWords> = { en: english, zh: chinese };

export function reportWords(lang: Lang): ReportWords {
  return tables[lang];
}
