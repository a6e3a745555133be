import { create } from 'zustand';

// How a keyboard shortcut or a presenter's remote (PageDown, PageUp, ".") reaches the lesson player
// without importing it (the player is a chunk loaded on demand): the player registers its step
// actions here while a lesson is open, and the shortcuts call them.

export interface LessonNavigation {
  next(): void;
  prev(): void;
}

interface LessonNavState {
  navigation: LessonNavigation | null;
}

export const useLessonNav = create<LessonNavState>(() => ({ navigation: null }));

/** Called by the lesson player when a lesson opens; returns the call that unregisters it. */
export function registerLessonNavigation(navigation: LessonNavigation): () => void {
  useLessonNav.setState({ navigation });
  return () => {
    if (useLessonNav.getState().navigation === navigation) useLessonNav.setState({ navigation: null });
  };
}
