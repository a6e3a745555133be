// The strip that lists safety violations (never shown, in ZooKeeper mode, if the core is right):
// loaded with it, the first time there is one. The safety badge's words are panels.ts'.

export const invariants = {
  'invariants.details': 'Safety violations',
  'invariants.rule.one-leader-per-epoch': 'Two leaders in one epoch',
  'invariants.rule.committed-never-lost': 'A committed write was lost or changed',
  'invariants.rule.committed-prefix-agreement': 'Servers disagree on committed history',
  'invariants.rule.liveness': 'No progress',
  'invariants.rule.exception': 'A server crashed on an error',
  'invariants.servers': 'servers {servers}',
  'invariants.epoch': ' · epoch {epoch}',
  'invariants.zxid': ' · zxid {zxid}',
  'invariants.earlier': '…and {count} earlier.',
} as const;
