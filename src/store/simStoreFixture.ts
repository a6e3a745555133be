import { ManualFrameClock, defaultSpecInput, makeSpec } from '../driver/index.ts';
import { SimDriver } from '../driver/simDriver.ts';
import { connectDriver } from './bridge.ts';
import { createAppStore } from './createAppStore.ts';

// A store on the simulator at 10×, freshly reset, and a way to run it on: 100 ms frames, so a
// simulated second per frame. For the tests that fold whole runs (the metrics slice's).

export function simStoreAt10x(servers = 5, seed = 11) {
  const clock = new ManualFrameClock();
  const driver = new SimDriver({ clock });
  const store = createAppStore(driver, { driverKind: 'simulated', spec: makeSpec(defaultSpecInput(servers, seed)) });
  connectDriver(store, driver, clock);
  store.getState().reset();
  driver.setSpeed(10);
  const runFor = (simMs: number) => {
    for (let i = 0; i < simMs / 1000; i++) clock.frame(100);
  };
  return { store, runFor };
}
