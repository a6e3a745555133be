import { lessonScript } from '../script.ts';
import type { Lesson } from '../types.ts';

// Lesson 10: a write commits once a quorum of voters has logged it, not all of them. Server 1's
// link from the leader is slow (3 s, under the 4 s read timeout), so 1 follows on, behind: a
// client reading from 1 gets the old value. ZooKeeper's answer is sync() before the read.

export const writeQuorum: Lesson = {
  id: 'write-quorum-stale-read',
  script: lessonScript(
    { nodes: 5 },
    `at 1000 write /config/db "v1"
at 2000 connect c1 to 1 timeout=20000
at 4000 delay 5->1 3000
at 8000 write /config/db "v2"
at 8500 get c1 /config/db
at 14000 get c1 /config/db`,
  ),
  untilMs: 18_000,
  steps: [
    { id: 'slow', moment: { atMs: 4000 }, focus: { servers: [1, 5], links: [[5, 1]] } },
    { id: 'commit', moment: { after: { kind: 'proposal-committed', node: 5 } }, focus: { servers: [5, 2, 3, 4], messages: ['proposal', 'ack', 'commit'] } },
    {
      id: 'read',
      moment: { atMs: 8400 },
      focus: { servers: [1] },
      question: {
        options: [
          { id: 'new', value: 'v2' },
          { id: 'old', value: 'v1' },
          { id: 'error', value: 'failed' },
        ],
        reveal: { after: { kind: 'client-result', fields: { client: 'c1' } } },
        answer: { fact: 'read', client: 'c1' },
      },
    },
    { id: 'sync', moment: { after: { kind: 'client-result', fields: { client: 'c1' } } }, focus: { servers: [1] } },
  ],
};
