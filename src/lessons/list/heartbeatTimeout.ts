import { lessonScript } from '../script.ts';
import type { Lesson } from '../types.ts';

// Lesson 1: the seed article's formula, now − lastHeartbeat > timeout, on one pair (1 → 2).

export const heartbeatTimeout: Lesson = {
  id: 'heartbeat-timeout',
  script: lessonScript({ nodes: 3, config: 'detector=all-to-all heartbeatMs=1000 timeoutMs=3000' }, 'at 6000 crash 1'),
  untilMs: 14_000,
  steps: [
    { id: 'pair', moment: { atMs: 5000 }, focus: { servers: [1, 2], links: [[1, 2]], messages: ['heartbeat'] } },
    {
      id: 'crash',
      moment: { atMs: 6000 },
      focus: { servers: [1, 2], links: [[1, 2]] },
      question: {
        options: [
          { id: 'instant', minMs: 0, maxMs: 500 },
          { id: 'timeout', minMs: 500, maxMs: 4500 },
          { id: 'never', value: 'never' },
        ],
        reveal: { after: { kind: 'peer-suspected', node: 2, fields: { peer: 1 } } },
        answer: { fact: 'detect-delay' },
      },
    },
    { id: 'formula', moment: { atMs: 10_000 }, focus: { servers: [2, 3], links: [[1, 2], [1, 3]] } },
    { id: 'limits', moment: { atMs: 12_000 }, focus: { messages: ['heartbeat'] } },
  ],
};
