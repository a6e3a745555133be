import type { TimelineEntry, TimelineKind } from '../../driver/index.ts';
import type { Translate } from '../../i18n/translate.ts';

// Short badges for event kinds in the log: a symbol (not colour alone) and a word. One tone per kind
// of the timeline union, and one catalog word per kind (`badge.<kind>`), so a new kind without a
// badge fails to compile.

export type BadgeTone = 'good' | 'warn' | 'bad' | 'info' | 'user';

export interface KindBadge {
  text: string;
  tone: BadgeTone;
}

const tones: Record<TimelineKind, BadgeTone> = {
  'leader-elected': 'good',
  'learner-synced': 'good',
  'peer-recovered': 'good',
  'peer-suspected': 'bad',
  'learner-dropped': 'bad',
  'step-down': 'bad',
  'session-expired': 'bad',
  'session-closed': 'info',
  'client-state': 'info',
  'client-result': 'info',
  refused: 'bad',
  'state-change': 'info',
  'election-round': 'warn',
  'vote-changed': 'warn',
  'epoch-accepted': 'info',
  sync: 'info',
  truncated: 'warn',
  'proposal-committed': 'good',
  'follower-refused': 'warn',
  'request-failed': 'warn',
  'packets-released': 'info',
  'runtime-error': 'bad',
  'disk-in-memory': 'warn',
  restart: 'user',
  crash: 'user',
  kill: 'user',
  pause: 'user',
  resume: 'user',
  isolate: 'user',
  partition: 'user',
  cut: 'user',
  'restore-link': 'user',
  heal: 'user',
  drop: 'user',
  delay: 'user',
  fault: 'user',
  'step-skipped': 'user',
  'notification-seen': 'warn',
  'zab-phase': 'info',
  'process-started': 'info',
  'process-exited': 'bad',
  'poll-silence': 'warn',
  'bridge-refused': 'bad',
  'bridge-frame-refused': 'bad',
  'bridge-link': 'bad',
};

export function kindBadge(kind: TimelineKind, t: Translate): KindBadge {
  return { text: t(`badge.${kind}`), tone: tones[kind] };
}

/** The badge of one entry: a client's answer is marked by whether it succeeded. */
export function entryBadge(entry: TimelineEntry, t: Translate): KindBadge {
  if (entry.kind === 'client-result') return entry.result.ok ? { text: t('badge.client-result-ok'), tone: 'good' } : { text: t('badge.client-result-failed'), tone: 'warn' };
  return kindBadge(entry.kind, t);
}
