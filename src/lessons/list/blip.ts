import { ELECTED, lessonScript } from '../script.ts';
import type { Lesson } from '../types.ts';

// Lesson 8: the leader is cut off for 1.5 s, less than syncLimit × tickTime (4 s). TCP holds the
// packets and delivers them, in order, on the heal: no read times out and nobody changes role.

export const blip: Lesson = {
  id: 'blip',
  script: lessonScript(
    { nodes: 5 },
    `at 5000 partition 1,2,3,4|5
at 6500 heal`,
  ),
  untilMs: 14_000,
  steps: [
    { id: 'steady', moment: ELECTED, focus: { servers: [5], messages: ['ping'] } },
    {
      id: 'blip',
      moment: { atMs: 5000 },
      focus: { servers: [5] },
      question: {
        options: [
          { id: 'yes', value: 'yes' },
          { id: 'no', value: 'no' },
        ],
        reveal: { atMs: 11_000 },
        answer: { fact: 'elected' },
      },
    },
    { id: 'held', moment: { atMs: 12_000 }, focus: { servers: [5], messages: ['ping'] } },
  ],
};
