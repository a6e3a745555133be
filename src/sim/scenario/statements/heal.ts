import type { ServerId } from '../../../core/types.ts';
import type { NetworkModel } from '../../../net/network.ts';
import { LineError, shown } from '../tokens.ts';
import type { Action } from '../types.ts';
import type { ActionStatement } from './contract.ts';

// heal (cuts and partitions go; drop, delay and duplication stay), heal all (every link back to the
// network line), heal 1->2 / heal 1<->2 (one direction's cut, drop and delay go; a partition stays).

type HealType = 'heal' | 'heal-all' | 'heal-link';

/** One direction back to normal: its cut, its own drop and its own delay go (a partition stays). */
function healLink(network: NetworkModel, from: ServerId, to: ServerId): void {
  for (const kind of ['cut', 'drop', 'delay']) network.healFault(`${kind}:${from}->${to}`);
}

function applyHeal(action: Extract<Action, { type: HealType }>, network: NetworkModel): void {
  if (action.type === 'heal') network.heal();
  else if (action.type === 'heal-all') network.healAll();
  else {
    healLink(network, action.from, action.to);
    if (action.both) healLink(network, action.to, action.from);
  }
}

export const heal: ActionStatement<HealType> = {
  names: ['heal'],
  types: ['heal', 'heal-all', 'heal-link'],
  parse(_name, words, servers) {
    if (!words.more) return { type: 'heal' };
    const text = words.rest("'all' or a link like 1->2");
    if (text === 'all') return { type: 'heal-all' };
    if (!/->/.test(text)) throw new LineError(`expected 'heal', 'heal all' or 'heal 1->2', got 'heal ${shown(text)}'`);
    const link = servers.link(text, true);
    return { type: 'heal-link', from: link.from, to: link.to, both: link.both };
  },
  run: (action, context) => applyHeal(action, context.cluster.network),
  applyToNetwork: applyHeal,
  print(action) {
    if (action.type === 'heal') return 'heal';
    if (action.type === 'heal-all') return 'heal all';
    return `heal ${action.from}${action.both ? '<->' : '->'}${action.to}`;
  },
};
