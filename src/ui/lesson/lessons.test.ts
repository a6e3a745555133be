import { describe, expect, it } from 'vitest';
import { ManualFrameClock, defaultSpecInput, makeSpec } from '../../driver/index.ts';
import { SimDriver } from '../../driver/simDriver.ts';
import { connectDriver, createAppStore } from '../../store/index.ts';
import { LESSONS, answerOf, resolveLesson, type Lesson, type ResolvedLesson } from '../../lessons/index.ts';
import { factsOf } from './facts.ts';
import { recordLessonRun } from './lessonRun.ts';

// Every lesson on the page's own machinery: the moments are found on a headless run, the page's
// store is replayed to each question and reveal, and the correct option is computed from that
// store, as the player does. The table says what each question must come out as: what the
// lesson teaches has to be what the simulator does.

const EXPECTED: Record<string, string> = {
  'heartbeat-timeout/crash': 'timeout',
  'crash-kill-pause/crash': 'timeout',
  'crash-kill-pause/kill': 'instant',
  'crash-kill-pause/pause': 'timeout',
  'vote-order/race': 'three',
  'majority-quorum/two-down': 'no',
  'zombie-leader/wake': 'following',
  'partition/split': 'majority',
  'one-way-cut/cut': 'looking',
  'blip/blip': 'no',
  'recovery-sync/trunc': 'trunc',
  'write-quorum-stale-read/read': 'old',
  'sessions-ephemeral/vanish': 'goes',
  'sessions-ephemeral/crash': 'stays',
  'article-vs-zookeeper/slow': 'yes',
  'tuning/lossy': 'yes',
  'tuning/crash': 'fast',
  'observers/voters-down': 'none',
};

function pageStore() {
  const clock = new ManualFrameClock();
  const driver = new SimDriver({ clock });
  const store = createAppStore(driver, { driverKind: 'simulated', spec: makeSpec(defaultSpecInput(5, 1)) });
  connectDriver(store, driver, clock);
  const standAt = (lesson: Lesson, ms: number) => {
    expect(store.getState().runScript(lesson.script, { atMs: ms }).ok).toBe(true);
    clock.frame();
    clock.frame();
    expect(store.getState().snapshot?.timeMs).toBe(ms);
  };
  return { store, standAt };
}

async function resolved(lesson: Lesson): Promise<ResolvedLesson> {
  const records = await recordLessonRun(lesson.script, lesson.untilMs);
  expect(records).not.toBeNull();
  const resolution = resolveLesson(lesson, records!);
  if (!resolution.ok) throw new Error(`${lesson.id}: step ${resolution.step}'s ${resolution.what} is never reached`);
  return resolution.resolved;
}

describe('the lessons', () => {
  it('are 14, with 3 to 7 steps each, and at least 6 ask a question', () => {
    expect(LESSONS).toHaveLength(14);
    for (const lesson of LESSONS) expect(lesson.steps.length, lesson.id).toBeGreaterThanOrEqual(3);
    for (const lesson of LESSONS) expect(lesson.steps.length, lesson.id).toBeLessThanOrEqual(7);
    expect(LESSONS.filter((l) => l.steps.some((s) => s.question)).length).toBeGreaterThanOrEqual(6);
  });

  for (const lesson of LESSONS) {
    it(`${lesson.id}: every moment is reached in order, and every answer comes out as taught`, async () => {
      const { lesson: l, stepMs, revealMs } = await resolved(lesson);
      const { store, standAt } = pageStore();
      expect(Math.max(...stepMs, ...revealMs.map((r) => r ?? 0))).toBeLessThanOrEqual(l.untilMs);
      for (const [index, step] of l.steps.entries()) {
        const question = step.question;
        const reveal = revealMs[index];
        if (!question || reveal === null || reveal === undefined) continue;
        const askedMs = stepMs[index]!;
        standAt(l, askedMs);
        standAt(l, reveal);
        const answer = answerOf(question, factsOf(store.getState(), askedMs));
        const key = `${l.id}/${step.id}`;
        expect(answer.correct, `${key}: ${answer.value}`).not.toBeNull();
        expect(question.options[answer.correct!]!.id, `${key}: ${answer.value} at ${reveal} (asked at ${askedMs})`).toBe(EXPECTED[key]);
      }
    });
  }
});
