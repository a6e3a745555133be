import { ELECTED, lessonScript } from '../script.ts';
import type { Lesson } from '../types.ts';

// Lesson 14: observers (4 and 5) learn every write and serve reads, but neither vote nor count
// towards a quorum: with two of the three voters down there is no leader, whatever the observers do.

export const observers: Lesson = {
  id: 'observers',
  script: lessonScript(
    { nodes: 3, observers: '4,5' },
    `at 2000 write /config/db "primary=1"
at 3000 connect c1 to 4 timeout=10000
at 4000 get c1 /config/db
at 6000 crash 1
at 6000 crash 2`,
  ),
  untilMs: 20_000,
  steps: [
    { id: 'roles', moment: ELECTED, focus: { servers: [4, 5] } },
    { id: 'read', moment: { after: { kind: 'client-result', fields: { client: 'c1' } } }, focus: { servers: [4] } },
    {
      id: 'voters-down',
      moment: { atMs: 6000 },
      focus: { servers: [1, 2] },
      question: {
        options: [
          { id: 'keeps', value: '3' },
          { id: 'none', value: 'none' },
        ],
        reveal: { atMs: 16_000 },
        answer: { fact: 'leader' },
      },
    },
  ],
};
