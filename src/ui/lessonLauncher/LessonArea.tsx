import { lazy, Suspense, useEffect } from 'react';
import { registerLessonPicker } from '../lessonSlot.ts';
import { LessonNotice } from './LessonNotice.tsx';
import { openPicker, useLauncher } from './launcherStore.ts';
import { openLessonFromUrl } from './urlLesson.ts';

// What the lesson slot (src/ui/present/LessonSlot.tsx, at the top of the side panel, beside the
// topology and covering none of it; in presentation mode beside the story) holds: the picker or the
// open lesson, both from the player's chunk, loaded the first time they are wanted; and the notice
// about a bad ?lesson=. The "l" shortcut opens and closes the picker.

const LessonHost = lazy(() => import('../lesson/LessonHost.tsx'));

export function LessonArea() {
  const wanted = useLauncher((s) => s.pickerOpen || s.request !== null || s.active);
  useEffect(() => openLessonFromUrl(window.location.search), []);
  useEffect(() => registerLessonPicker(() => openPicker(!useLauncher.getState().pickerOpen)), []);
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
