import { lazy, Suspense } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { withAreas } from '../i18n/localeStore.ts';

// The space-time diagram's place under the topology: nothing while it is closed, so a closed
// diagram costs no redraws at all. Its code (with d3-zoom) and words load on first open, outside
// the first load's JavaScript budget.

const SpacetimePanel = lazy(() => withAreas(['spacetime'], () => import('./SpacetimePanel.tsx')).then((m) => ({ default: m.SpacetimePanel })));

export function SpacetimePane() {
  const open = useAppStore((s) => s.spacetimeOpen);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <SpacetimePanel />
    </Suspense>
  );
}
