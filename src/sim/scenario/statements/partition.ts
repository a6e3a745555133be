import { LineError, shown } from '../tokens.ts';
import type { Servers } from '../servers.ts';
import type { ActionStatement } from './contract.ts';

// partition 1,2|3,4,5: only links inside a group carry messages. Groups may overlap (1,2,3|3,4,5:
// server 3 bridges both sides); within a group ids are distinct. Server ids only, not `leader`:
// a link fault is about wires.

function groupsOf(text: string, servers: Servers): number[][] {
  return text.split('|').map((group) => {
    if (group === '') throw new LineError(`empty group in partition '${shown(text)}' (write groups like 1,2|3,4,5)`);
    const seen = new Set<number>();
    return group.split(',').map((part) => {
      if (part === '') throw new LineError(`empty server id in partition '${shown(text)}'`);
      const id = servers.id(part);
      if (seen.has(id)) throw new LineError(`server ${id} appears twice in the group '${shown(group)}'`);
      seen.add(id);
      return id;
    });
  });
}

export const partition: ActionStatement<'partition'> = {
  names: ['partition'],
  types: ['partition'],
  parse: (_name, words, servers) => ({ type: 'partition', groups: groupsOf(words.rest('groups like 1,2|3,4,5'), servers) }),
  run(action, context) {
    context.watchFault('partition', null);
    partition.applyToNetwork!(action, context.cluster.network);
  },
  applyToNetwork: (action, network) => network.partition(action.groups),
  print: (action) => `partition ${action.groups.map((g) => g.join(',')).join('|')}`,
};
