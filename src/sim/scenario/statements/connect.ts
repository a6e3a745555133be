import { LineError, shown } from '../tokens.ts';
import { clientName, duration } from '../values.ts';
import type { ActionStatement } from './contract.ts';
import { refusedClientStep } from './clientStep.ts';

// connect c1 to 3 [timeout=6000]: a client session, first attached to server 3, that fails over to
// the others like ZooKeeper's. The default timeout is 3 × tickTime; one outside the servers'
// [2, 20] × tickTime is refused once the tickTime is known (parse.ts), as the page's form does.

export const connect: ActionStatement<'connect'> = {
  names: ['connect'],
  types: ['connect'],
  parse(_name, words, servers) {
    const client = clientName(words.word('a client name'));
    const to = words.word("'to' and a server id");
    if (to !== 'to') throw new LineError(`expected 'to' after the client name, got '${shown(to)}'`);
    const server = servers.id(words.word('a server id'));
    if (!words.more) return { type: 'connect', client, server };
    const option = words.word('timeout=ms');
    const match = /^timeout=(.*)$/.exec(option);
    if (!match) throw new LineError(`expected timeout=<ms>, got '${shown(option)}'`);
    return { type: 'connect', client, server, timeoutMs: duration(match[1] as string, 'session timeout') };
  },
  run(action, { cluster, skipped }) {
    const refused = refusedClientStep(cluster, action);
    if (refused) return skipped(refused);
    cluster.connectClient(action.client, action.server, action.timeoutMs ?? 3 * cluster.settings.tickTimeMs);
  },
  print: (action) => `connect ${action.client} to ${action.server}${action.timeoutMs === undefined ? '' : ` timeout=${action.timeoutMs}`}`,
};
