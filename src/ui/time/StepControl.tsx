import { lazy, Suspense } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { withAreas } from '../i18n/localeStore.ts';

// Step, for a driver that can (the simulator): the buttons load with their words when such a driver
// runs, so the default page (the live workers keep their own clocks, and cannot step) never fetches
// them. Until they arrive (a moment, once) nothing is drawn in their place.

const StepButtons = lazy(() => withAreas(['step'], () => import('./StepButtons.tsx')).then((m) => ({ default: m.StepButtons })));

export function StepControl() {
  const canStep = useAppStore((s) => s.capabilities.step);
  if (!canStep) return null;
  return (
    <Suspense fallback={null}>
      <StepButtons />
    </Suspense>
  );
}
