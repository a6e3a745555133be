import type { HostRecord, RecordOf } from '../../host/records.ts';
import type { Sentences } from '../language.ts';
import { formatMs } from '../format.ts';

// What hosts did, in English: what people and scripts did is ./actions.ts, which the page loads
// with the first of them.

function runtimeError(e: RecordOf<'runtime-error'>): string {
  const what = e.cause === 'log-write' ? 'it could not write its log' : e.cause === 'disk-load' ? 'it could not load its disk' : 'its worker failed';
  return `Server ${e.node} stopped: ${what} (${e.error}).`;
}

function diskInMemory(e: RecordOf<'disk-in-memory'>): string {
  const why = e.cause === 'missing' ? 'this browser offers no IndexedDB here' : e.cause === 'refused' ? `IndexedDB refused to open (${e.error})` : `IndexedDB did not answer within ${formatMs(e.waitedMs)}`;
  const who = e.node === null ? 'every server keeps its disk' : `server ${e.node} keeps its disk`;
  return `Disks in memory: ${why}, so ${who} in this tab's memory. Restarts still read what was written; closing or reloading the tab loses it.`;
}

function packetsReleased(e: RecordOf<'packets-released'>): string {
  const limit = formatMs(e.syncLimitMs);
  const verdict = e.heldMs < e.syncLimitMs
    ? `less than syncLimit × tickTime (${limit}), so no read timeout ran out on them and the connections carry on`
    : `at least syncLimit × tickTime (${limit}): the read timeouts ran out before they arrived`;
  return `The link from server ${e.node} to ${e.peers.join(', ')} is back: TCP delivers the ${e.packets} packet(s) it held, in order, the oldest after ${formatMs(e.heldMs)}; ${verdict}.`;
}

export const hostSentences: Pick<Sentences, HostRecord['kind']> = {
  restart: (e) => `Server ${e.node} restarts from its disk: accepted epoch ${e.acceptedEpoch}, current epoch ${e.currentEpoch}, ${e.loggedTxns} logged transaction(s)${e.hasSnapshot ? ' after a snapshot' : ''}.`,
  'packets-released': packetsReleased,
  'runtime-error': runtimeError,
  'disk-in-memory': diskInMemory,
};
