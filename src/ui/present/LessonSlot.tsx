import { useCallback } from 'react';
import { LessonArea } from '../lessonLauncher/LessonArea.tsx';
import { setLessonSlotElement } from '../lessonSlot.ts';

// The place above the side panel where the lessons show (the picker, the current lesson, a notice
// about a bad ?lesson=); empty, and then taking no room, without a lesson. Its element is kept in
// lessonSlot.ts for anything that must portal beside the lesson.

export function LessonSlot() {
  const ref = useCallback((element: HTMLDivElement | null) => setLessonSlotElement(element), []);
  return (
    <div ref={ref} id="lesson-slot" className="lesson-slot" data-testid="lesson-slot">
      <LessonArea />
    </div>
  );
}
