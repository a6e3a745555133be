import { clientName } from '../values.ts';
import type { ActionStatement } from './contract.ts';
import { refusedClientStep } from './clientStep.ts';

// disconnect c1: the client vanishes, and its session expires after its timeout.
// close c1: the client ends its session, and its ephemeral znodes go at once.

export const disconnect: ActionStatement<'disconnect' | 'close'> = {
  names: ['disconnect', 'close'],
  types: ['disconnect', 'close'],
  parse: (name, words) => ({ type: name as 'disconnect' | 'close', client: clientName(words.word('a client name')) }),
  run(action, { cluster, skipped }) {
    const refused = refusedClientStep(cluster, action);
    if (refused) return skipped(refused);
    if (action.type === 'disconnect') cluster.vanishClient(action.client);
    else cluster.clientOp(action.client, { type: 'close' });
  },
  print: (action) => `${action.type} ${action.client}`,
};
