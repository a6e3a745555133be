import { lessonScript, SUSPECTED } from '../script.ts';
import type { Lesson } from '../types.ts';

// Lesson 12: the seed article's all-to-all detector on a slow, lossy network: n(n − 1) heartbeat
// streams where ZooKeeper has one ping stream per follower, and suspicions of servers that are
// alive. Compare mode runs both side by side.

export const articleVsZookeeper: Lesson = {
  id: 'article-vs-zookeeper',
  script: lessonScript(
    { nodes: 5, config: 'detector=all-to-all heartbeatMs=1000 timeoutMs=3000' },
    `at 5000 delay 1500 jitter 1500
at 5000 drop 20%`,
  ),
  untilMs: 40_000,
  link: '?compare=article-vs-zookeeper',
  steps: [
    { id: 'streams', moment: { atMs: 4000 }, focus: { messages: ['heartbeat'] } },
    {
      id: 'slow',
      moment: { atMs: 5000 },
      focus: {},
      question: {
        options: [
          { id: 'yes', minMs: 0, maxMs: 35_000 },
          { id: 'no', value: 'never' },
        ],
        reveal: SUSPECTED,
        answer: { fact: 'detect-delay' },
      },
    },
    { id: 'election', moment: { after: { kind: 'state-change', fields: { change: 'looking' } } }, focus: {} },
    { id: 'compare', moment: { atMs: 38_000 }, focus: {} },
  ],
};
