// The scenario language (DESIGN §7; the reference is docs/SCENARIO-LANGUAGE.md): one statement per
// line, `#` starts a comment, times are simulated milliseconds from the start. The language lives
// in src/sim/scenario/: the tokenizer, the values and their bounds, and one table entry per
// statement (statements/*.ts) with its parser, its runner and its printer. This file is its face.

import { MAX_REPORTED_ERRORS } from '../core/limits.ts';
import { byTimeThenLine } from './scenario/parse.ts';
import type { Expectation, Scenario, ScenarioError, TimedStep } from './scenario/types.ts';

export type * from './scenario/types.ts';
export { parseScenario } from './scenario/parse.ts';
export { printScenario } from './scenario/print.ts';

/**
 * Steps and expectations in the one order they run: by time, and statements with the same time in
 * the order written, so `expect at T` after `at T crash 1` sees the crash and one before it does not.
 */
export function runOrder(scenario: Scenario): Array<TimedStep | Expectation> {
  return [...scenario.steps, ...scenario.expectations].sort(byTimeThenLine);
}

/** One error per line ("line 3: …"); past MAX_REPORTED_ERRORS, a count of the rest. */
export function formatScenarioErrors(errors: readonly ScenarioError[], omittedErrors = 0): string {
  const shown = errors.slice(0, MAX_REPORTED_ERRORS);
  const hidden = errors.length - shown.length + omittedErrors;
  const lines = shown.map((e) => (e.line > 0 ? `line ${e.line}: ${e.message}` : e.message));
  if (hidden > 0) lines.push(`… and ${hidden} more error${hidden === 1 ? '' : 's'}`);
  return lines.join('\n');
}
