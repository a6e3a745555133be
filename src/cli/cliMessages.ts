import { grouped, rangeWords, type Bound } from '../core/limits.ts';
import type { Lang } from '../narrate/index.ts';
import type { RunOrigin } from './reportWords.ts';

// Why `npm run sim` refused its input, in the language --lang asked for: one table per language.
// What the user typed is quoted as typed (already shortened and escaped by the caller).

export interface CliMessages {
  needsValue(flag: string): string;
  badNumber(flag: string, bound: Bound, got: string | null): string;
  badLang(got: string | null): string;
  unknownOption(option: string): string;
  noInput: string;
  bothInputs: string;
  unknownScenario(name: string, known: string): string;
  nodesOutOfRange(name: string, minNodes: number, maxNodes: number, got: number): string;
  tooLarge(path: string, maxBytes: number): string;
  notUtf8(path: string): string;
  unreadable(path: string, why: string): string;
  workBound(atMs: number, maxWork: number): string;
  /** The scenario parser's errors follow, one per line, as the parser words them. */
  invalidScenario(origin: string): string;
  origin(origin: RunOrigin): string;
}

const OPTIONS = '--scenario NAME | --script FILE, --nodes N, --seed S, --lang en|zh, --json, --list, --quiet, --print-script';

const english: CliMessages = {
  invalidScenario: (origin) => `${origin} is not a valid scenario; nothing was run:`,
  origin: (origin) => (origin.kind === 'scenario' ? `scenario ${origin.name}` : origin.path),
  needsValue: (flag) => `${flag} needs a value`,
  badNumber: (flag, bound, got) => `${flag} needs a whole number ${rangeWords(bound)}, got ${got ?? 'nothing'}`,
  badLang: (got) => `--lang needs en (English) or zh (简体中文), got ${got ?? 'nothing'}`,
  unknownOption: (option) => `unknown option ${option} (options: ${OPTIONS})`,
  noInput: 'give --scenario NAME or --script FILE (see --list)',
  bothInputs: 'give either --scenario or --script, not both',
  unknownScenario: (name, known) => `unknown scenario "${name}"; built-in scenarios: ${known}`,
  nodesOutOfRange: (name, minNodes, maxNodes, got) => `scenario ${name} needs between ${minNodes} and ${maxNodes} nodes, got ${got}`,
  tooLarge: (path, maxBytes) => `${path} is larger than ${grouped(maxBytes)} bytes (jute.maxbuffer), the most a scenario may hold`,
  notUtf8: (path) => `${path} is not UTF-8 text (binary input?); a scenario is plain text`,
  unreadable: (path, why) => `cannot read ${path}: ${why}`,
  workBound: (atMs, maxWork) =>
    `the run stopped at ${grouped(atMs)} ms of simulated time: it reached the work bound of ${grouped(maxWork)} simulator events and window checks; shorten the run, slow the timers (tickTime, heartbeatMs) or use fewer 'within' windows`,
};

const chinese: CliMessages = {
  invalidScenario: (origin) => `${origin} 不是有效的场景，什么也没有运行：`,
  origin: (origin) => (origin.kind === 'scenario' ? `场景 ${origin.name}` : origin.path),
  needsValue: (flag) => `${flag} 需要一个值`,
  badNumber: (flag, bound, got) => `${flag} 需要 ${grouped(bound.min)} 到 ${grouped(bound.max)} 之间的整数，收到的是 ${got ?? '空'}`,
  badLang: (got) => `--lang 只能是 en（English）或 zh（简体中文），收到的是 ${got ?? '空'}`,
  unknownOption: (option) => `未知选项 ${option}（可用选项：${OPTIONS}）`,
  noInput: '请给出 --scenario NAME 或 --script FILE（见 --list）',
  bothInputs: '--scenario 和 --script 只能给一个',
  unknownScenario: (name, known) => `没有场景“${name}”；内置场景有：${known}`,
  nodesOutOfRange: (name, minNodes, maxNodes, got) => `场景 ${name} 需要 ${minNodes} 到 ${maxNodes} 台服务器，收到的是 ${got}`,
  tooLarge: (path, maxBytes) => `${path} 超过 ${grouped(maxBytes)} 字节（jute.maxbuffer），这是一个场景文件的上限`,
  notUtf8: (path) => `${path} 不是 UTF-8 文本（是二进制文件吗？）；场景是纯文本`,
  unreadable: (path, why) => `无法读取 ${path}：${why}`,
  workBound: (atMs, maxWork) =>
    `运行在模拟时间 ${grouped(atMs)} ms 处停止：它达到了 ${grouped(maxWork)} 个模拟事件和窗口检查的工作上限；请缩短运行时间、放慢定时器（tickTime、heartbeatMs）或减少 within 窗口`,
};

const tables: Record<Lang, CliMessages> = { en: english, zh: chinese };

export function cliMessages(lang: Lang): CliMessages {
  return tables[lang];
}
