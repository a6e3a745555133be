// The strip that lists safety violations (never shown, in ZooKeeper mode, if the core is right),
// and the safety badge's words for a broken rule: loaded the first time there is one. The badge's
// words for a safe run are panels.ts'.

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
  'invariants.brokenLabel': 'Safety: {count, plural, one {# violation} other {# violations}}, listed below the toolbar',
  'invariants.broken': '{count, plural, one {# safety violation} other {# safety violations}}',
} as const;
