import { lazy, Suspense } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { shown } from '../../store/shown.ts';
import { withAreas } from '../i18n/localeStore.ts';

// The red strip of safety violations under the toolbar: the list and its words load the first time
// the monitor finds one (never, in ZooKeeper mode, if the core is right), so the first screen does
// not carry them. Until they arrive (a moment, once) the toolbar's badge already says how many.

const InvariantDetails = lazy(() => withAreas(['invariants'], () => import('./InvariantDetails.tsx')).then((m) => ({ default: m.InvariantDetails })));

export function InvariantStrip() {
  const broken = useAppStore((s) => (shown(s).snapshot?.invariants.violations.length ?? 0) > 0);
  if (!broken) return null;
  return (
    <Suspense fallback={null}>
      <InvariantDetails />
    </Suspense>
  );
}
