import { articleVsZookeeper } from './list/articleVsZookeeper.ts';
import { blip } from './list/blip.ts';
import { crashKillPause } from './list/crashKillPause.ts';
import { heartbeatTimeout } from './list/heartbeatTimeout.ts';
import { majorityQuorum } from './list/majorityQuorum.ts';
import { observers } from './list/observers.ts';
import { oneWayCut } from './list/oneWayCut.ts';
import { partition } from './list/partition.ts';
import { recoverySync } from './list/recoverySync.ts';
import { sessionsEphemeral } from './list/sessionsEphemeral.ts';
import { tuning } from './list/tuning.ts';
import { voteOrder } from './list/voteOrder.ts';
import { writeQuorum } from './list/writeQuorum.ts';
import { zombieLeader } from './list/zombieLeader.ts';
import type { Lesson } from './types.ts';

// The lessons, in the order a class takes them (issue 10). Their ids are in ids.ts, which the page's
// first load can read without this chunk.

export const LESSONS: readonly Lesson[] = [
  heartbeatTimeout,
  crashKillPause,
  voteOrder,
  majorityQuorum,
  zombieLeader,
  partition,
  oneWayCut,
  blip,
  recoverySync,
  writeQuorum,
  sessionsEphemeral,
  articleVsZookeeper,
  tuning,
  observers,
];

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

export * from './types.ts';
export { resolveLesson, matches, momentMs, type Resolution } from './moments.ts';
export { answerOf, type Answer, type RunFacts, type ServerState } from './answers.ts';
