import type { TimelineEntry, TimelineKind } from '../../driver/index.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import type { Translate } from '../../i18n/translate.ts';

// Short badges for event kinds in the log: a symbol (not colour alone) and a word. One tone per kind
// of the timeline union, and one catalog word per kind (`badge.<kind>`, or `aftermath.badge.<kind>`
// for what only follows something done to the cluster), so a new kind without a badge fails to compile.

export type BadgeTone = 'good' | 'warn' | 'bad' | 'info' | 'user';

export interface KindBadge {
  text: string;
  tone: BadgeTone;
}

/** The kinds a cluster that starts and elects logs (and a real ensemble's): their words come with the first screen. */
const firstScreenTones: Record<Exclude<TimelineKind, AftermathBadgeKind>, BadgeTone> = {
  'leader-elected': 'good',
  'learner-synced': 'good',
  'state-change': 'info',
  'election-round': 'warn',
  'vote-changed': 'warn',
  'epoch-accepted': 'info',
  sync: 'info',
  'runtime-error': 'bad',
  'disk-in-memory': 'warn',
  'notification-seen': 'warn',
  'zab-phase': 'info',
  'process-started': 'info',
  'process-exited': 'bad',
  'poll-silence': 'warn',
  'bridge-refused': 'bad',
  'bridge-frame-refused': 'bad',
  'bridge-link': 'bad',
};

/** What people did and what followed: their words are the aftermath area's (`aftermath.badge.<kind>`), loaded once something happened. */
type AftermathBadgeKind = 'peer-recovered' | 'peer-suspected' | 'learner-dropped' | 'step-down' | 'session-expired' | 'session-closed' | 'client-state' | 'client-result' | 'refused' | 'truncated' | 'proposal-committed' | 'follower-refused' | 'request-failed' | 'packets-released' | 'restart' | 'crash' | 'kill' | 'pause' | 'resume' | 'isolate' | 'partition' | 'cut' | 'restore-link' | 'heal' | 'drop' | 'delay' | 'fault' | 'step-skipped';
const aftermathTones: Record<AftermathBadgeKind, BadgeTone> = {
  'peer-recovered': 'good',
  'peer-suspected': 'bad',
  'learner-dropped': 'bad',
  'step-down': 'bad',
  'session-expired': 'bad',
  'session-closed': 'info',
  'client-state': 'info',
  'client-result': 'info',
  refused: 'bad',
  truncated: 'warn',
  'proposal-committed': 'good',
  'follower-refused': 'warn',
  'request-failed': 'warn',
  'packets-released': 'info',
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
};

const isAftermathKind = (kind: TimelineKind): kind is AftermathBadgeKind => kind in aftermathTones;

/** The catalog word of a kind's badge. */
export function badgeKey(kind: TimelineKind): MessageKey {
  return isAftermathKind(kind) ? `aftermath.badge.${kind}` : `badge.${kind}`;
}

export function kindBadge(kind: TimelineKind, t: Translate): KindBadge {
  return { text: t(badgeKey(kind)), tone: isAftermathKind(kind) ? aftermathTones[kind] : firstScreenTones[kind] };
}

/** The badge of one entry: a client's answer is marked by whether it succeeded. */
export function entryBadge(entry: TimelineEntry, t: Translate): KindBadge {
  if (entry.kind === 'client-result') return entry.result.ok ? { text: t('aftermath.badge.client-result-ok'), tone: 'good' } : { text: t('aftermath.badge.client-result-failed'), tone: 'warn' };
  return kindBadge(entry.kind, t);
}
