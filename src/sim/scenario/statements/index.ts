import type { Action, Check } from '../types.ts';
import { epochCheck, leaderCheck, stateCheck, znodeCheck } from './checks.ts';
import type { ActionStatement, CheckStatement } from './contract.ts';
import { connect } from './connect.ts';
import { create } from './create.ts';
import { cut } from './cut.ts';
import { delay } from './delay.ts';
import { deleteStatement } from './delete.ts';
import { disconnect } from './disconnect.ts';
import { drop } from './drop.ts';
import { duplicate } from './duplicate.ts';
import { get } from './get.ts';
import { heal } from './heal.ts';
import { isolate } from './isolate.ts';
import { nodeActions } from './nodeActions.ts';
import { partition } from './partition.ts';
import { restore } from './restore.ts';
import { set } from './set.ts';
import { write } from './write.ts';

// The table of the scenario language's timed statements: one entry per statement, found by the
// word that starts it (parsing) or by the type of the data it made (running, printing).

const ACTION_TABLE: readonly ActionStatement[] = [
  nodeActions,
  partition,
  isolate,
  cut,
  restore,
  heal,
  drop,
  delay,
  duplicate,
  write,
  connect,
  create,
  set,
  deleteStatement,
  get,
  disconnect,
] as unknown as readonly ActionStatement[];

const CHECK_TABLE: readonly CheckStatement[] = [leaderCheck, stateCheck, znodeCheck, epochCheck] as unknown as readonly CheckStatement[];

/** Every action word, in the order the language reference lists them. */
export const ACTION_NAMES: readonly string[] = ACTION_TABLE.flatMap((s) => s.names);
export const CHECK_NAMES: readonly string[] = CHECK_TABLE.map((s) => s.name);

const byName = new Map(ACTION_TABLE.flatMap((s) => s.names.map((n) => [n, s] as const)));
const byType = new Map(ACTION_TABLE.flatMap((s) => s.types.map((t) => [t, s] as const)));
const checkByName = new Map(CHECK_TABLE.map((s) => [s.name as string, s] as const));

export function actionStatementNamed(name: string): ActionStatement | undefined {
  return byName.get(name);
}

export function actionStatementFor(action: Action): ActionStatement {
  return byType.get(action.type) as ActionStatement;
}

export function checkStatementNamed(name: string): CheckStatement | undefined {
  return checkByName.get(name);
}

export function checkStatementFor(check: Check): CheckStatement {
  return checkByName.get(check.type) as CheckStatement;
}
