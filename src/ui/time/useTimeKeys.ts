import { useEffect } from 'react';
import type { AppStore } from '../../store/types.ts';

// The keyboard for time: space pauses and resumes, "." steps (simulator), left and right arrows move
// the scrubber by one frame. Keys stay with whatever already uses them: text fields, selects,
// buttons and checkboxes (space clicks them), tab lists and menus (arrows move between items),
// and any element that handled the key itself (a focused server's arrows).

const OWN_KEYS = 'input, textarea, select, button, summary, [contenteditable], [role="tablist"], [role="menu"], [role="slider"], dialog';

export function useTimeKeys(store: AppStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest(OWN_KEYS)) return;
      const s = store.getState();
      if (e.key === ' ') s.setPausedAll(!s.pausedAll);
      else if (e.key === '.' && s.capabilities.step) s.step();
      else if (e.key === 'ArrowLeft') s.scrubFrames(-1);
      else if (e.key === 'ArrowRight') s.scrubFrames(1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
