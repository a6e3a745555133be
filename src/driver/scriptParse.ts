import { formatScenarioErrors, parseScenario, type Scenario, type ScenarioError } from '../sim/scenario.ts';

// A script as the page reads it: the scenario parser's verdict, with its errors by line and as the
// one report `npm run sim` prints. Both drivers check scripts this way (the live driver only to
// hand them to the simulator).

export type ScriptCheck = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[]; message: string; omittedErrors: number };

export function parseScript(text: string): ScriptCheck {
  const parsed = parseScenario(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, message: formatScenarioErrors(parsed.errors, parsed.omittedErrors), omittedErrors: parsed.omittedErrors };
  return parsed;
}
