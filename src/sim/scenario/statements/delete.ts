import { clientName, znodePath } from '../values.ts';
import type { ActionStatement } from './contract.ts';
import { clientOp } from './clientOp.ts';
import { printVersion, versionOption } from './version.ts';

// delete c1 PATH [version=N]: any version (-1) unless told.

export const deleteStatement: ActionStatement<'delete'> = {
  names: ['delete'],
  types: ['delete'],
  parse(_name, words) {
    const client = clientName(words.word('a client name'));
    const path = znodePath(words.word('a znode path'), false);
    const version = versionOption(words);
    return { type: 'delete', client, path, ...(version === undefined ? {} : { version }) };
  },
  run: (action, context) => clientOp(context, action.client, { type: 'delete', path: action.path, version: action.version ?? -1 }),
  print: (action) => `delete ${action.client} ${action.path}${printVersion(action.version)}`,
};
