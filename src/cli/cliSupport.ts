import { CLUSTER_SERVERS, SEED, quoteShort, rangeWords } from '../core/limits.ts';
import { parseScenario, formatScenarioErrors, type Scenario } from '../sim/scenario.ts';
import { BUILTIN_SCENARIOS, findBuiltin } from '../sim/scenarios.ts';
import type { TimelineKind } from '../host/records.ts';
import { formatMs, narrate, narrateFaultMetric } from '../narrate/index.ts';
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
}

export function parseSimArgs(argv: string[]): SimArgs | string {
  const args: SimArgs = { json: false, list: false, quiet: false };
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
        if (v === null) return `${flag} needs a value`;
        if (flag === '--scenario') args.scenario = v;
        else args.script = v;
        i++;
        break;
      }
      case '--nodes':
      case '--seed': {
        const v = needValue();
        const bound = flag === '--nodes' ? CLUSTER_SERVERS : SEED;
        const n = v !== null && /^\d{1,16}$/.test(v) ? Number(v) : NaN;
        if (!(n >= bound.min && n <= bound.max)) return `${flag} needs a whole number ${rangeWords(bound)}, got ${v === null ? 'nothing' : quoteShort(v)}`;
        if (flag === '--nodes') args.nodes = n;
        else args.seed = n;
        i++;
        break;
      }
      default:
        return `unknown option ${quoteShort(flag)} (options: --scenario NAME | --script FILE, --nodes N, --seed S, --json, --list, --quiet, --print-script)`;
    }
  }
  if (!args.list && !args.scenario && !args.script) return 'give --scenario NAME or --script FILE (see --list)';
  if (args.scenario && args.script) return 'give either --scenario or --script, not both';
  return args;
}

export function builtinScript(name: string, nodes?: number): { text: string } | { error: string } {
  const builtin = findBuiltin(name);
  if (!builtin) return { error: `unknown scenario "${quoteShort(name)}"; built-in scenarios: ${BUILTIN_SCENARIOS.map((s) => s.name).join(', ')}` };
  const n = nodes ?? builtin.defaultNodes;
  if (n < builtin.minNodes || n > CLUSTER_SERVERS.max) return { error: `scenario ${name} needs between ${builtin.minNodes} and ${CLUSTER_SERVERS.max} nodes, got ${n}` };
  return { text: builtin.script(n) };
}

export function parseOrExplain(text: string, origin: string): { scenario: Scenario } | { error: string } {
  const parsed = parseScenario(text);
  if (!parsed.ok) return { error: `${origin} is not a valid scenario; nothing was run:\n${formatScenarioErrors(parsed.errors, parsed.omittedErrors)}` };
  return { scenario: parsed.scenario };
}

export function listScenarios(): string {
  return BUILTIN_SCENARIOS.map((s) => `  ${s.name.padEnd(20)} ${s.summary}`).join('\n');
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3).padStart(8) + ' s';
}

const QUIET_KINDS = new Set<TimelineKind>(['vote-changed', 'learner-synced', 'sync', 'election-round']);

/** The narrated timeline in plain words, then faults, expectations, violations and the final state. */
export function narrateReport(report: SimReport, title: string, verbose: boolean): string {
  const lines: string[] = [`${title} (seed ${report.seed})`, ''];
  for (const e of report.events) {
    if (!verbose && QUIET_KINDS.has(e.kind) && e.node !== null) continue;
    lines.push(`${seconds(e.t)}  ${narrate(e)}`);
  }
  lines.push('', 'Faults:');
  if (report.faults.length === 0) lines.push('  none');
  for (const f of report.faults) {
    const who = f.node === null ? '' : ` server ${f.node}${f.wasLeader ? ' (the leader)' : ''}`;
    const detected = f.detectedAfterMs === null ? 'no live server reacted' : `first reaction after ${formatMs(f.detectedAfterMs)}`;
    const recovered = f.recoveredAfterMs === null ? 'service not back by the end' : f.recoveredAfterMs === 0 ? 'service never stopped' : `a leader with a synced quorum again after ${formatMs(f.recoveredAfterMs)} (server ${f.newLeader})`;
    lines.push(`  ${formatMs(f.atMs)} ${f.action}${who}: ${detected}; ${recovered}.`);
  }
  // The same functions as the page's Metrics tab, over the same records (src/host/faultMetrics.ts).
  lines.push('', 'Fault metrics (detection, election, unavailability, sync, each against its bound):');
  if (report.metrics.length === 0) lines.push('  none');
  for (const m of report.metrics) lines.push(`  ${narrateFaultMetric(m)}`);
  lines.push('', 'Expectations:');
  if (report.expectations.length === 0) lines.push('  none');
  for (const x of report.expectations) lines.push(`  ${x.passed ? 'PASS' : 'FAIL'} line ${x.line}: ${expectationText(x)}`);
  lines.push('', `Invariants: ${report.violations.length === 0 ? 'all held (one leader per epoch, committed writes kept, replicas agree)' : `${report.violations.length} violated`}`);
  for (const v of report.violations) lines.push(`  VIOLATION at ${v.t} ms [${v.rule}]: ${v.text}`);
  const f = report.final;
  lines.push('', `Final at ${formatMs(f.timeMs)}: ${f.leader === null ? 'no leader' : `server ${f.leader} leads epoch ${f.epoch}`}.`);
  for (const n of f.nodes) lines.push(`  server ${n.id}: ${n.state}, epoch ${n.epoch}, last zxid ${n.zxid}`);
  lines.push(`  ${report.deliveredMessages.toLocaleString('en-US')} messages delivered.`);
  return lines.join('\n');
}

function expectationText(x: SimReport['expectations'][number]): string {
  if (x.withinMs === undefined) return `at ${formatMs(x.atMs)} ${x.text}${x.passed ? '' : ` (actual: ${x.actual})`}`;
  const window = `at ${formatMs(x.atMs)} within ${formatMs(x.withinMs)} ${x.text}`;
  return x.passed ? `${window} (held at ${formatMs(x.decidedAtMs)})` : `${window} (${x.actual})`;
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
