import { lazy, Suspense, useState } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { useLauncher } from './launcherStore.ts';
import { guideSeen } from './guideMemory.ts';
import { opensSomethingElse } from './urlLesson.ts';

// The first-visit guide, on the very first visit only, and only once a leader is on screen: the
// guide names it, and so its chunk never counts in the first load.

const FirstVisitGuide = lazy(() => import('./FirstVisitGuide.tsx'));

export function GuideSlot() {
  const [eligible] = useState(() => typeof window !== 'undefined' && !guideSeen() && !opensSomethingElse(window.location.search, window.location.hash));
  const leaderId = useAppStore((s) => s.leader?.id ?? null);
  const lessonsUp = useLauncher((s) => s.pickerOpen || s.request !== null || s.active);
  if (!eligible || leaderId === null || lessonsUp) return null;
  return (
    <Suspense fallback={null}>
      <FirstVisitGuide leaderId={leaderId} />
    </Suspense>
  );
}
