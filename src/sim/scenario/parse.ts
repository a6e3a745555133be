import { MAX_LINE_CHARS, MAX_REPORTED_ERRORS, MAX_SCRIPT_BYTES, MAX_STATEMENTS, utf8Length } from '../../core/limits.ts';
import { checkPlan } from './plan.ts';
import { Servers } from './servers.ts';
import { ACTION_NAMES, actionStatementNamed, checkStatementNamed, CHECK_NAMES } from './statements/index.ts';
import { parseConfigSetting, parseNetworkSetting, parseNodes, parseObservers, parseRun, parseSeed } from './statements/headers.ts';
import { LineError, tokenize, Words, type Token } from './tokens.ts';
import type { Action, Check, ParseResult, Scenario, ScenarioError, ScenarioProblem } from './types.ts';
import { englishWords, problem } from './problemWords.ts';
import { duration, time, unknown } from './values.ts';

// parseScenario() returns the whole scenario or its malformed lines with their reasons, never a
// partial result, because a half-run lesson misleads. Work is bounded by the input's bounds
// (MAX_SCRIPT_BYTES, MAX_LINE_CHARS, MAX_STATEMENTS), checked before anything is tokenized.

const STATEMENTS = ['nodes', 'observers', 'config', 'network', 'seed', 'at', 'expect', 'run'] as const;
const BYTE_ORDER_MARK = '\ufeff';

interface Line {
  number: number;
  source: string;
  tokens: Token[];
}

/** Errors so far; a script with more than MAX_REPORTED_ERRORS shows the first ones and a count. */
class ErrorList {
  readonly all: ScenarioError[] = [];
  private readonly lines = new Set<number>();

  add(line: number, why: string | ScenarioProblem): void {
    this.all.push(typeof why === 'string' ? { line, message: why } : { line, message: englishWords(why), problem: why });
    this.lines.add(line);
  }

  has(line: number): boolean {
    return this.lines.has(line);
  }

  guard(line: number, parse: () => void): void {
    try {
      parse();
    } catch (error) {
      if (!(error instanceof LineError)) throw error; // a bug in the parser, not in the script
      this.add(line, error.problem ?? error.message);
    }
  }

  result(): ParseResult {
    const sorted = [...this.all].sort((a, b) => a.line - b.line);
    return { ok: false, errors: sorted.slice(0, MAX_REPORTED_ERRORS), omittedErrors: Math.max(0, sorted.length - MAX_REPORTED_ERRORS) };
  }
}

const refusal = (line: number, why: ScenarioProblem): ScenarioError => ({ line, message: englishWords(why), problem: why });

/** Refusals of the text as a whole: too large, or not text at all. */
function wholeTextProblem(text: string): ScenarioError | null {
  if (text.length > MAX_SCRIPT_BYTES || utf8Length(text) > MAX_SCRIPT_BYTES) {
    return refusal(0, problem('script.error.scriptTooLarge', { limit: MAX_SCRIPT_BYTES }));
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    return refusal(line, problem('script.error.binary'));
  }
  return null;
}

function readLines(text: string, errors: ErrorList): Line[] | null {
  const lines: Line[] = [];
  const sources = text.split('\n');
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i] as string;
    if (source.length > MAX_LINE_CHARS) {
      errors.add(i + 1, problem('script.error.lineTooLong', { length: source.length, limit: MAX_LINE_CHARS }));
      continue;
    }
    errors.guard(i + 1, () => {
      const tokens = tokenize(source);
      if (tokens.length > 0) lines.push({ number: i + 1, source, tokens });
    });
    if (lines.length > MAX_STATEMENTS) {
      errors.add(0, problem('script.error.tooManyStatements', { limit: MAX_STATEMENTS, line: i + 1 }));
      return null;
    }
  }
  return lines;
}

export function parseScenario(input: string): ParseResult {
  // A byte order mark, which some editors write first, is accepted and dropped.
  const text = input.startsWith(BYTE_ORDER_MARK) ? input.slice(1) : input;
  const refused = wholeTextProblem(text);
  if (refused) return { ok: false, errors: [refused], omittedErrors: 0 };
  const errors = new ErrorList();
  const lines = readLines(text, errors);
  if (lines === null) return errors.result();

  const servers = readServers(lines, errors);
  const scenario: Scenario = { nodes: servers.voters, observers: [...servers.observers], config: {}, network: {}, steps: [], expectations: [] };
  const configLines = new Map<string, number>();
  const timed = readBody(lines, servers, scenario, errors, configLines);

  if (scenario.runMs !== undefined) {
    for (const { line, lastMs, window } of timed) {
      if (lastMs > scenario.runMs && !errors.has(line)) {
        errors.add(line, problem(window ? 'script.error.windowAfterRun' : 'script.error.timeAfterRun', { lastMs, runMs: scenario.runMs }));
      }
    }
  }
  scenario.steps.sort(byTimeThenLine);
  scenario.expectations.sort(byTimeThenLine);
  if (errors.all.length === 0) for (const refused of checkPlan(scenario, configLines)) errors.add(refused.line, refused.problem ?? refused.message);
  if (errors.all.length > 0) return errors.result();
  return { ok: true, scenario };
}

/** Pass 1: the servers, which every later id is checked against. */
function readServers(lines: Line[], errors: ErrorList): Servers {
  const header = { nodesLine: 0, nodes: 0, observers: [] as number[], observersLine: 0 };
  for (const line of lines) {
    const keyword = (line.tokens[0] as Token).text;
    if (keyword !== 'nodes') continue;
    errors.guard(line.number, () => {
      if (header.nodesLine !== 0) throw new LineError(problem('script.error.duplicateLine', { keyword: 'nodes', first: header.nodesLine }));
      header.nodesLine = line.number; // present, even if malformed: no "missing" error on top
      header.nodes = parseNodes(new Words(line.tokens.slice(1), "'nodes'"));
    });
  }
  if (header.nodesLine === 0) errors.add(0, problem('script.error.missingLine', { keyword: 'nodes', example: 'nodes 5' }));
  for (const line of lines) {
    if ((line.tokens[0] as Token).text !== 'observers') continue;
    errors.guard(line.number, () => {
      if (header.observersLine !== 0) throw new LineError(problem('script.error.duplicateLine', { keyword: 'observers', first: header.observersLine }));
      header.observersLine = line.number;
      header.observers = parseObservers(new Words(line.tokens.slice(1), "'observers'"), header.nodes);
    });
  }
  return header.nodes > 0 ? new Servers(header.nodes, header.observers) : Servers.unknown;
}

interface TimedLine {
  line: number;
  lastMs: number;
  window: boolean;
}

/** Pass 2: everything but nodes and observers. Returns when each timed statement is last active. */
function readBody(lines: Line[], servers: Servers, scenario: Scenario, errors: ErrorList, configSeen: Map<string, number>): TimedLine[] {
  const networkSeen = new Map<string, number>();
  const firstLine = new Map<string, number>();
  const once = (line: Line, keyword: string): void => {
    const first = firstLine.get(keyword);
    if (first !== undefined) throw new LineError(problem('script.error.duplicateLine', { keyword, first }));
    firstLine.set(keyword, line.number);
  };
  const timed: TimedLine[] = [];
  for (const line of lines) {
    const keyword = (line.tokens[0] as Token).text;
    if (keyword === 'nodes' || keyword === 'observers') continue;
    errors.guard(line.number, () => {
      const words = new Words(line.tokens.slice(1), `'${keyword}'`);
      switch (keyword) {
        case 'config':
          if (!words.more) throw new LineError(problem('script.error.needsSettings', { keyword: 'config', example: 'tickTime=2000' }));
          while (words.more) parseConfigSetting(words.word('a setting'), scenario, configSeen, line.number);
          break;
        case 'network':
          if (!words.more) throw new LineError(problem('script.error.needsSettings', { keyword: 'network', example: 'latency=2 jitter=1' }));
          while (words.more) parseNetworkSetting(words.word('a setting'), scenario, networkSeen, line.number);
          break;
        case 'seed':
          once(line, 'seed');
          scenario.seed = parseSeed(words);
          break;
        case 'run':
          once(line, 'run');
          parseRun(words, scenario);
          break;
        case 'at': {
          const atMs = time(words.word('a time in ms'));
          if (!words.more) throw new LineError(problem('script.error.missingAction', { statement: `at ${atMs}` }));
          scenario.steps.push({ atMs, line: line.number, text: statementText(line, 2), action: parseAction(words, servers) });
          timed.push({ line: line.number, lastMs: atMs, window: false });
          break;
        }
        case 'expect': {
          const at = words.word("'at' and a time");
          if (at !== 'at') throw new LineError(problem('script.error.expectedForm', { form: 'expect at <ms> <check>', got: `expect ${at.slice(0, 40)}` }));
          const atMs = time(words.word('a time in ms'));
          const withinMs = words.peek()?.text === 'within' ? windowLength(words) : undefined;
          if (!words.more) throw new LineError(problem('script.error.missingCheck', { statement: `expect at ${atMs}` }));
          const checkToken = line.tokens.length - words.remaining;
          const check = parseCheck(words, servers);
          scenario.expectations.push({ atMs, line: line.number, text: statementText(line, checkToken), check, ...(withinMs ? { withinMs } : {}) });
          timed.push({ line: line.number, lastMs: atMs + (withinMs ?? 0), window: withinMs !== undefined });
          break;
        }
        default:
          throw unknown('statement', keyword, STATEMENTS);
      }
    });
  }
  return timed;
}

function parseAction(words: Words, servers: Servers): Action {
  const name = words.word('an action');
  const statement = actionStatementNamed(name);
  if (!statement) throw unknown('action', name, ACTION_NAMES);
  words.context = `'${name}'`;
  const action = statement.parse(name, words, servers);
  words.end();
  return action;
}

function parseCheck(words: Words, servers: Servers): Check {
  const name = words.word('a check');
  const statement = checkStatementNamed(name);
  if (!statement) throw unknown('check', name, CHECK_NAMES);
  words.context = `'${name}'`;
  const check = statement.parse(words, servers);
  words.end();
  return check;
}

/** `within 240000` after `expect at T`: the length of the window in which the check must hold. */
function windowLength(words: Words): number {
  words.word("'within'");
  return duration(words.word('a window length in ms'), 'the window length');
}

/** The source of a statement from its n-th token on, comment stripped, for narration. */
function statementText(line: Line, fromToken: number): string {
  const first = line.tokens[fromToken] as Token;
  const last = line.tokens[line.tokens.length - 1] as Token;
  return line.source.slice(first.start, last.end);
}

export function byTimeThenLine(a: { atMs: number; line: number }, b: { atMs: number; line: number }): number {
  return a.atMs - b.atMs || a.line - b.line;
}
