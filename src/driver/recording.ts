import type { UserOp } from '../core/client.ts';
import type { Action, Scenario, TimedStep } from '../sim/scenario.ts';
import type { ClusterSpec } from './types.ts';

// Every run in the page, recorded as a scenario script (docs/SCENARIO-LANGUAGE.md): the set-up from
// the cluster spec, then every command that ran, stamped with the simulated time it ran at. The
// command skeleton (commandDriver.ts) feeds it, so both drivers record the same way; the scenario
// printer writes it (scriptText.ts), so there is one syntax. Replaying it (replay.ts) gives the same
// run. The printer comes with the simulated driver; the live driver loads it when the script panel
// first opens (wantScriptText), so the language is not part of the page's first load. Until then
// the text is empty.

export interface RecordedStep {
  atMs: number;
  action: Action;
}

/** The recording as the page shows it: the script text, and a number that changes with it. */
export interface RecordedScript {
  revision: number;
  text: string;
}

/** Prints a run's script: the scenario language's printer (scriptText.ts). */
export type RecordingPrinter = (spec: ClusterSpec, steps: readonly RecordedStep[]) => string;

const NOT_PRINTED: RecordedScript = { revision: -1, text: '' };

export class RunRecording {
  private printer: RecordingPrinter | null = null;
  private spec: ClusterSpec | null = null;
  private steps: RecordedStep[] = [];
  private rev = 0;
  private printed: RecordedScript = NOT_PRINTED;

  setPrinter(printer: RecordingPrinter): void {
    this.printer = printer;
    this.printed = NOT_PRINTED;
  }

  /** A new run: the set-up, and every server started at 0 (drivers start them all). */
  begin(spec: ClusterSpec): void {
    this.spec = spec;
    this.steps = [{ atMs: 0, action: { type: 'start', node: 'all' } }];
    this.rev++;
  }

  add(atMs: number, action: Action): void {
    if (!this.spec) return;
    this.steps.push({ atMs, action });
    this.rev++;
  }

  /** Keeps the steps at or before `atMs` (a fork in the past starts a new future there). */
  truncateAfter(atMs: number): void {
    const kept = this.steps.filter((s) => s.atMs <= atMs);
    if (kept.length === this.steps.length) return;
    this.steps = kept;
    this.rev++;
  }

  get revision(): number {
    return this.rev;
  }

  get recordedSteps(): readonly RecordedStep[] {
    return this.steps;
  }

  get recordedSpec(): ClusterSpec | null {
    return this.spec;
  }

  scenario(): Scenario | null {
    return this.spec ? scenarioOf(this.spec, this.steps) : null;
  }

  /** The script of the steps at or before `atMs` (a trace of a moment in the past). */
  scriptUpTo(atMs: number): string {
    if (!this.spec || !this.printer) return '';
    return this.printer(this.spec, this.steps.filter((s) => s.atMs <= atMs));
  }

  /** The script text, printed again only when something was recorded since (revision -1: no printer yet). */
  script(): RecordedScript {
    if (!this.printer) return NOT_PRINTED;
    if (this.printed.revision !== this.rev) this.printed = { revision: this.rev, text: this.spec ? this.printer(this.spec, this.steps) : '' };
    return this.printed;
  }
}

/** The script of a run: its headers from the spec, then its steps in the order they ran. */
export function scenarioOf(spec: ClusterSpec, steps: readonly RecordedStep[]): Scenario {
  const s = spec.settings;
  const timed: TimedStep[] = steps.map((step, i) => ({ atMs: step.atMs, line: i + 1, text: '', action: step.action }));
  return {
    nodes: s.voters.length,
    observers: [...s.observers],
    config: {
      tickTimeMs: s.tickTimeMs,
      initLimitTicks: s.initLimitTicks,
      syncLimitTicks: s.syncLimitTicks,
      detector: s.detector,
      heartbeatMs: s.heartbeatMs,
      timeoutMs: s.timeoutMs,
    },
    network: { latencyMs: spec.latencyMs, jitterMs: spec.jitterMs },
    seed: spec.seed,
    steps: timed,
    expectations: [],
  };
}

/** A client call as its statement. */
export function clientOpAction(client: string, op: UserOp): Action {
  switch (op.type) {
    case 'create':
      return { type: 'create', client, path: op.path, value: op.value, mode: op.mode };
    case 'set':
      return { type: 'set', client, path: op.path, value: op.value, ...(op.version === -1 ? {} : { version: op.version }) };
    case 'delete':
      return { type: 'delete', client, path: op.path, ...(op.version === -1 ? {} : { version: op.version }) };
    case 'get':
      return { type: 'get', client, path: op.path };
    case 'close':
      return { type: 'close', client };
  }
}

/** A statement's drop rate as the percentage the page's command takes (exactly the number the script says). */
export function percentOf(rate: number): number {
  return Number((rate * 100).toFixed(6));
}
