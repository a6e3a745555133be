import { lessonScript, SUSPECTED } from '../script.ts';
import type { AnswerOption, Lesson } from '../types.ts';

// Lesson 2: three ways to die, three detection times: a crash and a pause are silence (a read
// timeout after syncLimit × tickTime), a kill resets the connections (noticed in one latency).

const HOW_SOON: readonly AnswerOption[] = [
  { id: 'instant', minMs: 0, maxMs: 500 },
  { id: 'timeout', minMs: 500, maxMs: 8000 },
  { id: 'never', value: 'never' },
];

export const crashKillPause: Lesson = {
  id: 'crash-kill-pause',
  script: lessonScript(
    { nodes: 5 },
    `at 5000 crash 5
at 12000 restart 5
at 15000 kill 4
at 20000 restart 4
at 25000 pause 5
at 35000 resume 5`,
  ),
  untilMs: 40_000,
  steps: [
    { id: 'crash', moment: { atMs: 5000 }, focus: { servers: [5] }, question: { options: HOW_SOON, reveal: SUSPECTED, answer: { fact: 'detect-delay' } } },
    { id: 'kill', moment: { atMs: 15_000 }, focus: { servers: [4] }, question: { options: HOW_SOON, reveal: SUSPECTED, answer: { fact: 'detect-delay' } } },
    { id: 'pause', moment: { atMs: 25_000 }, focus: { servers: [5] }, question: { options: HOW_SOON, reveal: SUSPECTED, answer: { fact: 'detect-delay' } } },
    { id: 'summary', moment: { atMs: 36_000 }, focus: { servers: [5], messages: ['ping'] } },
  ],
};
