import { LineError, type Words } from '../tokens.ts';
import type { CreateModeName } from '../types.ts';
import { clientName, unknown, znodePath } from '../values.ts';
import { quote, type ActionStatement } from './contract.ts';
import { clientOp } from './clientOp.ts';

// create c1 PATH "v" [ephemeral|persistent] [sequential]: persistent unless told otherwise.

const MODE_WORDS = ['ephemeral', 'persistent', 'sequential'] as const;

function modeOf(words: Words): CreateModeName {
  const seen = new Set<string>();
  while (words.more) {
    const word = words.word('a create mode');
    if (!(MODE_WORDS as readonly string[]).includes(word)) throw unknown('createMode', word, MODE_WORDS);
    if (seen.has(word)) throw new LineError(`'${word}' given twice`);
    seen.add(word);
  }
  if (seen.has('ephemeral') && seen.has('persistent')) throw new LineError(`a znode is either ephemeral or persistent, not both`);
  const kind = seen.has('ephemeral') ? 'ephemeral' : 'persistent';
  return seen.has('sequential') ? `${kind}-sequential` : kind;
}

export const create: ActionStatement<'create'> = {
  names: ['create'],
  types: ['create'],
  parse(_name, words) {
    const client = clientName(words.word('a client name'));
    const path = znodePath(words.word('a znode path'), false);
    const value = words.quoted('a value');
    return { type: 'create', client, path, value, mode: modeOf(words) };
  },
  run: (action, context) => clientOp(context, action.client, { type: 'create', path: action.path, value: action.value, mode: action.mode }),
  print: (action) => `create ${action.client} ${action.path} ${quote(action.value)} ${action.mode.replace('-', ' ')}`,
};
