import { describe, expect, it } from 'vitest';
import { ManualFrameClock, defaultSpecInput, makeSpec } from '../../driver/index.ts';
import { SimDriver } from '../../driver/simDriver.ts';
import { connectDriver, createAppStore } from '../../store/index.ts';
import { useHighlight } from '../highlight.ts';
import { useLauncher } from '../lessonLauncher/launcherStore.ts';
import { LessonPlayer, usePlayer } from './player.ts';

// The player on a headless page store: a step stands at its moment, paused; a question's pick
// lets the run play on (frame by frame here) and stands exactly at the reveal, whose answer is
// read from the store; a step the lesson lacks opens nothing.

function page() {
  const clock = new ManualFrameClock();
  const driver = new SimDriver({ clock });
  const store = createAppStore(driver, { driverKind: 'simulated', spec: makeSpec(defaultSpecInput(5, 1)), speed: 10 });
  connectDriver(store, driver, clock);
  store.getState().reset();
  clock.frame();
  const frames = (n: number) => {
    for (let i = 0; i < n; i++) clock.frame(100);
  };
  return { store, frames, player: new LessonPlayer(store) };
}

describe('the lesson player', () => {
  it('asks, plays on to the reveal, and computes the answer from the store', async () => {
    const { store, frames, player } = page();
    await player.open({ id: 'vote-order', step: 4, stepText: '4', fromUrl: true });
    frames(2);
    const { resolved } = usePlayer.getState();
    expect(usePlayer.getState()).toMatchObject({ index: 3, phase: 'asking' });
    expect(store.getState().snapshot?.timeMs).toBe(resolved!.stepMs[3]);
    expect(store.getState().pausedAll).toBe(true);
    expect(useHighlight.getState().servers).toEqual([5, 3]);
    player.next(); // no skipping a question
    expect(usePlayer.getState().index).toBe(3);

    player.choose(0);
    expect(usePlayer.getState().phase).toBe('playing');
    frames(60);
    const state = usePlayer.getState();
    expect(state.phase).toBe('revealed');
    expect(store.getState().snapshot?.timeMs).toBe(resolved!.revealMs[3]);
    expect(state.answer).toMatchObject({ correct: 1, value: '3' });
    expect(store.getState().leader?.id).toBe(3);
    expect(useHighlight.getState().servers).toEqual([3]);

    player.next();
    frames(2);
    expect(usePlayer.getState()).toMatchObject({ index: 4, phase: 'step' });
    player.leave(false);
    expect(useLauncher.getState().active).toBe(false);
    expect(useHighlight.getState().servers).toEqual([]);
  });

  it('refuses a step the lesson lacks with a notice, and changes nothing', async () => {
    const { store, player } = page();
    const runId = store.getState().runId;
    await player.open({ id: 'blip', step: 9, stepText: '9', fromUrl: true });
    expect(useLauncher.getState().notice).toEqual({ kind: 'bad-step', step: '9', steps: 3 });
    expect(useLauncher.getState().active).toBe(false);
    expect(store.getState().runId).toBe(runId);
  });
});
