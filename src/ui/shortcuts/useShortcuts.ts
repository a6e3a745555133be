import { useEffect } from 'react';
import type { AppStore } from '../../store/types.ts';
import { useLessonNav } from '../lessonNav.ts';
import { shortcutFor, type Shortcut } from './keymap.ts';
import { runShortcut } from './runShortcut.ts';

// The page's one keyboard handler for the shortcuts of keymap.ts. Keys stay with whatever already
// uses them: nothing acts while typing in a text field, a select or an editable element; space,
// Escape and the arrows stay with buttons, checkboxes, tab lists, menus and focusable widgets (a
// server's arrows, the log's scrolling); a key a component already handled is left alone.

/** Where every key is typing. */
const TEXT_ENTRY = 'input:not([type="checkbox"]):not([type="radio"]):not([type="range"]), textarea, select, [contenteditable]:not([contenteditable="false"])';

/** Where space, Escape or the arrows already mean something. */
const OWN_KEYS = [
  'input, textarea, select, button, summary, a[href], dialog, [contenteditable]',
  '[role="tablist"], [role="menu"], [role="slider"], [role="button"]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

const WIDGET_KEYS = new Set([' ', 'ArrowLeft', 'ArrowRight', 'Escape']);

function keptByTarget(shortcut: Shortcut, key: string, target: Element | null): boolean {
  if (!target) return false;
  if (target.closest(TEXT_ENTRY)) return true;
  // Inside a dialog (settings) only its own keys count; the overlay's own Escape closes it.
  if (target.closest('dialog') && shortcut.id !== 'help') return true;
  return WIDGET_KEYS.has(key) && target.closest(OWN_KEYS) !== null;
}

export function useShortcuts(store: AppStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const shortcut = shortcutFor(e, { lessonOpen: useLessonNav.getState().navigation !== null });
      if (!shortcut) return;
      const target = e.target instanceof Element ? e.target : null;
      if (keptByTarget(shortcut, e.key, target)) return;
      if (runShortcut(store, shortcut.id)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
