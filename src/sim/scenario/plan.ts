import { DETECTOR_TIMEOUT_MS, HEARTBEAT_MS, detectorTimingProblem, inBound, sessionTimeoutBound } from '../../core/limits.ts';
import { defaultClusterSettings } from '../../core/config.ts';
import type { Scenario, ScenarioError, ScenarioProblem } from './types.ts';
import { englishWords, problem } from './problemWords.ts';

// Checks of a scenario whose every line parsed: what only the script as a whole can tell. A
// client must connect before it is used and a name is one session; the detector's timing and the
// session timeouts must be ones the servers can work with.

const DEFAULTS = defaultClusterSettings([1]);

const refusal = (line: number, why: ScenarioProblem): ScenarioError => ({ line, message: englishWords(why), problem: why });

/** Steps are sorted by time, then line: the order they run in. */
function clientProblems(scenario: Scenario): ScenarioError[] {
  const problems: ScenarioError[] = [];
  const connectedOn = new Map<string, number>();
  for (const { action, line } of scenario.steps) {
    if (!('client' in action)) continue;
    const first = connectedOn.get(action.client);
    if (action.type === 'connect') {
      if (first === undefined) connectedOn.set(action.client, line);
      else problems.push(refusal(line, problem('script.error.clientTaken', { client: action.client, first, suggestion: `${action.client}b` })));
    } else if (first === undefined) {
      problems.push(refusal(line, problem('script.error.clientNotConnected', { client: action.client, statement: `at <ms> connect ${action.client} to <server>` })));
    }
  }
  return problems;
}

function sessionTimeoutProblems(scenario: Scenario): ScenarioError[] {
  const tickTimeMs = scenario.config.tickTimeMs ?? DEFAULTS.tickTimeMs;
  const bound = sessionTimeoutBound(tickTimeMs);
  return scenario.steps.flatMap(({ action, line }) => {
    if (action.type !== 'connect' || action.timeoutMs === undefined || inBound(action.timeoutMs, bound)) return [];
    return [refusal(line, problem('script.error.sessionTimeout', { timeoutMs: action.timeoutMs, minMs: bound.min, maxMs: bound.max, tickMs: tickTimeMs }))];
  });
}

/** Only the all-to-all detector uses heartbeatMs and timeoutMs, as on the page's settings form. */
function detectorProblems(scenario: Scenario, configLines: ReadonlyMap<string, number>): ScenarioError[] {
  if ((scenario.config.detector ?? DEFAULTS.detector) !== 'all-to-all') return [];
  const heartbeatMs = scenario.config.heartbeatMs ?? DEFAULTS.heartbeatMs;
  const timeoutMs = scenario.config.timeoutMs ?? DEFAULTS.timeoutMs;
  if (!inBound(heartbeatMs, HEARTBEAT_MS) || !inBound(timeoutMs, DETECTOR_TIMEOUT_MS)) return [];
  const problem = detectorTimingProblem(heartbeatMs, timeoutMs);
  if (!problem) return [];
  const line = Math.max(configLines.get('heartbeatMs') ?? 0, configLines.get('timeoutMs') ?? 0, configLines.get('detector') ?? 0);
  return [{ line, message: problem }];
}

export function checkPlan(scenario: Scenario, configLines: ReadonlyMap<string, number>): ScenarioError[] {
  return [...detectorProblems(scenario, configLines), ...sessionTimeoutProblems(scenario), ...clientProblems(scenario)];
}
