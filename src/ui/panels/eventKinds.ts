import type { TimelineEntry, TimelineKind } from '../../driver/index.ts';

// Short badges for event kinds in the log: a symbol (not colour alone) and a word. One per kind of
// the timeline union, so a new kind without a badge fails to compile.

export interface KindBadge {
  text: string;
  tone: 'good' | 'warn' | 'bad' | 'info' | 'user';
}

const badges: Record<TimelineKind, KindBadge> = {
  'leader-elected': { text: '★ leader', tone: 'good' },
  'learner-synced': { text: '✓ synced', tone: 'good' },
  'peer-recovered': { text: '✓ heard', tone: 'good' },
  'peer-suspected': { text: '⚠ suspect', tone: 'bad' },
  'learner-dropped': { text: '✂ dropped', tone: 'bad' },
  'step-down': { text: '↓ steps down', tone: 'bad' },
  'session-expired': { text: '◷ expired', tone: 'bad' },
  'session-closed': { text: '✓ closed', tone: 'info' },
  'client-state': { text: '◆ client', tone: 'info' },
  'client-result': { text: '◆ answer', tone: 'info' },
  refused: { text: '✗ not done', tone: 'bad' },
  'state-change': { text: '↻ state', tone: 'info' },
  'election-round': { text: '? election', tone: 'warn' },
  'vote-changed': { text: '→ vote', tone: 'warn' },
  'epoch-accepted': { text: '# epoch', tone: 'info' },
  sync: { text: '⇄ sync', tone: 'info' },
  truncated: { text: '✂ trunc', tone: 'warn' },
  'proposal-committed': { text: '✓ commit', tone: 'good' },
  'follower-refused': { text: '✗ refused', tone: 'warn' },
  'request-failed': { text: '✗ failed', tone: 'warn' },
  'packets-released': { text: '⇄ released', tone: 'info' },
  'runtime-error': { text: '✕ stopped', tone: 'bad' },
  'disk-in-memory': { text: '⚠ disk in memory', tone: 'warn' },
  restart: { text: '↺ restart', tone: 'user' },
  crash: { text: '✕ crash', tone: 'user' },
  kill: { text: '✕ kill', tone: 'user' },
  pause: { text: '❚❚ pause', tone: 'user' },
  resume: { text: '▶ resume', tone: 'user' },
  isolate: { text: '⊘ isolate', tone: 'user' },
  partition: { text: '⊘ split', tone: 'user' },
  cut: { text: '⊘ cut', tone: 'user' },
  'restore-link': { text: '⇄ link', tone: 'user' },
  heal: { text: '⇄ heal', tone: 'user' },
  drop: { text: '⊘ drop', tone: 'user' },
  delay: { text: '◷ delay', tone: 'user' },
  fault: { text: '▸ script', tone: 'user' },
  'step-skipped': { text: '▸ skipped', tone: 'user' },
};

export function kindBadge(kind: TimelineKind): KindBadge {
  return badges[kind];
}

/** The badge of one entry: a client's answer is marked by whether it succeeded. */
export function entryBadge(entry: TimelineEntry): KindBadge {
  if (entry.kind === 'client-result') return entry.result.ok ? { text: '✓ answer', tone: 'good' } : { text: '✗ answer', tone: 'warn' };
  return kindBadge(entry.kind);
}
