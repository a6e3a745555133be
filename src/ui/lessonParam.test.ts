import { describe, expect, it } from 'vitest';
import { opensSomethingElse } from './lessonLauncher/urlLesson.ts';
import { parseLessonParam, parseUrlParams } from './urlParams.ts';

describe('?lesson= and &step=', () => {
  it('opens a known lesson at step 1 or the step given, on the simulator', () => {
    expect(parseLessonParam('')).toBeUndefined();
    expect(parseLessonParam('?lesson=vote-order')).toEqual({ ok: true, id: 'vote-order', step: 1 });
    expect(parseLessonParam('?lesson=blip&step=3')).toEqual({ ok: true, id: 'blip', step: 3 });
    expect(parseUrlParams('?lesson=blip', { liveAvailable: true, seed: 1 }).driver).toBe('simulated');
  });

  it('names what is wrong with a bad one, for the launcher to say in the page language', () => {
    expect(parseLessonParam('?lesson=nope')).toEqual({ ok: false, problem: 'unknown-lesson', id: 'nope' });
    expect(parseLessonParam('?lesson=blip&step=0')).toEqual({ ok: false, problem: 'bad-step', id: 'blip', step: '0' });
    expect(parseLessonParam('?lesson=blip&step=two')).toEqual({ ok: false, problem: 'bad-step', id: 'blip', step: 'two' });
    expect(parseLessonParam('?step=2')).toEqual({ ok: false, problem: 'step-without-lesson' });
    expect(parseUrlParams('?lesson=nope', { liveAvailable: true, seed: 1 }).driver).toBe('live');
  });

  it('keeps the first-visit guide away from a page that opens a lesson, a script, compare mode or ?at=', () => {
    expect(opensSomethingElse('', '')).toBe(false);
    expect(opensSomethingElse('?nodes=7', '')).toBe(false);
    for (const search of ['?lesson=blip', '?script=abc', '?compare=crash-vs-kill', '?at=5000']) expect(opensSomethingElse(search, '')).toBe(true);
    expect(opensSomethingElse('', '#script=abc')).toBe(true);
  });
});
