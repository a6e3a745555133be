import { LineError, squeeze } from '../tokens.ts';
import { percentRate } from '../values.ts';
import type { ActionStatement } from './contract.ts';

// drop 10% (all links) or drop 1->2 10% (one direction): the share of packets lost, which TCP
// resends. A per-link setting is one direction, so `drop 1<->2` is refused.

/** "10%", without the float noise of rate × 100. */
export function percentText(rate: number): string {
  return `${Number((rate * 100).toFixed(6))}%`;
}

export const drop: ActionStatement<'drop'> = {
  names: ['drop'],
  types: ['drop'],
  parse(_name, words, servers) {
    const parts: string[] = [];
    while (words.more) parts.push(words.word('a percentage'));
    if (parts.length === 0) throw new LineError(`'drop' needs a percentage like 10%, optionally after a link: drop 1->2 10%`);
    const rate = percentRate(parts.pop() as string);
    if (parts.length === 0) return { type: 'drop', rate };
    const link = servers.link(squeeze(parts.join(' ')), false, 'drop');
    return { type: 'drop', rate, link: { from: link.from, to: link.to } };
  },
  run: (action, context) => drop.applyToNetwork!(action, context.cluster.network),
  applyToNetwork: (action, network) => network.setDrop(action.rate, action.link),
  print: (action) => `drop ${action.link ? `${action.link.from}->${action.link.to} ` : ''}${percentText(action.rate)}`,
};
