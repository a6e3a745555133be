import type { ScenarioError } from '../sim/scenario.ts';
import { parseScript } from './scriptParse.ts';
import type { RecordedStep } from './recording.ts';
import { specOf } from './scriptText.ts';
import { MAX_REPLAY_EVENTS } from './replayBounds.ts';
import { scheduleSteps, type ReplayTarget } from './replay.ts';
import type { ClusterSpec } from './types.ts';

// A script in the page: parsed (refused as a whole, with line-numbered errors, changing nothing),
// then played in the simulated driver from a fresh cluster; and a fork, which replays the
// recording up to a moment of the past and leaves the run paused there for a new future.

/** What running a script in the page gave: the cluster it built, or why nothing changed. */
export type ScriptOutcome =
  /** `stoppedAtMs`: the run hit the work bound before `atMs` and waits there instead. */
  | { ok: true; spec: ClusterSpec; atMs: number | null; stoppedAtMs?: number }
  | { ok: false; errors: ScenarioError[]; message: string; omittedErrors?: number };

/** A driver that can play scripts: the replay target, plus its recording and its clock. */
export interface ScriptHost extends ReplayTarget {
  recordedRun(): { spec: ClusterSpec | null; steps: readonly RecordedStep[] };
  /** Runs the simulation to `atMs` at once, without waiting for animation frames; false when the work bound stopped it short. */
  runTo(atMs: number, maxEvents?: number): boolean;
  readonly timeMs: number;
  setPausedAll(paused: boolean): void;
}

/**
 * Rebuilds the cluster from the script's headers and queues its steps. With `atMs` the run goes
 * there at once and waits, paused (a share link, an imported trace); without, it plays from 0 at
 * the page's speed. Expectations and `run` are for `npm run sim`: the page only plays the steps.
 */
export function playScript(host: ScriptHost, text: string, options: { atMs?: number } = {}): ScriptOutcome {
  const parsed = parseScript(text);
  if (!parsed.ok) return parsed;
  const spec = specOf(parsed.scenario);
  host.start(spec);
  scheduleSteps(
    host,
    parsed.scenario.steps.map((s) => ({ atMs: s.atMs, action: s.action })),
  );
  if (options.atMs === undefined) return { ok: true, spec, atMs: null };
  const reached = host.runTo(options.atMs, MAX_REPLAY_EVENTS);
  host.setPausedAll(true);
  return { ok: true, spec, atMs: options.atMs, ...(reached ? {} : { stoppedAtMs: host.timeMs }) };
}

/**
 * Rebuilds the cluster from the recording's actions at or before `atMs`, runs it to `atMs`,
 * keeps only those actions in the recording, and leaves the run paused: the next action starts a
 * new future from there.
 */
export function forkAt(host: ScriptHost, atMs: number): void {
  const { spec, steps } = host.recordedRun();
  if (!spec || !Number.isFinite(atMs)) return;
  const at = Math.max(0, Math.floor(atMs));
  const kept = steps.filter((s) => s.atMs <= at);
  host.start(spec);
  scheduleSteps(host, kept);
  host.runTo(at);
  host.setPausedAll(true);
}
