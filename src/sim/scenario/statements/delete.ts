import { clientName, znodePath } from '../values.ts';
import type { ActionStatement } from './contract.ts';
import { clientOp } from './clientOp.ts';

// delete c1 PATH: any version (-1).

export const deleteStatement: ActionStatement<'delete'> = {
  names: ['delete'],
  types: ['delete'],
  parse(_name, words) {
    const client = clientName(words.word('a client name'));
    return { type: 'delete', client, path: znodePath(words.word('a znode path'), false) };
  },
  run: (action, context) => clientOp(context, action.client, { type: 'delete', path: action.path, version: -1 }),
  print: (action) => `delete ${action.client} ${action.path}`,
};
