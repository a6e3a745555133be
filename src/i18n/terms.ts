// Words a Chinese interface keeps in Latin letters, because ZooKeeper's engineers write them so:
// protocol names, configuration keys, state names, units and the product itself. The test that
// looks for English left in a zh rendering (catalogs.test.ts, e2e/i18n.spec.ts) allows these and
// nothing else. Keep it short: a word here is a word nobody translates.

export const KEPT_TERMS: readonly string[] = [
  'ZooKeeper', 'Zab', 'FLE', 'TCP', 'zxid', 'zxids', 'epoch', 'sid', 'sids', 'myid',
  'Leader', 'Follower', 'Observer', 'Learner', 'LOOKING', 'LEADING', 'FOLLOWING', 'OBSERVING',
  'DIFF', 'TRUNC', 'SNAP', 'NEWLEADER', 'UPTODATE', 'FOLLOWERINFO', 'LEADERINFO', 'ACKEPOCH', 'PROPOSAL', 'COMMIT', 'ACK', 'PING', 'REVALIDATE',
  'tickTime', 'initLimit', 'syncLimit', 'sessionTimeout', 'minSessionTimeout', 'maxSessionTimeout', 'timeout', 'lastHeartbeat', 'now',
  'create', 'delete', 'setData', 'getData', 'exists', 'sync', 'ephemeral', 'sequential', 'znode', 'znodes',
  'NodeExists', 'NoNode', 'BadVersion', 'NotEmpty', 'ConnectionLoss', 'SessionExpired', 'NoChildrenForEphemerals', 'BadArguments', 'NoAuth', 'NotReadOnly',
  // ZooKeeper's ACL permissions and its request size limit (jute.maxbuffer), as its configuration names them.
  'ACL', 'READ', 'WRITE', 'jute', 'maxbuffer',
  'ms', 's', 'KB', 'MB', 'fps', 'CPU', 'IndexedDB', 'Web', 'Worker', 'Workers', 'BroadcastChannel', 'URL', 'JSON', 'ID',
  'GC', 'SIGSTOP', 'SIGCONT', 'kill', 'crash', 'pause',
  // Key caps, as printed on a Chinese keyboard too.
  'Shift', 'Enter', 'Esc', 'Tab', 'End', 'Home', 'PageUp', 'PageDown',
];

const KEPT = new Set(KEPT_TERMS.map((term) => term.toLowerCase()));

/**
 * The Latin words of a zh text that are not kept terms: what a translator left in English.
 * Hex ids (0x1f), znode paths (/app/lock-1, a user's names), single letters (a server's label, "n")
 * and anything inside {…} ICU arguments or `code` spans are not words to translate.
 */
export function untranslatedWords(text: string): string[] {
  const stripped = text.replace(/\{[^{}]*\}/g, ' ').replace(/`[^`]*`/g, ' ').replace(/0x[0-9a-f]+/gi, ' ').replace(/(?<![\w/])\/[\w.\-/]*/g, ' ');
  const words = stripped.match(/[A-Za-z][A-Za-z'-]*[A-Za-z]/g) ?? [];
  return words.filter((word) => !KEPT.has(word.toLowerCase()));
}
