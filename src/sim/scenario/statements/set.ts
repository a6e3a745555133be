import { clientName, znodePath } from '../values.ts';
import { quote, type ActionStatement } from './contract.ts';
import { clientOp } from './clientOp.ts';
import { printVersion, versionOption } from './version.ts';

// set c1 PATH "v" [version=N]: any version (-1) unless told. The root may be set, as in ZooKeeper.

export const set: ActionStatement<'set'> = {
  names: ['set'],
  types: ['set'],
  parse(_name, words) {
    const client = clientName(words.word('a client name'));
    const path = znodePath(words.word('a znode path'), true);
    const value = words.quoted('a value');
    const version = versionOption(words);
    return { type: 'set', client, path, value, ...(version === undefined ? {} : { version }) };
  },
  run: (action, context) => clientOp(context, action.client, { type: 'set', path: action.path, value: action.value, version: action.version ?? -1 }),
  print: (action) => `set ${action.client} ${action.path} ${quote(action.value)}${printVersion(action.version)}`,
};
