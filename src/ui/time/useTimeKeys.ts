import { useEffect } from 'react';
import type { AppStore } from '../../store/types.ts';

// The keyboard for time: space pauses and resumes, "." steps (simulator), left and right arrows move
// the scrubber by one frame, and with Shift to the moment before the previous or next mark. Keys stay with whatever already uses them: text fields, selects,
// buttons and checkboxes (space clicks them), tab lists and menus (arrows move between items),
// focusable widgets (a server's arrows, the log's scrolling), and any element that handled the key.

/** Where every key is typing. */
const TEXT_ENTRY = 'input:not([type="checkbox"]):not([type="radio"]):not([type="range"]), textarea, select, [contenteditable]';

/** Where space or the arrows already mean something. */
const OWN_KEYS = [
  'input, textarea, select, button, summary, a[href], dialog, [contenteditable]',
  '[role="tablist"], [role="menu"], [role="slider"], [role="button"], [role="log"]',
  // A focusable widget of its own (a server glyph, the scrolling log) keeps its keys too.
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

export function useTimeKeys(store: AppStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest(TEXT_ENTRY)) return;
      // "." means nothing to a widget; space and the arrows may.
      if (e.key !== '.' && target?.closest(OWN_KEYS)) return;
      const s = store.getState();
      if (e.key === ' ') s.setPausedAll(!s.pausedAll);
      else if (e.key === '.' && s.capabilities.step) s.step();
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        const direction = e.key === 'ArrowLeft' ? -1 : 1;
        if (e.shiftKey) s.scrubToMark(direction);
        else s.scrubFrames(direction);
      }
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
