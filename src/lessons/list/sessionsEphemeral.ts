import { lessonScript } from '../script.ts';
import type { Lesson } from '../types.ts';

// Lesson 11: an ephemeral znode lives as long as its session. A client that vanishes lets its
// session expire (the leader expires it, and the delete is a transaction); a client whose server
// crashes fails over to another one within its session timeout, and its znode stays.

export const sessionsEphemeral: Lesson = {
  id: 'sessions-ephemeral',
  script: lessonScript(
    { nodes: 5 },
    `at 2000 write /workers ""
at 3000 connect c1 to 1 timeout=6000
at 3000 connect c2 to 2 timeout=10000
at 4000 create c1 /workers/w1 "up" ephemeral
at 4000 create c2 /workers/w2 "up" ephemeral
at 8000 disconnect c1
at 20000 crash 2`,
  ),
  untilMs: 36_000,
  steps: [
    { id: 'two', moment: { atMs: 6000 }, focus: { servers: [1, 2] } },
    {
      id: 'vanish',
      moment: { atMs: 8000 },
      focus: { servers: [1] },
      question: {
        options: [
          { id: 'stays', value: 'present' },
          { id: 'goes', value: 'absent' },
        ],
        reveal: { after: { kind: 'session-expired' } },
        answer: { fact: 'znode', path: '/workers/w1', server: 5 },
      },
    },
    {
      id: 'crash',
      moment: { atMs: 20_000 },
      focus: { servers: [2] },
      question: {
        options: [
          { id: 'stays', value: 'present' },
          { id: 'goes', value: 'absent' },
        ],
        reveal: { atMs: 34_000 },
        answer: { fact: 'znode', path: '/workers/w2', server: 5 },
      },
    },
  ],
};
