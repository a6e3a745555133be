import type { Lesson, LessonStep } from './types.ts';
import type { LessonTextKey } from './text/en.ts';

// The text keys a lesson uses, built from its ids. The keys are strings made at run time, so the
// type is asserted here once; lessonText.test.ts checks that every key made here exists.

type StepPart = 'title' | 'body' | 'question' | 'explain';

export const lessonKey = (lesson: Pick<Lesson, 'id'>, part: 'title' | 'summary'): LessonTextKey => `${lesson.id}.${part}` as LessonTextKey;
export const stepKey = (lesson: Pick<Lesson, 'id'>, step: Pick<LessonStep, 'id'>, part: StepPart): LessonTextKey => `${lesson.id}.${step.id}.${part}` as LessonTextKey;
export const optionKey = (lesson: Pick<Lesson, 'id'>, step: Pick<LessonStep, 'id'>, optionId: string): LessonTextKey => `${lesson.id}.${step.id}.option.${optionId}` as LessonTextKey;

/** Every key the lesson renders. */
export function keysOf(lesson: Lesson): LessonTextKey[] {
  const keys = [lessonKey(lesson, 'title'), lessonKey(lesson, 'summary')];
  for (const step of lesson.steps) {
    keys.push(stepKey(lesson, step, 'title'), stepKey(lesson, step, 'body'));
    if (!step.question) continue;
    keys.push(stepKey(lesson, step, 'question'), stepKey(lesson, step, 'explain'));
    for (const option of step.question.options) keys.push(optionKey(lesson, step, option.id));
  }
  return keys;
}
