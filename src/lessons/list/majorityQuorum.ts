import { ELECTED, lessonScript } from '../script.ts';
import type { Lesson } from '../types.ts';

// Lesson 4: a quorum is more than half the voters. The article's ⌈n/2⌉ calls 2 of 4 enough;
// ZooKeeper needs 3 of 4, so 4 servers survive one failure, like 3.

export const majorityQuorum: Lesson = {
  id: 'majority-quorum',
  script: lessonScript(
    { nodes: 4 },
    `at 3000 crash 4
at 12000 crash 3
at 30000 restart 4`,
  ),
  untilMs: 40_000,
  steps: [
    { id: 'four', moment: ELECTED, focus: { servers: [1, 2, 3, 4] } },
    { id: 'one-down', moment: ELECTED, focus: { servers: [1, 2, 3] } },
    {
      id: 'two-down',
      moment: { atMs: 12_000 },
      focus: { servers: [1, 2] },
      question: {
        options: [
          { id: 'yes', value: 'yes' },
          { id: 'no', value: 'no' },
        ],
        reveal: { atMs: 28_000 },
        answer: { fact: 'elected' },
      },
    },
    { id: 'back', moment: ELECTED, focus: { servers: [2, 1, 4] } },
  ],
};
