import { describe, expect, it } from 'vitest';
import { ManualFrameClock, defaultSpecInput, makeSpec } from '../driver/index.ts';
import { elected3, update } from '../driver/real/testFrames.ts';
import { SimDriver } from '../driver/simDriver.ts';
import { connectDriver } from './bridge.ts';
import { createAppStore } from './createAppStore.ts';
import { realStore } from './realStoreFixture.ts';

// The store follows the driver's capabilities: a real ensemble has no speed, its set-up is the
// bridge's, and pause all is asked of the bridge (every server stopped, time runs on).


describe('the store on a driver without speed, freeze or configuration (a real ensemble)', () => {
  it('takes the ensemble the bridge runs as its spec', async () => {
    const { store } = await realStore();
    expect(store.getState().spec.settings.voters).toEqual([1, 2, 3]);
    expect(store.getState().leader?.id).toBe(3);
  });

  it('refuses a speed change: nothing is sent, the speed stays 1×', async () => {
    const { store, socket } = await realStore();
    store.getState().setSpeed(5);
    expect(store.getState().speed).toBe(1);
    expect(socket.sent).toEqual([]);
  });

  it('ignores new settings: the bridge set the ensemble up', async () => {
    const { store } = await realStore();
    const before = store.getState().spec;
    store.getState().applySettings(defaultSpecInput(7, 1));
    expect(store.getState().spec).toBe(before);
  });

  it('does not resume every server when its first run starts, and asks the bridge to pause all', async () => {
    const { store, socket } = await realStore();
    expect(socket.sent).toEqual([]);
    store.getState().setPausedAll(true);
    expect(socket.sent).toEqual([{ seq: 1, command: { type: 'pause-all', paused: true } }]);
  });

  it('refuses an action in the past: a real ensemble cannot fork there', async () => {
    const { store, socket, clock } = await realStore();
    for (let t = 1100; t <= 1600; t += 100) {
      socket.receive(update(t, elected3(t)));
      clock.frame(100);
    }
    const first = store.getState().history.frames[0]!.atMs;
    store.getState().setViewAtMs(first);
    store.getState().kill(3);
    expect(socket.sent).toEqual([]);
    expect(store.getState().notices.length).toBeGreaterThan(0);
  });
});

describe('the store on a driver with every capability (the simulator)', () => {
  it('changes speed', () => {
    const clock = new ManualFrameClock();
    const driver = new SimDriver({ clock });
    const store = createAppStore(driver, { driverKind: 'simulated', spec: makeSpec(defaultSpecInput(3, 1)) });
    connectDriver(store, driver, clock);
    store.getState().reset();
    store.getState().setSpeed(5);
    expect(store.getState().speed).toBe(5);
  });
});
