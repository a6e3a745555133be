import type { BridgeRecordKind, RealRecordKind } from '../../host/observedRecords.ts';
import type { DetailLines } from '../language.ts';
import { zxidList } from './words.ts';

// The second line of a log entry, where the data says more than its sentence: which transactions
// a sync sent or a truncation removed, which ephemerals an ended session took along.

function ephemerals(deletedPaths: readonly string[]): string | null {
  if (deletedPaths.length === 0) return null;
  const more = deletedPaths.length > 6 ? ` +${deletedPaths.length - 6} more` : '';
  return `ephemerals deleted: ${deletedPaths.slice(0, 6).join(', ')}${more}`;
}

/** The real ensemble's kinds have their own lines (real.ts). */
export const detailLines: Omit<DetailLines, RealRecordKind | BridgeRecordKind> = {
  sync: (e) => (e.side === 'leader' && e.mode !== 'snap' && e.sent.length > 0 ? `sent: ${zxidList(e.sent, 4)}` : null),
  // A server that could not truncate lost its snapshot's history as well as its log.
  truncated: (e) => `removed: ${zxidList(e.cleared ? [e.snapshotZxid, ...e.removed] : e.removed, 4)}`,
  'session-expired': (e) => ephemerals(e.deletedPaths),
  'session-closed': (e) => ephemerals(e.deletedPaths),
  'state-change': null,
  'election-round': null,
  'vote-changed': null,
  'leader-elected': null,
  'peer-suspected': null,
  'peer-recovered': null,
  'epoch-accepted': null,
  'learner-synced': null,
  'learner-dropped': null,
  'step-down': null,
  'proposal-committed': null,
  'follower-refused': null,
  'request-failed': null,
  'client-state': null,
  'client-result': null,
  restart: null,
  'packets-released': null,
  'runtime-error': null,
  'disk-in-memory': null,
  crash: null,
  kill: null,
  pause: null,
  resume: null,
  isolate: null,
  cut: null,
  'restore-link': null,
  partition: null,
  heal: null,
  drop: null,
  delay: null,
  refused: null,
  fault: null,
  'step-skipped': null,
};
