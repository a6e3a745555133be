import { useEffect, useRef } from 'react';
import type { Answer, AnswerOption, Lesson, LessonStep } from '../../lessons/index.ts';
import { optionKey, stepKey } from '../../lessons/textKeys.ts';
import type { Phase } from './player.ts';
import type { LessonTranslate } from './lessonText.ts';
import { RichText } from '../lessonLauncher/RichText.tsx';

// A predict-then-reveal question: the options (`answer-<k>`, k the 0-based index; `data-value`
// the fact value or delay range it stands for), then, once the run has played on to the answer,
// the reveal (`data-correct` = k of the option the run's data picked).

interface Props {
  lesson: Lesson;
  step: LessonStep;
  phase: Phase;
  choice: number | null;
  answer: Answer | null;
  t: LessonTranslate;
  onChoose(k: number): void;
}

const valueOf = (option: AnswerOption): string => ('value' in option ? option.value : `${option.minMs}-${option.maxMs}`);

export function QuestionBlock({ lesson, step, phase, choice, answer, t, onChoose }: Props) {
  const question = step.question!;
  const revealed = phase === 'revealed' && answer !== null;
  const optionText = (k: number) => t(optionKey(lesson, step, question.options[k]!.id));
  const revealRef = useRef<HTMLDivElement>(null);
  // The answer is what the class waits for: bring it into view in the panel's scrolling text.
  useEffect(() => {
    if (revealed) revealRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [revealed]);
  return (
    <div className="lesson-question" data-testid="question" data-phase={phase}>
      <p className="lesson-question-text">
        <RichText text={t(stepKey(lesson, step, 'question'))} />
      </p>
      <div className="lesson-options" role="group">
        {question.options.map((option, k) => {
          const mark = revealed ? (k === answer.correct ? ' is-correct' : k === choice ? ' is-wrong' : '') : k === choice ? ' is-chosen' : '';
          return (
            <button key={option.id} type="button" className={`lesson-option${mark}`} data-testid={`answer-${k}`} data-value={valueOf(option)} aria-pressed={k === choice} disabled={phase !== 'asking'} onClick={() => onChoose(k)}>
              <RichText text={optionText(k)} />
            </button>
          );
        })}
      </div>
      {phase === 'asking' && <p className="lesson-hint">{t('player.pick')}</p>}
      {phase === 'playing' && <p className="lesson-hint" role="status">{t('player.playing')}</p>}
      {revealed && (
        <div ref={revealRef} className="lesson-reveal" data-testid="reveal" data-correct={answer.correct ?? ''} data-value={answer.value} data-chosen={choice ?? ''}>
          <p className="lesson-verdict">
            {answer.correct === null ? t('player.unknownAnswer') : answer.correct === choice ? t('player.right') : t('player.wrong', { answer: optionText(answer.correct) })}
          </p>
          <p>
            <RichText text={t(stepKey(lesson, step, 'explain'), { ms: Number(answer.value) || 0, value: answer.value })} />
          </p>
        </div>
      )}
    </div>
  );
}
