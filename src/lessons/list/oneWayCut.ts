import { lessonScript } from '../script.ts';
import type { Lesson } from '../types.ts';

// Lesson 7: the leader's packets to follower 1 are cut, one way. Server 1 hears nothing and goes
// LOOKING; it keeps looking, because it never hears the leader itself say LEADING, while the
// leader, which still hears 1, and the rest go on serving.

export const oneWayCut: Lesson = {
  id: 'one-way-cut',
  script: lessonScript(
    { nodes: 5 },
    `at 3000 cut 5->1
at 11000 write /config/db "served-without-1"
at 31000 heal`,
  ),
  untilMs: 72_000,
  steps: [
    {
      id: 'cut',
      moment: { atMs: 3000 },
      focus: { servers: [1, 5], links: [[5, 1]] },
      question: {
        options: [
          { id: 'following', value: 'following' },
          { id: 'looking', value: 'looking' },
          { id: 'leading', value: 'leading' },
        ],
        reveal: { atMs: 12_000 },
        answer: { fact: 'role', server: 1 },
      },
    },
    { id: 'stuck', moment: { atMs: 25_000 }, focus: { servers: [1], messages: ['notification'] } },
    { id: 'heal', moment: { after: { kind: 'learner-synced', node: 1, fields: { side: 'learner' } } }, focus: { servers: [1, 5] } },
  ],
};
