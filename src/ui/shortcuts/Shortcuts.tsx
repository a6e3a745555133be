import { useAppStoreApi } from '../../store/hooks.ts';
import { ShortcutsOverlay } from './ShortcutsOverlay.tsx';
import { useShortcuts } from './useShortcuts.ts';

// The page's keyboard: the shortcut handler, and the overlay that lists the shortcuts.

export function Shortcuts() {
  useShortcuts(useAppStoreApi());
  return <ShortcutsOverlay />;
}
