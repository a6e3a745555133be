import { ELECTED, lessonScript } from '../script.ts';
import type { Lesson } from '../types.ts';

// Lesson 6: a partition leaves the leader on the minority side. The majority elects a new leader,
// the old one steps down within a tick of losing its quorum, and healing brings it back as a follower.

export const partition: Lesson = {
  id: 'partition',
  script: lessonScript(
    { nodes: 5 },
    `at 3000 write /config/db "primary=1"
at 5000 partition 1,2,3|4,5
at 16000 write /config/db "primary=2"
at 20000 heal`,
  ),
  untilMs: 32_000,
  steps: [
    {
      id: 'split',
      moment: { atMs: 5000 },
      focus: { servers: [4, 5] },
      question: {
        options: [
          { id: 'majority', value: '3' },
          { id: 'minority', value: '5' },
          { id: 'none', value: 'none' },
        ],
        reveal: ELECTED,
        answer: { fact: 'leader' },
      },
    },
    { id: 'minority', moment: { atMs: 15_000 }, focus: { servers: [4, 5] } },
    { id: 'heal', moment: { after: { kind: 'learner-synced', node: 5, fields: { side: 'learner' } } }, focus: { servers: [3, 5], messages: ['diff', 'trunc', 'snap'] } },
  ],
};
