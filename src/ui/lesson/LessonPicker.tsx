import { useLocale } from '../i18n/useT.ts';
import { LESSONS } from '../../lessons/index.ts';
import { lessonKey } from '../../lessons/textKeys.ts';
import { openPicker, requestLesson } from '../lessonLauncher/launcherStore.ts';
import { lessonTranslate } from './lessonText.ts';
import type { LessonId } from '../../lessons/ids.ts';

// The list of lessons: number, title and one line each; a click opens the lesson at its first step.

export function LessonPicker() {
  const t = lessonTranslate(useLocale());
  return (
    <section className="lesson-picker" aria-label={t('player.pickerTitle')}>
      <header className="lesson-head">
        <span className="lesson-name">{t('player.pickerTitle')}</span>
        <button type="button" className="lesson-close" onClick={() => openPicker(false)} aria-label={t('player.pickerClose')} title={t('player.pickerClose')}>
          ✕
        </button>
      </header>
      <p className="lesson-hint">{t('player.pickerIntro')}</p>
      <ol className="lesson-list" data-testid="lesson-list">
        {LESSONS.map((lesson, i) => (
          <li key={lesson.id}>
            <button type="button" className="lesson-item" data-testid="lesson-item" data-lesson-id={lesson.id} onClick={() => requestLesson({ id: lesson.id as LessonId, step: 1, stepText: '1', fromUrl: false })}>
              <span className="lesson-item-number">{i + 1}</span>
              <span className="lesson-item-title">{t(lessonKey(lesson, 'title'))}</span>
              <span className="lesson-item-summary">{t(lessonKey(lesson, 'summary'))}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
