import type { ActionStatement } from './contract.ts';

// isolate 3: server 3 reaches nobody, as the page's "Isolate" does: it leaves its partition group
// for a group of its own (without a partition, the others form one group). Server ids only.

export const isolate: ActionStatement<'isolate'> = {
  names: ['isolate'],
  types: ['isolate'],
  parse(_name, words, servers) {
    const node = servers.id(words.word('a server id'));
    words.end();
    return { type: 'isolate', node };
  },
  run(action, context) {
    context.watchFault('isolate', action.node);
    context.cluster.network.isolate(action.node, context.cluster.ids);
  },
  print: (action) => `isolate ${action.node}`,
};
