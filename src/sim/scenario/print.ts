import { actionStatementFor, checkStatementFor } from './statements/index.ts';
import { printHeaders, printRun } from './statements/headers.ts';
import type { Scenario } from './types.ts';
import { byTimeThenLine } from './parse.ts';

// A scenario back as a script (sim --print-script): one canonical line per statement, in run order.
// parseScenario(printScenario(s)) gives s again, line numbers aside.

export function printScenario(s: Scenario): string {
  const timed = [
    ...s.steps.map((step) => ({ atMs: step.atMs, line: step.line, text: `at ${step.atMs} ${actionStatementFor(step.action).print(step.action)}` })),
    ...s.expectations.map((e) => ({
      atMs: e.atMs,
      line: e.line,
      text: `expect at ${e.atMs}${e.withinMs === undefined ? '' : ` within ${e.withinMs}`} ${checkStatementFor(e.check).print(e.check)}`,
    })),
  ].sort(byTimeThenLine);
  return [...printHeaders(s), ...timed.map((t) => t.text), ...printRun(s)].join('\n') + '\n';
}
