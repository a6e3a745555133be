import { clientName, znodePath } from '../values.ts';
import type { ActionStatement } from './contract.ts';
import { clientOp } from './clientOp.ts';

// get c1 PATH: a read, answered by the server the client is attached to (it may be stale).

export const get: ActionStatement<'get'> = {
  names: ['get'],
  types: ['get'],
  parse(_name, words) {
    const client = clientName(words.word('a client name'));
    const path = znodePath(words.word('a znode path'), true);
    words.end();
    return { type: 'get', client, path };
  },
  run: (action, context) => clientOp(context, action.client, { type: 'get', path: action.path }),
  print: (action) => `get ${action.client} ${action.path}`,
};
