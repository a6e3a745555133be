import type { ServerId } from '../../../core/types.ts';
import type { NetworkModel } from '../../../net/network.ts';
import { LineError, shown, type Words } from '../tokens.ts';
import type { Servers } from '../servers.ts';
import type { Action } from '../types.ts';
import type { ActionStatement } from './contract.ts';

// heal (cuts and partitions go; drop, delay and duplication stay), heal all (every link back to the
// network line), heal 1->2 / heal 1<->2 (one direction's cut, drop and delay go; a partition stays),
// and heal <fault>: one fault as the page's active-fault list names it (heal partition, heal drop,
// heal delay, heal duplicate, heal cut 1->2, heal cut 1<->2, heal drop 1->2, heal delay 1->2).

type HealType = 'heal' | 'heal-all' | 'heal-link' | 'heal-fault';

/** The faults with no link: heal partition, heal drop (global), heal delay (global), heal duplicate. */
const WHOLE_FAULTS = ['partition', 'drop', 'delay', 'duplicate'] as const;
/** The faults of one link: heal cut 1->2 (or 1<->2), heal drop 1->2, heal delay 1->2. */
const LINK_FAULTS = ['cut', 'drop', 'delay'] as const;

/** `heal <fault> [link]` as the fault's id (`cut:1->2`); null when the words name no fault. */
function faultId(kind: string, words: Words, servers: Servers): string | null {
  if (!words.more) return (WHOLE_FAULTS as readonly string[]).includes(kind) ? kind : null;
  if (!(LINK_FAULTS as readonly string[]).includes(kind)) return null;
  const link = servers.link(words.rest('a link like 1->2'), kind === 'cut', kind);
  return `${kind}:${link.from}${link.both ? '<->' : '->'}${link.to}`;
}

/** One direction back to normal: its cut, its own drop and its own delay go (a partition stays). */
function healLink(network: NetworkModel, from: ServerId, to: ServerId): void {
  for (const kind of ['cut', 'drop', 'delay']) network.healFault(`${kind}:${from}->${to}`);
}

function applyHeal(action: Extract<Action, { type: HealType }>, network: NetworkModel): void {
  if (action.type === 'heal') network.heal();
  else if (action.type === 'heal-all') network.healAll();
  else if (action.type === 'heal-fault') network.healFault(action.fault);
  else {
    healLink(network, action.from, action.to);
    if (action.both) healLink(network, action.to, action.from);
  }
}

export const heal: ActionStatement<HealType> = {
  names: ['heal'],
  types: ['heal', 'heal-all', 'heal-link', 'heal-fault'],
  parse(_name, words, servers) {
    if (!words.more) return { type: 'heal' };
    const first = words.peek()!;
    if (!first.quoted && ([...WHOLE_FAULTS, ...LINK_FAULTS] as readonly string[]).includes(first.text)) {
      const kind = words.word('a fault');
      const fault = faultId(kind, words, servers);
      if (fault === null) throw new LineError(`'heal ${kind}' needs a link like 1->2: heal ${kind} 1->2`);
      return { type: 'heal-fault', fault };
    }
    const text = words.rest("'all' or a link like 1->2");
    if (text === 'all') return { type: 'heal-all' };
    if (!/->/.test(text)) throw new LineError(`expected 'heal', 'heal all' or 'heal 1->2', got 'heal ${shown(text)}' (one fault: heal partition, heal cut 1->2, heal drop, heal delay, heal duplicate)`);
    const link = servers.link(text, true);
    return { type: 'heal-link', from: link.from, to: link.to, both: link.both };
  },
  run: (action, context) => applyHeal(action, context.cluster.network),
  applyToNetwork: applyHeal,
  print(action) {
    if (action.type === 'heal') return 'heal';
    if (action.type === 'heal-all') return 'heal all';
    if (action.type === 'heal-fault') return `heal ${action.fault.replace(':', ' ')}`;
    return `heal ${action.from}${action.both ? '<->' : '->'}${action.to}`;
  },
};
