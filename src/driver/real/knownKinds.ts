import type { TimelineKind } from '../../host/records.ts';

// Every timeline kind, as data: the page refuses a record of a kind it cannot put in words. A
// Record over the union, so a new kind that is not listed here fails to compile.

const KINDS: Record<TimelineKind, true> = {
  'state-change': true, 'election-round': true, 'vote-changed': true, 'leader-elected': true, 'peer-suspected': true,
  'peer-recovered': true, 'epoch-accepted': true, sync: true, truncated: true, 'learner-synced': true,
  'learner-dropped': true, 'step-down': true, 'proposal-committed': true, 'follower-refused': true, 'request-failed': true,
  'session-expired': true, 'session-closed': true, 'client-state': true, 'client-result': true,
  restart: true, 'packets-released': true, 'runtime-error': true, 'disk-in-memory': true,
  crash: true, kill: true, pause: true, resume: true, isolate: true, cut: true, 'restore-link': true, partition: true,
  heal: true, drop: true, delay: true, refused: true, fault: true, 'step-skipped': true,
  'notification-seen': true, 'zab-phase': true, 'process-started': true, 'process-exited': true, 'poll-silence': true,
  'bridge-refused': true, 'bridge-frame-refused': true, 'bridge-link': true,
};

export const TIMELINE_KINDS = Object.keys(KINDS) as TimelineKind[];

/** Kinds the bridge must never send: the page's own notes about its link to the bridge. */
export const PAGE_ONLY_KINDS: readonly TimelineKind[] = ['bridge-refused', 'bridge-frame-refused', 'bridge-link'];
