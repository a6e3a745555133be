import { lessonScript } from '../script.ts';
import type { Lesson } from '../types.ts';

// Lesson 9: how a server that was away catches up, and what a zxid is made of. A follower that
// only missed writes gets a DIFF; an old leader with a write no quorum saw gets a TRUNC; one whose
// log diverged in an epoch the new leader has moved past gets a SNAP.

const syncTo = (learner: number) => ({ after: { kind: 'sync' as const, fields: { side: 'leader', learner } } });

export const recoverySync: Lesson = {
  id: 'recovery-sync',
  script: lessonScript(
    { nodes: 3 },
    `at 500 write /a "0"
at 1000 crash 1
at 2000 write /a "1"
at 2100 write /a "2"
at 3000 restart 1
at 5000 partition 1,2|3
at 5100 write /a "lost"
at 6000 crash 3
at 7000 heal
at 14000 restart 3
at 18000 partition 1,3|2
at 18100 write /b "lost-too"
at 19000 crash 2
at 20000 heal
at 28000 write /b "epoch 3"
at 30000 restart 2`,
  ),
  untilMs: 34_000,
  steps: [
    { id: 'zxid', moment: { after: { kind: 'proposal-committed' } }, focus: { servers: [1, 2, 3], messages: ['proposal', 'ack', 'commit'] } },
    { id: 'diff', moment: syncTo(1), focus: { servers: [1], messages: ['diff'] } },
    {
      id: 'trunc',
      moment: { atMs: 14_000 },
      focus: { servers: [3] },
      question: {
        options: [
          { id: 'diff', value: 'diff' },
          { id: 'trunc', value: 'trunc' },
          { id: 'snap', value: 'snap' },
        ],
        reveal: syncTo(3),
        answer: { fact: 'sync-mode', learner: 3 },
      },
    },
    { id: 'snap', moment: syncTo(2), focus: { servers: [2], messages: ['snap'] } },
  ],
};
