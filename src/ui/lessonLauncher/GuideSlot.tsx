import { lazy, Suspense, useState } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { useLauncher } from './launcherStore.ts';
import { guideSeen } from './guideMemory.ts';
import { opensSomethingElse } from './urlLesson.ts';
import { withAreas } from '../i18n/localeStore.ts';
import { useFirstLeaderDrawn } from '../panels/firstLeaderDrawn.ts';

// The first-visit guide, on the very first visit only, and only once a leader is on screen: the
// guide names it. Its chunk is asked for after the frame that drew the leader (the readout's latch,
// set in an effect), so it never counts in the first load.

const FirstVisitGuide = lazy(() => withAreas(['guide'], () => import('./FirstVisitGuide.tsx')));

export function GuideSlot() {
  const [eligible] = useState(() => typeof window !== 'undefined' && !guideSeen() && !opensSomethingElse(window.location.search, window.location.hash));
  const leaderId = useAppStore((s) => s.leader?.id ?? null);
  const lessonsUp = useLauncher((s) => s.pickerOpen || s.request !== null || s.active);
  const leaderDrawn = useFirstLeaderDrawn((s) => s.drawn);
  if (!eligible || !leaderDrawn || leaderId === null || lessonsUp) return null;
  return (
    <Suspense fallback={null}>
      <FirstVisitGuide leaderId={leaderId} />
    </Suspense>
  );
}
