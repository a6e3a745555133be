import { create } from 'zustand';

// Whether the "?" overlay listing the shortcuts is open (the overlay and the toolbar's "?" share it).

interface ShortcutsState {
  open: boolean;
}

export const useShortcutsOverlay = create<ShortcutsState>(() => ({ open: false }));

export function setShortcutsOpen(open: boolean): void {
  useShortcutsOverlay.setState({ open });
}
