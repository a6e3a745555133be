import type { AppStore } from '../../store/types.ts';
import { useLessonSlot } from '../lessonSlot.ts';
import { useLessonNav } from '../lessonNav.ts';
import { togglePresenting } from '../present/presentation.ts';
import type { ShortcutId } from './keymap.ts';
import { setShortcutsOpen, useShortcutsOverlay } from './shortcutsStore.ts';

// What each shortcut does. Every action is one the page's own controls offer, through the same
// store calls, so a refused action (in the past, no leader) is refused the same way. Returns
// whether the key was used: an unused key goes on to the browser.

export function runShortcut(store: AppStore, id: ShortcutId): boolean {
  const s = store.getState();
  switch (id) {
    case 'pause':
      s.setPausedAll(!s.pausedAll);
      return true;
    case 'step':
      if (!s.capabilities.step) return false;
      s.step();
      return true;
    case 'scrub-back':
    case 'scrub-forward':
      s.scrubFrames(id === 'scrub-back' ? -1 : 1);
      return true;
    case 'mark-back':
    case 'mark-forward':
      s.scrubToMark(id === 'mark-back' ? -1 : 1);
      return true;
    case 'crash-leader':
    case 'kill-leader':
      return faultLeader(store, id === 'crash-leader' ? 'crash' : 'kill');
    case 'restart-down':
      return restartDown(store);
    case 'lesson-next':
    case 'lesson-prev':
      return turnLessonStep(id === 'lesson-next' ? 1 : -1);
    case 'lessons': {
      const toggle = useLessonSlot.getState().togglePicker;
      toggle?.();
      return toggle !== null;
    }
    case 'present':
      togglePresenting();
      return true;
    case 'help':
      setShortcutsOpen(!useShortcutsOverlay.getState().open);
      return true;
    case 'close':
      if (!useShortcutsOverlay.getState().open) return false;
      setShortcutsOpen(false);
      return true;
  }
}

function faultLeader(store: AppStore, how: 'crash' | 'kill'): boolean {
  const s = store.getState();
  if (!s.leader) return false;
  if (how === 'crash') s.crash(s.leader.id);
  else s.kill(s.leader.id);
  return true;
}

/** Every server that is down (crashed or killed) starts again, as a click on each would do. */
function restartDown(store: AppStore): boolean {
  const s = store.getState();
  const down = s.nodeIds.filter((id) => s.nodeById.get(id)?.status === 'down');
  for (const id of down) s.restart(id);
  return down.length > 0;
}

function turnLessonStep(direction: 1 | -1): boolean {
  const navigation = useLessonNav.getState().navigation;
  if (!navigation) return false;
  if (direction === 1) navigation.next();
  else navigation.prev();
  return true;
}
