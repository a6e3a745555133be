import { lazy, Suspense, useState } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { useT } from '../i18n/useT.ts';
import { withAreas } from '../i18n/localeStore.ts';

// "Pause on": the summary, with how many are on, is on the first screen; the items load with their
// words the first time the menu opens, and are drawn only while it is open. Until they arrive (a
// moment, once) the open menu draws nothing rather than blank items.

const PauseOnItems = lazy(() => withAreas(['pauseOn'], () => import('./PauseOnItems.tsx')).then((m) => ({ default: m.PauseOnItems })));

export function PauseOnMenu() {
  const active = useAppStore((s) => s.autoPause.length + (s.slowMotion ? 1 : 0));
  const [open, setOpen] = useState(false);
  const t = useT();
  return (
    <details className="pause-on" data-testid="pause-on" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary title={t('pauseOn.title')}>
        {active > 0 ? t('pauseOn.summaryCount', { count: active }) : t('pauseOn.summary')} ▾
      </summary>
      {open && (
        <Suspense fallback={null}>
          <PauseOnItems />
        </Suspense>
      )}
    </details>
  );
}
