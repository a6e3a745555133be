import { printScenario } from '../sim/scenario.ts';
import { settingsFor } from '../sim/scenario/settings.ts';
import { scenarioOf, type RecordedStep } from './recording.ts';
import { parseScript, type ScriptCheck } from './scriptParse.ts';
import { DEFAULT_JITTER_MS, DEFAULT_LATENCY_MS } from './spec.ts';
import type { ClusterSpec } from './types.ts';
import type { Scenario } from '../sim/scenario.ts';

// The scenario language as the drivers use it: the recording printed as a script, a script checked,
// and the cluster a script's headers describe. The simulated driver imports this; the live driver
// loads it lazily (it is not needed for the first picture).

export function printRecording(spec: ClusterSpec, steps: readonly RecordedStep[]): string {
  return printScenario(scenarioOf(spec, steps));
}

export function checkScript(text: string): { ok: true } | Extract<ScriptCheck, { ok: false }> {
  const parsed = parseScript(text);
  return parsed.ok ? { ok: true } : parsed;
}

/** The cluster a script's headers describe, as the command-line simulator builds it. */
export function specOf(scenario: Scenario): ClusterSpec {
  return {
    settings: settingsFor(scenario),
    seed: scenario.seed ?? 1,
    latencyMs: scenario.network.latencyMs ?? DEFAULT_LATENCY_MS,
    jitterMs: scenario.network.jitterMs ?? DEFAULT_JITTER_MS,
  };
}
