import { create } from 'zustand';

// Where the lesson player (a chunk loaded on demand) shows itself beside the story, and how the
// "l" shortcut reaches its picker, without this page importing the player: the page renders the
// slot (data-testid="lesson-slot") and keeps its element here; the player portals into it, and
// registers the call that opens or closes its picker while it is loaded.

interface LessonSlotState {
  /** The slot's element while it is on the page. */
  element: HTMLElement | null;
  /** Opens or closes the lesson picker; null until the lesson player has loaded. */
  togglePicker: (() => void) | null;
}

export const useLessonSlot = create<LessonSlotState>(() => ({ element: null, togglePicker: null }));

export function setLessonSlotElement(element: HTMLElement | null): void {
  if (useLessonSlot.getState().element !== element) useLessonSlot.setState({ element });
}

/** Called by the lesson player when it loads; returns the call that unregisters it. */
export function registerLessonPicker(togglePicker: () => void): () => void {
  useLessonSlot.setState({ togglePicker });
  return () => {
    if (useLessonSlot.getState().togglePicker === togglePicker) useLessonSlot.setState({ togglePicker: null });
  };
}
