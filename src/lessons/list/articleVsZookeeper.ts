import { lessonScript, SUSPECTED } from '../script.ts';
import type { Lesson } from '../types.ts';

// Lesson 12: the seed article's all-to-all detector on two jittery links (5 → 1, 2 → 3): n(n − 1)
// heartbeat streams where ZooKeeper has one ping stream per follower, and a live leader suspected,
// which sends a follower into an election. Compare mode runs both side by side.

export const articleVsZookeeper: Lesson = {
  id: 'article-vs-zookeeper',
  script: lessonScript(
    { nodes: 5, config: 'detector=all-to-all heartbeatMs=1000 timeoutMs=3000' },
    `at 5000 delay 5->1 1000 jitter 2800
at 5000 delay 2->3 1000 jitter 2800`,
  ),
  untilMs: 40_000,
  link: '?compare=article-vs-zookeeper',
  steps: [
    { id: 'streams', moment: { atMs: 4000 }, focus: { messages: ['heartbeat'] } },
    {
      id: 'slow',
      moment: { atMs: 5000 },
      focus: { links: [[5, 1], [2, 3]] },
      question: {
        options: [
          { id: 'yes', minMs: 0, maxMs: 35_000 },
          { id: 'no', value: 'never' },
        ],
        reveal: SUSPECTED,
        answer: { fact: 'detect-delay' },
      },
    },
    { id: 'election', moment: { atMs: 17_000 }, focus: { servers: [1, 5] } },
    { id: 'compare', moment: { atMs: 38_000 }, focus: {} },
  ],
};
