import type { ActionStatement } from './contract.ts';

// restore 1->2 / restore 1<->2: a cut's undo, as the page's link menu does it. The cut goes; the
// link's drop and delay stay, and so does a partition (heal 1->2 also resets drop and delay).

export const restore: ActionStatement<'restore'> = {
  names: ['restore'],
  types: ['restore'],
  parse(_name, words, servers) {
    const link = servers.link(words.rest('a link like 1->2 or 1<->2'), true);
    return { type: 'restore', from: link.from, to: link.to, both: link.both };
  },
  run: (action, context) => restore.applyToNetwork!(action, context.cluster.network),
  applyToNetwork(action, network) {
    network.restore(action.from, action.to);
    if (action.both) network.restore(action.to, action.from);
  },
  print: (action) => `restore ${action.from}${action.both ? '<->' : '->'}${action.to}`,
};
