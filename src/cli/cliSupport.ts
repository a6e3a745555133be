import { CLUSTER_SERVERS, SEED, quoteShort } from '../core/limits.ts';
import { cliMessages } from './cliMessages.ts';
import { parseScenario, formatScenarioErrors, type Scenario } from '../sim/scenario.ts';
import { BUILTIN_SCENARIOS, findBuiltin } from '../sim/scenarios.ts';
import type { TimelineKind } from '../host/records.ts';
import { narrate, type Lang } from '../narrate/index.ts';
import { narrateFaultMetric, narrateFaultSubject } from '../narrate/story.ts';
import type { FaultAction } from '../host/faultMetrics.ts';
import { reportWords, type RunOrigin } from './reportWords.ts';
import type { SimReport } from '../sim/runner.ts';
import { detectedMs, electionMs, recoveredMs } from '../host/faultMetrics.ts';

// Argument parsing and narration for `npm run sim`. Kept apart from cli.ts so tests can call it.

export interface SimArgs {
  scenario?: string;
  script?: string;
  nodes?: number;
  seed?: number;
  json: boolean;
  list: boolean;
  quiet: boolean;
  /** Print the scenario back as a canonical script instead of running it. */
  printScript?: boolean;
  /** The language of the narration and the run summary (--lang en|zh). */
  lang: Lang;
}

/** The language --lang asks for, read first so that every refusal is in it (English when it is not one). */
export function requestedLang(argv: string[]): Lang {
  const at = argv.indexOf('--lang');
  const value = at === -1 ? undefined : argv[at + 1];
  return value !== undefined && isLang(value) ? value : 'en';
}

export function parseSimArgs(argv: string[]): SimArgs | string {
  const args: SimArgs = { json: false, list: false, quiet: false, lang: 'en' };
  const say = cliMessages(requestedLang(argv));
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    const needValue = (): string | null => (value === undefined || value.startsWith('--') ? null : value);
    switch (flag) {
      case '--json':
        args.json = true;
        break;
      case '--list':
        args.list = true;
        break;
      case '--quiet':
        args.quiet = true;
        break;
      case '--print-script':
        args.printScript = true;
        break;
      case '--scenario':
      case '--script': {
        const v = needValue();
        if (v === null) return say.needsValue(flag);
        if (flag === '--scenario') args.scenario = v;
        else args.script = v;
        i++;
        break;
      }
      case '--lang': {
        const lang = parseLang(needValue());
        if (typeof lang !== 'string') return lang.error;
        args.lang = lang;
        i++;
        break;
      }
      case '--nodes':
      case '--seed': {
        const v = needValue();
        const bound = flag === '--nodes' ? CLUSTER_SERVERS : SEED;
        const n = v !== null && /^\d{1,16}$/.test(v) ? Number(v) : NaN;
        if (!(n >= bound.min && n <= bound.max)) return say.badNumber(flag, bound, v === null ? null : quoteShort(v));
        if (flag === '--nodes') args.nodes = n;
        else args.seed = n;
        i++;
        break;
      }
      default:
        return say.unknownOption(quoteShort(flag));
    }
  }
  if (!args.list && !args.scenario && !args.script) return say.noInput;
  if (args.scenario && args.script) return say.bothInputs;
  return args;
}

export function builtinScript(name: string, nodes?: number, lang: Lang = 'en'): { text: string } | { error: string } {
  const builtin = findBuiltin(name);
  if (!builtin) return { error: cliMessages(lang).unknownScenario(quoteShort(name), BUILTIN_SCENARIOS.map((s) => s.name).join(', ')) };
  const n = nodes ?? builtin.defaultNodes;
  if (n < builtin.minNodes || n > CLUSTER_SERVERS.max) return { error: cliMessages(lang).nodesOutOfRange(name, builtin.minNodes, CLUSTER_SERVERS.max, n) };
  return { text: builtin.script(n) };
}

export function parseOrExplain(text: string, origin: string, lang: Lang = 'en'): { scenario: Scenario } | { error: string } {
  const parsed = parseScenario(text);
  if (!parsed.ok) return { error: `${cliMessages(lang).invalidScenario(origin)}\n${formatScenarioErrors(parsed.errors, parsed.omittedErrors)}` };
  return { scenario: parsed.scenario };
}

export function listScenarios(): string {
  return BUILTIN_SCENARIOS.map((s) => `  ${s.name.padEnd(20)} ${s.summary}`).join('\n');
}

const LANGS: readonly Lang[] = ['en', 'zh'];

function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** --lang's value, or why it is refused. */
function parseLang(value: string | null): Lang | { error: string } {
  if (value !== null && isLang(value)) return value;
  return { error: cliMessages('en').badLang(value === null ? null : quoteShort(value)) };
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3).padStart(8) + ' s';
}

const QUIET_KINDS = new Set<TimelineKind>(['vote-changed', 'learner-synced', 'sync', 'election-round']);

/** The narrated timeline in plain words, then faults, expectations, violations and the final state. */
export function narrateReport(report: SimReport, origin: RunOrigin, verbose: boolean, lang: Lang = 'en'): string {
  const words = reportWords(lang);
  const lines: string[] = [words.title(origin, report.seed), ''];
  for (const e of report.events) {
    if (!verbose && QUIET_KINDS.has(e.kind) && e.node !== null) continue;
    lines.push(`${seconds(e.t)}  ${narrate(e, lang)}`);
  }
  const section = (heading: string, items: string[]) => lines.push('', heading, ...(items.length === 0 ? [words.none] : items).map((item) => `  ${item}`));
  section(words.faultsHeading, report.faults.map((f) => words.fault(f, narrateFaultSubject({ ...f, action: f.action as FaultAction }, lang))));
  // The same functions as the page's Metrics tab, over the same records (src/host/faultMetrics.ts).
  section(words.metricsHeading, report.metrics.map((m) => narrateFaultMetric(m, lang)));
  section(words.expectationsHeading, report.expectations.map((x) => words.expectation(x)));
  lines.push('', words.invariants(report.violations.length));
  for (const v of report.violations) lines.push(`  ${words.violation(v.t, v.rule, v.text)}`);
  lines.push('', words.final(report.final));
  for (const n of report.final.nodes) lines.push(`  ${words.node(n)}`);
  lines.push(`  ${words.delivered(report.deliveredMessages)}`);
  return lines.join('\n');
}

export function reportPassed(report: SimReport): boolean {
  return report.violations.length === 0 && report.expectations.every((x) => x.passed);
}

/** DESIGN §7's JSON object. */
export function toJson(report: SimReport): string {
  const { seed, final, faults, metrics, expectations, violations, events, deliveredMessages } = report;
  const verdicts = expectations.map(({ line, passed, text, actual, withinMs, decidedAtMs }) => ({ line, passed, text, ...(passed ? {} : { actual }), ...(withinMs === undefined ? {} : { withinMs, decidedAtMs }) }));
  return JSON.stringify({ seed, final, faults, metrics: metrics.map(metricJson), expectations: verdicts, violations, deliveredMessages, events }, null, 2);
}

/** A fault's metrics for --json: the derived times first, then the data they come from. */
function metricJson(m: SimReport['metrics'][number]) {
  return { detectedMs: detectedMs(m), electionMs: electionMs(m), recoveredMs: recoveredMs(m), ...m };
}
