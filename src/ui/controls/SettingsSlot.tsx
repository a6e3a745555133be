import { lazy, Suspense, useRef } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { withAreas } from '../i18n/localeStore.ts';

// The settings dialog's place: its code and words load the first time it is opened (the first
// picture does not need them), and it stays mounted after, so reopening it is instant.

const SettingsDialog = lazy(() => withAreas(['settings'], () => import('./SettingsDialog.tsx')).then((m) => ({ default: m.SettingsDialog })));

export function SettingsSlot() {
  const open = useAppStore((s) => s.settingsOpen);
  const opened = useRef(false);
  if (open) opened.current = true;
  if (!opened.current) return null;
  return (
    <Suspense fallback={null}>
      <SettingsDialog />
    </Suspense>
  );
}
