import type { ServerId } from '../../../core/types.ts';
import type { SkipReason } from '../../../host/actionRecords.ts';
import type { NetworkModel } from '../../../net/network.ts';
import type { SimCluster } from '../../cluster.ts';
import type { Servers } from '../servers.ts';
import type { Words } from '../tokens.ts';
import type { Action, Check, TimedStep } from '../types.ts';

// What every statement of the scenario language provides: a parser (words → data), a runner
// (data → the simulated cluster) and a printer (data → the one canonical line, for --print-script).

/** What a step's runner may do besides acting on the cluster. */
export interface StepContext {
  cluster: SimCluster;
  step: TimedStep;
  /** Starts measuring detection and recovery for a fault (node null: a link fault). */
  watchFault(action: string, node: ServerId | null): void;
  /** Records that the step could not run, and why. */
  skipped(reason: SkipReason): void;
}

type ActionOf<T extends Action['type']> = Extract<Action, { type: T }>;

/** One `at T <action>` statement: `names` are the words that start it. */
export interface ActionStatement<T extends Action['type'] = Action['type']> {
  names: readonly string[];
  types: readonly T[];
  parse(name: string, words: Words, servers: Servers): ActionOf<T>;
  run(action: ActionOf<T>, context: StepContext): void;
  /** The link faults alone, for the network model outside a cluster (the runner's tests, the page's presets). */
  applyToNetwork?(action: ActionOf<T>, network: NetworkModel): void;
  print(action: ActionOf<T>): string;
}

type CheckOf<T extends Check['type']> = Extract<Check, { type: T }>;

/** One `expect at T <check>` statement. */
export interface CheckStatement<T extends Check['type'] = Check['type']> {
  name: T;
  parse(words: Words, servers: Servers): CheckOf<T>;
  evaluate(cluster: SimCluster, check: CheckOf<T>): { passed: boolean; actual: string };
  print(check: CheckOf<T>): string;
}

/** A quoted value as the tokenizer reads it back: backslash escapes quote and backslash. */
export function quote(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
