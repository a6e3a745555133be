import type { ServerId } from '../../../core/types.ts';
import type { SimCluster } from '../../cluster.ts';
import { znodePath } from '../values.ts';
import { quote, type ActionStatement } from './contract.ts';

// write PATH "v": the scenario's own client writes through the current leader, creating parents,
// as an administrator would. Its client is replaced when the leader changes.

const writers = new WeakMap<SimCluster, { name: string; server: ServerId; count: number }>();

function writerFor(cluster: SimCluster, leader: ServerId): string {
  const current = writers.get(cluster);
  if (current && current.server === leader) return current.name;
  if (current) cluster.vanishClient(current.name);
  const count = (current?.count ?? 0) + 1;
  const name = count === 1 ? 'writer' : `writer-${count}`;
  cluster.connectClient(name, leader, 3 * cluster.settings.tickTimeMs);
  writers.set(cluster, { name, server: leader, count });
  return name;
}

function scenarioWrite(cluster: SimCluster, path: string, value: string): void {
  const leader = cluster.currentLeader() ?? cluster.ids[0]!;
  const writer = writerFor(cluster, leader);
  const tree = cluster.server(leader).tree;
  const parts = path.split('/').filter(Boolean);
  for (let i = 1; i < parts.length; i++) {
    const ancestor = '/' + parts.slice(0, i).join('/');
    if (!tree.exists(ancestor)) cluster.clientOp(writer, { type: 'create', path: ancestor, value: '', mode: 'persistent' });
  }
  if (tree.exists(path)) cluster.clientOp(writer, { type: 'set', path, value, version: -1 });
  else cluster.clientOp(writer, { type: 'create', path, value, mode: 'persistent' });
}

export const write: ActionStatement<'write'> = {
  names: ['write'],
  types: ['write'],
  parse(_name, words) {
    const path = znodePath(words.word('a znode path'), false);
    return { type: 'write', path, value: words.quoted('a value') };
  },
  run: (action, { cluster }) => scenarioWrite(cluster, action.path, action.value),
  print: (action) => `write ${action.path} ${quote(action.value)}`,
};
