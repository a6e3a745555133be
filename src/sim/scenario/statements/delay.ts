import { LINK_DELAY_MS } from '../../../core/limits.ts';
import { LineError, shown, squeeze } from '../tokens.ts';
import { bounded } from '../values.ts';
import type { ActionStatement } from './contract.ts';

// delay 50 [jitter 20] on all links, or one direction: delay 1->2 50 [jitter 20]. Whole ms within
// LINK_DELAY_MS, the page's bound too.

export const delay: ActionStatement<'delay'> = {
  names: ['delay'],
  types: ['delay'],
  parse(_name, words, servers) {
    const parts: string[] = [];
    while (words.more && words.peek()?.text !== 'jitter') parts.push(words.word('a latency in ms'));
    if (parts.length === 0) throw new LineError(`'delay' needs a latency in ms, like delay 50 jitter 20`);
    const latencyText = parts.pop() as string;
    let jitterMs = 0;
    if (words.more) {
      words.word("'jitter'");
      jitterMs = bounded(words.word('a jitter in ms'), 'jitter', LINK_DELAY_MS, ' ms');
    }
    const linkText = squeeze(parts.join(' '));
    if (parts.length > 0 && !linkText.includes('->')) throw new LineError(`expected 'jitter' after the latency, got '${shown(latencyText)}'`);
    const latencyMs = bounded(latencyText, 'latency', LINK_DELAY_MS, ' ms');
    if (parts.length === 0) return { type: 'delay', latencyMs, jitterMs };
    const link = servers.link(linkText, false, 'delay');
    return { type: 'delay', latencyMs, jitterMs, link: { from: link.from, to: link.to } };
  },
  run: (action, context) => delay.applyToNetwork!(action, context.cluster.network),
  applyToNetwork: (action, network) => network.setDelay(action.latencyMs, action.jitterMs, action.link),
  print: (action) => `delay ${action.link ? `${action.link.from}->${action.link.to} ` : ''}${action.latencyMs} jitter ${action.jitterMs}`,
};
