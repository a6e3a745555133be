import { ELECTED, lessonScript } from '../script.ts';
import type { Lesson } from '../types.ts';

// Lesson 5: a GC-paused leader is replaced in a higher epoch; when it wakes, its followers are
// gone and the epoch fences it: it steps down and follows the new leader.

export const zombieLeader: Lesson = {
  id: 'zombie-leader',
  script: lessonScript(
    { nodes: 5 },
    `at 3000 write /config/db "primary=1"
at 5000 pause 5
at 15000 resume 5`,
  ),
  untilMs: 25_000,
  steps: [
    { id: 'pause', moment: { atMs: 5000 }, focus: { servers: [5] } },
    { id: 'replaced', moment: ELECTED, focus: { servers: [4, 5] } },
    {
      id: 'wake',
      moment: { atMs: 15_000 },
      focus: { servers: [5, 4] },
      question: {
        options: [
          { id: 'leading', value: 'leading' },
          { id: 'following', value: 'following' },
          { id: 'down', value: 'down' },
        ],
        reveal: { atMs: 20_000 },
        answer: { fact: 'role', server: 5 },
      },
    },
    { id: 'fenced', moment: { atMs: 21_000 }, focus: { servers: [4, 5] } },
  ],
};
