import { LineError } from '../tokens.ts';
import { percentRate } from '../values.ts';
import type { ActionStatement } from './contract.ts';
import { percentText } from './drop.ts';

// duplicate 5%: the share of messages delivered twice, on every link (there is no per-link form).

export const duplicate: ActionStatement<'duplicate'> = {
  names: ['duplicate'],
  types: ['duplicate'],
  parse(_name, words) {
    const text = words.rest('a percentage like 5%');
    if (text.includes('->')) throw new LineError(`duplication applies to every link: write 'duplicate 5%'`);
    return { type: 'duplicate', rate: percentRate(text) };
  },
  run: (action, context) => duplicate.applyToNetwork!(action, context.cluster.network),
  applyToNetwork: (action, network) => network.setDuplicate(action.rate),
  print: (action) => `duplicate ${percentText(action.rate)}`,
};
