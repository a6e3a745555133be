import type { SimCluster } from '../../cluster.ts';
import { LineError, shown } from '../tokens.ts';
import type { NodeStateName } from '../types.ts';
import { unknown, whole, znodePath } from '../values.ts';
import { quote, type CheckStatement } from './contract.ts';

// The checks of `expect at T [within D] <check>`: leader, state, znode, epoch.

export const STATES: readonly NodeStateName[] = ['looking', 'following', 'leading', 'observing', 'down', 'paused'];

/** A server's state as a script names it: its status when not up, else its role. */
export function stateOf(cluster: SimCluster, id: number): string {
  const status = cluster.status(id);
  if (status !== 'up') return status;
  return cluster.server(id).role;
}

/** leader 4 | leader none | leader any (some server leads a synced quorum). */
export const leaderCheck: CheckStatement<'leader'> = {
  name: 'leader',
  parse(words, servers) {
    const text = words.word("a server id, 'none' or 'any'");
    if (text === 'none' || text === 'any') return { type: 'leader', leader: text === 'none' ? null : 'any' };
    const id = servers.id(text);
    if (servers.isObserver(id)) throw new LineError(`server ${id} is an observer and can never lead`);
    return { type: 'leader', leader: id };
  },
  evaluate(cluster, check) {
    const leader = cluster.serviceLeader()?.leader ?? null;
    const passed = check.leader === 'any' ? leader !== null : leader === check.leader;
    return { passed, actual: leader === null ? 'leader none' : `leader ${leader}` };
  },
  print: (check) => `leader ${check.leader ?? 'none'}`,
};

/** state 5 down: looking | following | leading | observing | down | paused. */
export const stateCheck: CheckStatement<'state'> = {
  name: 'state',
  parse(words, servers) {
    const id = servers.id(words.word('a server id'));
    const state = words.word(`a state (${STATES.join(', ')})`);
    if (!(STATES as readonly string[]).includes(state)) throw unknown('state', state, STATES);
    const observer = servers.isObserver(id);
    if (servers.known && observer && (state === 'leading' || state === 'following')) throw new LineError(`server ${id} is an observer: it is never '${state}'`);
    if (servers.known && !observer && state === 'observing') throw new LineError(`server ${id} is a voter: it is never 'observing'`);
    return { type: 'state', node: id, state: state as NodeStateName };
  },
  evaluate(cluster, check) {
    const state = stateOf(cluster, check.node);
    return { passed: state === check.state, actual: `state ${check.node} ${state}` };
  },
  print: (check) => `state ${check.node} ${check.state}`,
};

/** znode PATH "v" [on 3 | on all] or znode PATH absent [on …]; `on all` (the default) is every server up. */
export const znodeCheck: CheckStatement<'znode'> = {
  name: 'znode',
  parse(words, servers) {
    const path = znodePath(words.word('a znode path'), true);
    let value: string | null = null;
    if (words.peek()?.quoted) value = words.quoted('a value');
    else {
      const word = words.word(`a quoted value or 'absent'`);
      if (word !== 'absent') throw new LineError(`expected a quoted value or 'absent', got '${shown(word)}'`);
    }
    let on: number | 'all' = 'all';
    if (words.more) {
      const keyword = words.word("'on'");
      if (keyword !== 'on') throw new LineError(`expected 'on <server>' or 'on all', got '${shown(keyword)}'`);
      on = servers.ref(words.word("a server id or 'all'"), false, true) as number | 'all';
    }
    return { type: 'znode', path, value, on };
  },
  evaluate(cluster, check) {
    const targets = check.on === 'all' ? cluster.ids.filter((id) => cluster.status(id) === 'up') : [check.on];
    const seen = targets.map((id) => ({ id, value: cluster.server(id).tree.get(check.path)?.value ?? null }));
    const passed = seen.every((s) => s.value === check.value);
    return { passed, actual: seen.map((s) => `${s.id}: ${s.value === null ? 'absent' : JSON.stringify(s.value)}`).join(', ') };
  },
  print: (check) => `znode ${check.path} ${check.value === null ? 'absent' : quote(check.value)} on ${check.on}`,
};

/** epoch 3 >= 2 | epoch leader >= 2: the server's current epoch. */
export const epochCheck: CheckStatement<'epoch'> = {
  name: 'epoch',
  parse(words, servers) {
    const node = servers.ref(words.word("a server id or 'leader'"), true, false) as number | 'leader';
    const bound = words.rest('a bound like >= 2');
    const match = /^>=(.*)$/.exec(bound);
    if (!match) throw new LineError(`expected a bound like >= 2, got '${shown(bound)}'`);
    return { type: 'epoch', node, min: whole(match[1] as string, 'epoch') };
  },
  evaluate(cluster, check) {
    const id = check.node === 'leader' ? cluster.currentLeader() : check.node;
    const epoch = id === null ? -1 : cluster.server(id).durable.currentEpoch;
    return { passed: epoch >= check.min, actual: id === null ? 'no leader' : `server ${id} at epoch ${epoch}` };
  },
  print: (check) => `epoch ${check.node} >= ${check.min}`,
};
