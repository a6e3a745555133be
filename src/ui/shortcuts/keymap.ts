import type { MessageKey } from '../../i18n/messages/en/index.ts';

// Every global shortcut, once: the "?" overlay lists this table and the key handler looks keys up
// in it, so what the overlay says is what the keys do. A key is KeyboardEvent.key; `shift` marks
// the arrows that jump to a mark. Letters match either case (Caps Lock stays harmless).

export type ShortcutId =
  | 'pause'
  | 'step'
  | 'scrub-back'
  | 'scrub-forward'
  | 'mark-back'
  | 'mark-forward'
  | 'crash-leader'
  | 'kill-leader'
  | 'restart-down'
  | 'lesson-next'
  | 'lesson-prev'
  | 'lessons'
  | 'present'
  | 'help'
  | 'close';

export type ShortcutGroup = 'time' | 'faults' | 'lessons' | 'page';

export interface Shortcut {
  id: ShortcutId;
  group: ShortcutGroup;
  /** KeyboardEvent.key values; the first is the one the overlay shows first. */
  keys: readonly string[];
  shift?: boolean;
  /** What the overlay says the shortcut does. */
  label: MessageKey;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'pause', group: 'time', keys: [' '], label: 'shortcuts.pause' },
  { id: 'step', group: 'time', keys: ['s', '.'], label: 'shortcuts.step' },
  { id: 'scrub-back', group: 'time', keys: ['ArrowLeft'], label: 'shortcuts.scrubBack' },
  { id: 'scrub-forward', group: 'time', keys: ['ArrowRight'], label: 'shortcuts.scrubForward' },
  { id: 'mark-back', group: 'time', keys: ['ArrowLeft'], shift: true, label: 'shortcuts.markBack' },
  { id: 'mark-forward', group: 'time', keys: ['ArrowRight'], shift: true, label: 'shortcuts.markForward' },
  { id: 'crash-leader', group: 'faults', keys: ['c'], label: 'shortcuts.crashLeader' },
  { id: 'kill-leader', group: 'faults', keys: ['k'], label: 'shortcuts.killLeader' },
  { id: 'restart-down', group: 'faults', keys: ['r'], label: 'shortcuts.restartDown' },
  // A presenter's remote sends PageDown/PageUp (some send "."): with a lesson open they turn its steps.
  { id: 'lesson-next', group: 'lessons', keys: ['PageDown', '.'], label: 'shortcuts.lessonNext' },
  { id: 'lesson-prev', group: 'lessons', keys: ['PageUp'], label: 'shortcuts.lessonPrev' },
  { id: 'lessons', group: 'lessons', keys: ['l'], label: 'shortcuts.lessons' },
  { id: 'present', group: 'page', keys: ['p'], label: 'shortcuts.present' },
  { id: 'help', group: 'page', keys: ['?'], label: 'shortcuts.help' },
  { id: 'close', group: 'page', keys: ['Escape'], label: 'shortcuts.close' },
];

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ['time', 'faults', 'lessons', 'page'];

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** What the page can do right now, which decides between shortcuts sharing a key ("."). */
export interface KeyContext {
  lessonOpen: boolean;
}

function sameKey(pressed: string, key: string): boolean {
  return pressed === key || (key.length === 1 && pressed.toLowerCase() === key);
}

/** Whether Shift is part of the key itself ("?" is Shift+/ on most layouts), not a modifier. */
function shiftIsTheKey(key: string): boolean {
  return key.length === 1 && key.toLowerCase() === key.toUpperCase();
}

/**
 * The shortcut a key press means, or null. Alt, Ctrl and Meta always belong to the browser and the
 * system. "." turns a lesson's step while a lesson is open, and steps the simulator otherwise;
 * PageDown/PageUp mean nothing special without a lesson, so the page scrolls as usual.
 */
export function shortcutFor(press: KeyPress, context: KeyContext): Shortcut | null {
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  const candidates = SHORTCUTS.filter((s) => s.keys.some((k) => sameKey(press.key, k)) && (shiftIsTheKey(press.key) || !!s.shift === press.shiftKey));
  const usable = candidates.filter((s) => context.lessonOpen || s.group !== 'lessons' || s.id === 'lessons');
  if (context.lessonOpen) return usable.find((s) => s.group === 'lessons') ?? usable[0] ?? null;
  return usable[0] ?? null;
}

/**
 * What a keycap in the overlay shows: the label printed on the key, the same in every language
 * (a Chinese keyboard says "Shift" and "PgDn" too), except space, which has words.
 */
export const KEY_CAPS: Readonly<Record<string, string>> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  PageDown: 'PgDn',
  PageUp: 'PgUp',
  Escape: 'Esc',
};

export const SHIFT_CAP = 'Shift';
export const SPACE_KEY: MessageKey = 'shortcuts.key.space';
