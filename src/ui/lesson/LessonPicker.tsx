import { useLocale } from '../i18n/useT.ts';
import { useAppStore } from '../../store/hooks.ts';
import { LESSONS } from '../../lessons/index.ts';
import { lessonKey } from '../../lessons/textKeys.ts';
import { openPicker, requestLesson } from '../lessonLauncher/launcherStore.ts';
import { lessonTranslate } from './lessonText.ts';
import type { LessonId } from '../../lessons/ids.ts';

// The list of lessons: number, title and one line each; a click opens the lesson at its first step.
// Lessons run on the simulator: a page running the live driver opens the lesson's link instead.

/** ?lesson=<id>, keeping the page's language and speed parameters. */
function lessonHref(id: string): string {
  const here = new URLSearchParams(window.location.search);
  const next = new URLSearchParams({ lesson: id });
  for (const keep of ['lang', 'speed']) {
    const value = here.get(keep);
    if (value !== null) next.set(keep, value);
  }
  return `?${next.toString()}`;
}

export function LessonPicker() {
  const t = lessonTranslate(useLocale());
  const simulated = useAppStore((s) => s.driverKind === 'simulated');
  const open = (id: LessonId) => {
    if (simulated) requestLesson({ id, step: 1, stepText: '1', fromUrl: false });
    else window.location.assign(lessonHref(id));
  };
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
            <button type="button" className="lesson-item" data-testid="lesson-item" data-lesson-id={lesson.id} onClick={() => open(lesson.id as LessonId)}>
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
