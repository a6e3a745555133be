import { lazy, Suspense, useState } from 'react';
import { useAppStoreApi } from '../../store/hooks.ts';
import { withAreas } from '../i18n/localeStore.ts';
import { useShortcutsOverlay } from './shortcutsStore.ts';
import { useShortcuts } from './useShortcuts.ts';

// The page's keyboard: the shortcut handler from the start, and the overlay that lists the
// shortcuts, loaded with its words the first time it is asked for (nothing of it in the first load)
// and then kept.

const ShortcutsOverlay = lazy(() => withAreas(['shortcuts'], () => import('./ShortcutsOverlay.tsx')).then((m) => ({ default: m.ShortcutsOverlay })));

export function Shortcuts() {
  useShortcuts(useAppStoreApi());
  const open = useShortcutsOverlay((s) => s.open);
  const [wanted, setWanted] = useState(false);
  // Derived during render (React's "state from previous renders" pattern): no extra effect pass.
  if (open && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <ShortcutsOverlay />
    </Suspense>
  );
}
