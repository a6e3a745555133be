import { lessonScript, SUSPECTED } from '../script.ts';
import type { Lesson } from '../types.ts';

// Lesson 13: tickTime × syncLimit is the detection time and the false-alarm threshold at once.
// A short one (500 ms × 2 = 1 s) notices a crash fast, and on a lossy network it also suspects a
// live leader, because TCP's retransmissions leave gaps longer than a second.

export const tuning: Lesson = {
  id: 'tuning',
  script: lessonScript(
    { nodes: 5, tickTimeMs: 500 },
    `at 3000 drop 30%
at 30000 heal all
at 34000 crash leader`,
  ),
  untilMs: 45_000,
  link: '?compare=tick-tuning',
  steps: [
    { id: 'short', moment: { atMs: 2000 }, focus: { messages: ['ping'] } },
    {
      id: 'lossy',
      moment: { atMs: 3000 },
      focus: {},
      question: {
        options: [
          { id: 'yes', minMs: 0, maxMs: 27_000 },
          { id: 'no', value: 'never' },
        ],
        reveal: SUSPECTED,
        answer: { fact: 'detect-delay' },
      },
    },
    {
      id: 'crash',
      moment: { atMs: 34_000 },
      focus: {},
      question: {
        options: [
          { id: 'fast', minMs: 0, maxMs: 2000 },
          { id: 'slow', minMs: 2000, maxMs: 11_000 },
        ],
        reveal: SUSPECTED,
        answer: { fact: 'detect-delay' },
      },
    },
    { id: 'trade-off', moment: { atMs: 40_000 }, focus: {} },
  ],
};
