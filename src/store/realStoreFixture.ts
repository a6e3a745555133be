import { ManualFrameClock } from '../driver/index.ts';
import { welcomedRealDriver } from '../driver/real/fakeSocket.ts';
import { elected3, update, welcome } from '../driver/real/testFrames.ts';
import { connectDriver } from './bridge.ts';
import { createAppStore } from './createAppStore.ts';

// For the store's and the page's tests of a real ensemble: a store on a real driver whose bridge
// (played by the test) welcomed it with 3 servers, server 3 leading. No code of the playground
// imports this.

export async function realStore() {
  const clock = new ManualFrameClock();
  const { driver, socket } = welcomedRealDriver(clock, welcome(1000));
  const store = createAppStore(driver, { driverKind: driver.kind, spec: (await driver.fixedSpec())! });
  connectDriver(store, driver, clock);
  store.getState().reset();
  socket.receive(update(1000, elected3(1000), [{ kind: 'zab-phase', t: 990, node: 3, role: 'leading', phase: 'broadcast', syncMode: null, leader: 3, source: 'log' }]));
  clock.frame(16);
  return { clock, driver, socket, store };
}
