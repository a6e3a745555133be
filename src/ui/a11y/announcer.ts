import { create } from 'zustand';

// One polite live region for the page (rendered by src/ui/a11y/LiveRegion.tsx): detection,
// election and lesson steps are announced through `announce`, so a screen reader hears them once,
// in the page's language, without moving focus.

interface AnnouncerState {
  /** The latest announcement, and a counter so the same words said twice are heard twice. */
  message: string;
  serial: number;
}

export const useAnnouncer = create<AnnouncerState>(() => ({ message: '', serial: 0 }));

export function announce(message: string): void {
  useAnnouncer.setState((s) => ({ message, serial: s.serial + 1 }));
}
