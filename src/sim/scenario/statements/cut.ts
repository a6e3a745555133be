import type { ActionStatement } from './contract.ts';

// cut 1->2 (one way) or cut 1<->2 (both): the direction holds its packets until healed.

export const cut: ActionStatement<'cut'> = {
  names: ['cut'],
  types: ['cut'],
  parse(_name, words, servers) {
    const link = servers.link(words.rest('a link like 1->2 or 1<->2'), true);
    return { type: 'cut', from: link.from, to: link.to, both: link.both };
  },
  run(action, context) {
    context.watchFault('cut', null);
    cut.applyToNetwork!(action, context.cluster.network);
  },
  applyToNetwork(action, network) {
    if (action.both) network.cutBoth(action.from, action.to);
    else network.cut(action.from, action.to);
  },
  print: (action) => `cut ${action.from}${action.both ? '<->' : '->'}${action.to}`,
};
