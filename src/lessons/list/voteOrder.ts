import { ELECTED, lessonScript } from '../script.ts';
import type { Lesson } from '../types.ts';

// Lesson 3: votes are ordered by (epoch, zxid, sid): server 5, the highest sid, missed a write
// while it was down, so when 4 fails it loses to 3.

export const voteOrder: Lesson = {
  id: 'vote-order',
  script: lessonScript(
    { nodes: 5 },
    `at 3000 crash 5
at 9000 write /config/db "written-while-5-was-down"
at 15000 restart 5
at 15000 crash 4`,
  ),
  untilMs: 30_000,
  steps: [
    { id: 'first', moment: ELECTED, focus: { servers: [5], messages: ['notification'] } },
    { id: 'second', moment: ELECTED, focus: { servers: [4, 5] } },
    { id: 'write', moment: { after: { kind: 'proposal-committed' } }, focus: { servers: [1, 2, 3, 4], messages: ['proposal', 'ack', 'commit'] } },
    {
      id: 'race',
      moment: { atMs: 15_000 },
      focus: { servers: [5, 3], messages: ['notification'] },
      question: {
        options: [
          { id: 'five', value: '5' },
          { id: 'three', value: '3' },
          { id: 'one', value: '1' },
        ],
        reveal: ELECTED,
        answer: { fact: 'leader' },
      },
    },
    { id: 'catch-up', moment: { atMs: 20_000 }, focus: { servers: [3, 5], messages: ['snap'] } },
  ],
};
