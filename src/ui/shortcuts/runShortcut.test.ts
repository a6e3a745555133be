import { describe, expect, it } from 'vitest';
import { ManualFrameClock, defaultSpecInput, makeSpec } from '../../driver/index.ts';
import { SimDriver } from '../../driver/simDriver.ts';
import { connectDriver } from '../../store/bridge.ts';
import { createAppStore } from '../../store/createAppStore.ts';
import { registerLessonPicker } from '../lessonSlot.ts';
import { registerLessonNavigation } from '../lessonNav.ts';
import { usePresentation } from '../present/presentation.ts';
import { runShortcut } from './runShortcut.ts';
import { useShortcutsOverlay } from './shortcutsStore.ts';

// The shortcuts' actions on a real store and simulator, run frame by frame.

function setup() {
  const clock = new ManualFrameClock();
  const driver = new SimDriver({ clock });
  const store = createAppStore(driver, { driverKind: 'simulated', spec: makeSpec(defaultSpecInput(5, 11)) });
  connectDriver(store, driver, clock);
  store.getState().reset();
  const frames = (n: number) => {
    for (let i = 0; i < n; i++) clock.frame(100);
  };
  frames(40);
  return { store, frames };
}

describe('the shortcuts’ actions', () => {
  it('crash the leader, then restart every server that is down', () => {
    const { store, frames } = setup();
    const leader = store.getState().leader!.id;
    expect(runShortcut(store, 'crash-leader')).toBe(true);
    frames(2);
    expect(store.getState().nodeById.get(leader)!.status).toBe('down');
    expect(runShortcut(store, 'restart-down')).toBe(true);
    frames(2);
    expect(store.getState().nodeById.get(leader)!.status).toBe('up');
    // Nothing down any more: the key is left to the browser.
    expect(runShortcut(store, 'restart-down')).toBe(false);
  });

  it('kill the leader: its record says kill', () => {
    const { store, frames } = setup();
    const leader = store.getState().leader!.id;
    expect(runShortcut(store, 'kill-leader')).toBe(true);
    frames(2);
    expect(store.getState().timeline.some((e) => e.kind === 'kill' && e.node === leader)).toBe(true);
  });

  it('pause and resume the cluster, and step the simulator', () => {
    const { store } = setup();
    runShortcut(store, 'pause');
    expect(store.getState().pausedAll).toBe(true);
    expect(runShortcut(store, 'step')).toBe(true);
    expect(store.getState().lastStep).not.toBeNull();
    runShortcut(store, 'pause');
    expect(store.getState().pausedAll).toBe(false);
  });

  it('turn the open lesson’s steps, and leave PageDown alone without one', () => {
    const { store } = setup();
    expect(runShortcut(store, 'lesson-next')).toBe(false);
    const calls: string[] = [];
    const unregister = registerLessonNavigation({ next: () => calls.push('next'), prev: () => calls.push('prev') });
    expect(runShortcut(store, 'lesson-next')).toBe(true);
    expect(runShortcut(store, 'lesson-prev')).toBe(true);
    expect(calls).toEqual(['next', 'prev']);
    unregister();
    expect(runShortcut(store, 'lesson-prev')).toBe(false);
  });

  it('open the lesson picker once the lesson player has registered it', () => {
    const { store } = setup();
    expect(runShortcut(store, 'lessons')).toBe(false);
    let toggles = 0;
    const unregister = registerLessonPicker(() => toggles++);
    expect(runShortcut(store, 'lessons')).toBe(true);
    expect(toggles).toBe(1);
    unregister();
  });

  it('toggle presentation mode and the shortcuts overlay; Escape closes the overlay only when open', () => {
    const { store } = setup();
    runShortcut(store, 'present');
    expect(usePresentation.getState().presenting).toBe(true);
    runShortcut(store, 'present');
    expect(usePresentation.getState().presenting).toBe(false);
    expect(runShortcut(store, 'close')).toBe(false);
    runShortcut(store, 'help');
    expect(useShortcutsOverlay.getState().open).toBe(true);
    expect(runShortcut(store, 'close')).toBe(true);
    expect(useShortcutsOverlay.getState().open).toBe(false);
  });
});
