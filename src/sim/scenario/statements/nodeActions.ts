import type { ServerId } from '../../../core/types.ts';
import type { SimCluster } from '../../cluster.ts';
import type { NodeActionType, NodeRef } from '../types.ts';
import type { ActionStatement } from './contract.ts';

// start | crash | kill | pause | resume | restart  <id | leader | all>. `start leader` is refused:
// there is no leader to start.

const NAMES = ['start', 'crash', 'kill', 'pause', 'resume', 'restart'] as const;

function resolveNodes(cluster: SimCluster, ref: NodeRef): ServerId[] {
  if (ref === 'all') return cluster.ids;
  if (ref === 'leader') {
    const leader = cluster.currentLeader();
    return leader === null ? [] : [leader];
  }
  return [ref];
}

function apply(cluster: SimCluster, type: NodeActionType, id: ServerId): void {
  if (type === 'start') cluster.start(id);
  else if (type === 'crash') cluster.crash(id);
  else if (type === 'kill') cluster.kill(id);
  else if (type === 'pause') cluster.pause(id);
  else if (type === 'resume') cluster.resume(id);
  else cluster.restart(id);
}

export const nodeActions: ActionStatement<NodeActionType> = {
  names: NAMES,
  types: NAMES,
  parse(name, words, servers) {
    const allowLeader = name !== 'start';
    const text = words.word(`a server (an id${allowLeader ? ", 'leader'" : ''} or 'all')`);
    return { type: name as NodeActionType, node: servers.ref(text, allowLeader, true) };
  },
  run(action, { cluster, watchFault, skipped }) {
    const targets = resolveNodes(cluster, action.node);
    if (targets.length === 0) skipped({ why: 'no-matching-server' });
    for (const id of targets) {
      if (action.type === 'crash' || action.type === 'kill' || action.type === 'pause') watchFault(action.type, id);
      apply(cluster, action.type, id);
    }
  },
  print: (action) => `${action.type} ${action.node}`,
};
