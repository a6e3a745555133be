import { useLocale } from '../i18n/useT.ts';
import { LESSONS } from '../../lessons/index.ts';
import { lessonKey, stepKey } from '../../lessons/textKeys.ts';
import { lessonTranslate } from './lessonText.ts';
import { usePlayer, usePlayerControls } from './player.ts';
import { QuestionBlock } from './QuestionBlock.tsx';
import { RichText } from '../lessonLauncher/RichText.tsx';

// The open lesson: which lesson and step, the step's text, its question, and the way on (back,
// next, try it yourself, close). Self-contained (it reads the player and its state from their
// stores), so presentation mode can show it large wherever it likes.

export function LessonPanel() {
  const locale = useLocale();
  const player = usePlayerControls((s) => s.player);
  const t = lessonTranslate(locale);
  const { lesson, resolved, index, phase, choice, answer, brokenStep } = usePlayer();
  if (!lesson || !player) return null;
  const steps = lesson.steps.length;
  const step = lesson.steps[index]!;
  const number = LESSONS.indexOf(lesson) + 1;
  const ready = resolved !== null && phase !== 'loading';
  const last = index === steps - 1;
  const waiting = phase === 'asking' || phase === 'playing';
  return (
    <section className="lesson" data-testid="lesson" data-lesson-id={lesson.id} data-step={ready ? index + 1 : ''} data-steps={steps} data-phase={phase} data-at-ms={ready ? resolved.stepMs[index] : ''} aria-label={t(lessonKey(lesson, 'title'))}>
      <header className="lesson-head">
        <span className="lesson-number">{t('player.number', { number })}</span>
        <span className="lesson-name">{t(lessonKey(lesson, 'title'))}</span>
        {ready && <span className="lesson-progress">{t('player.step', { step: index + 1, steps })}</span>}
        <button type="button" className="lesson-close" onClick={() => player.leave(false)} aria-label={t('player.close')} title={t('player.close')} data-testid="lesson-close">
          ✕
        </button>
      </header>
      {phase === 'loading' && <p className="lesson-hint">{t('player.loading')}</p>}
      {phase === 'broken' && <p className="lesson-hint" role="alert">{t('player.broken', { step: brokenStep })}</p>}
      {ready && phase !== 'broken' && (
        <div className="lesson-body">
          <h3 className="lesson-step-title">
            <RichText text={t(stepKey(lesson, step, 'title'))} />
          </h3>
          <p className="lesson-text">
            <RichText text={t(stepKey(lesson, step, 'body'))} />
          </p>
          {step.question && <QuestionBlock lesson={lesson} step={step} phase={phase} choice={choice} answer={answer} t={t} onChoose={(k) => player.choose(k)} />}
          {last && !waiting && (
            <p className="lesson-end">
              {t('player.end')}
              {lesson.link && (
                <>
                  {' '}
                  <a href={`${lesson.link}&lang=${locale}`} data-testid="lesson-compare-link">
                    {t('player.compare')}
                  </a>
                </>
              )}
            </p>
          )}
        </div>
      )}
      <footer className="lesson-nav">
        <button type="button" onClick={() => player.prev()} disabled={!ready || index === 0} data-testid="lesson-prev">
          ← {t('player.prev')}
        </button>
        <button type="button" className="primary" onClick={() => player.next()} disabled={!ready || last || waiting} data-testid="lesson-next">
          {t('player.next')} →
        </button>
        <span className="lesson-nav-gap" />
        <button type="button" onClick={() => player.leave(true)} disabled={!ready} title={t('player.tryHint')} data-testid="lesson-try">
          {t('player.try')}
        </button>
      </footer>
    </section>
  );
}
