import type { MessageKey } from '../../i18n/messages/en/index.ts';
import type { Problem } from '../../i18n/problem.ts';

// The parsed scenario: what parseScenario() returns and the runner and printer read.

export type NodeRef = number | 'leader' | 'all';

export interface Scenario {
  /** Voters 1..nodes (required; limits.VOTERS). */
  nodes: number;
  /** Observer ids, each > nodes. */
  observers: number[];
  /** Script keys: tickTime, initLimit, syncLimit, detector, heartbeatMs, timeoutMs. */
  config: Partial<{
    tickTimeMs: number;
    initLimitTicks: number;
    syncLimitTicks: number;
    detector: 'zookeeper' | 'all-to-all';
    heartbeatMs: number;
    timeoutMs: number;
  }>;
  /** "network latency=2 jitter=1". */
  network: { latencyMs?: number; jitterMs?: number };
  seed?: number;
  /** Sorted by atMs, then file order; runOrder() merges them with the expectations. */
  steps: TimedStep[];
  /** Sorted the same way. */
  expectations: Expectation[];
  /** "run 60000". */
  runMs?: number;
  /** "run 60000 until decided": stop once every statement ran and every expectation has a verdict. */
  untilDecided?: boolean;
}

export interface TimedStep {
  atMs: number;
  line: number;
  /** The statement after the time, for narration ("crash leader"). */
  text: string;
  action: Action;
}

export type NodeActionType = 'start' | 'crash' | 'kill' | 'pause' | 'resume' | 'restart';
export type CreateModeName = 'persistent' | 'ephemeral' | 'persistent-sequential' | 'ephemeral-sequential';

export type Action =
  | { type: NodeActionType; node: NodeRef }
  | { type: 'partition'; groups: number[][] }
  | { type: 'cut'; from: number; to: number; both: boolean }
  /** `heal`: cuts and partitions; drop, delay and duplication stay. */
  | { type: 'heal' }
  | { type: 'heal-all' }
  | { type: 'heal-link'; from: number; to: number; both: boolean }
  /** `heal partition`, `heal cut 1->2`…: one fault as the page's active-fault list names it (`fault` is its id, `cut:1->2`). */
  | { type: 'heal-fault'; fault: string }
  /** `isolate 3`: server 3 alone in its own partition group (the others keep theirs). */
  | { type: 'isolate'; node: number }
  /** `restore 1->2` / `restore 1<->2`: the cut goes; drop, delay and any partition stay. */
  | { type: 'restore'; from: number; to: number; both: boolean }
  | { type: 'drop'; rate: number; link?: { from: number; to: number } }
  | { type: 'delay'; latencyMs: number; jitterMs: number; link?: { from: number; to: number } }
  | { type: 'duplicate'; rate: number }
  | { type: 'write'; path: string; value: string }
  | { type: 'connect'; client: string; server: number; timeoutMs?: number }
  | { type: 'create'; client: string; path: string; value: string; mode: CreateModeName }
  /** `version` absent: any version (-1). */
  | { type: 'set'; client: string; path: string; value: string; version?: number }
  | { type: 'delete'; client: string; path: string; version?: number }
  | { type: 'get'; client: string; path: string }
  | { type: 'disconnect' | 'close'; client: string };

export interface Expectation {
  atMs: number;
  line: number;
  /** The check after the time ("leader 4"). */
  text: string;
  check: Check;
  /** `expect at T within D`: the check must hold at some moment of [T, T + D]. */
  withinMs?: number;
}

export type NodeStateName = 'looking' | 'following' | 'leading' | 'observing' | 'down' | 'paused';

export type Check =
  /** leader null = none serves; 'any' = some server leads with a synced quorum. */
  | { type: 'leader'; leader: number | null | 'any' }
  | { type: 'state'; node: number; state: NodeStateName }
  /** value null = the znode is absent; `on: 'all'` = every server that is up. */
  | { type: 'znode'; path: string; value: string | null; on: number | 'all' }
  | { type: 'epoch'; node: number | 'leader'; min: number };

export interface ScenarioError {
  /** 1-based line number; 0 when the error concerns the whole script. */
  line: number;
  /** The error in English, as `npm run sim` prints it (rendered from `problem` when there is one). */
  message: string;
  /** The error as data, for a page to word in its language. Not every refusal has one yet. */
  problem?: ScenarioProblem;
}

/** Why a script was refused: a message of the catalogs' script.error.* and its values (src/i18n/problem.ts). */
export type ScenarioProblem = Problem<ScriptErrorKey>;

export type ScriptErrorKey = Extract<MessageKey, `script.error.${string}`>;

/** A refused script: its first errors, by line, and how many more there were. */
export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[]; omittedErrors: number };
