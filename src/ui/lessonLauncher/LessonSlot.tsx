import { lazy, Suspense, useEffect } from 'react';
import { LessonNotice } from './LessonNotice.tsx';
import { useLauncher } from './launcherStore.ts';
import { openLessonFromUrl } from './urlLesson.ts';

// Where the lessons appear, at the top of the side panel (beside the topology, covering none of
// it): the picker or the open lesson, both from the player's chunk, loaded the first time they are
// wanted; and the notice about a bad ?lesson=.

const LessonHost = lazy(() => import('../lesson/LessonHost.tsx'));

export function LessonSlot() {
  const wanted = useLauncher((s) => s.pickerOpen || s.request !== null || s.active);
  useEffect(() => openLessonFromUrl(window.location.search), []);
  return (
    <>
      <LessonNotice />
      {wanted && (
        <Suspense fallback={null}>
          <LessonHost />
        </Suspense>
      )}
    </>
  );
}
