import { useCallback } from 'react';
import { setLessonSlotElement } from '../lessonSlot.ts';

// The place above the side panel where the lesson player shows the current lesson (it portals
// into this element, kept in lessonSlot.ts); empty, and then taking no room, without a lesson.

export function LessonSlot() {
  const ref = useCallback((element: HTMLDivElement | null) => setLessonSlotElement(element), []);
  return <div ref={ref} id="lesson-slot" className="lesson-slot" data-testid="lesson-slot" />;
}
