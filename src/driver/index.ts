import { SimDriver } from './simDriver.ts';
import type { FrameClock } from './frameClock.ts';
import type { ClusterDriver, DriverKind } from './types.ts';

// The one place that picks a ClusterDriver implementation. The live driver (Web Workers) is loaded
// lazily, so the simulated one never pays for it, and until src/driver/liveDriver.ts exists the
// glob below matches nothing and the build still works.

interface LiveModule {
  LiveDriver: new (options?: { clock?: FrameClock }) => ClusterDriver;
}

const liveModules = import.meta.glob<LiveModule>('./liveDriver.ts');

export function liveDriverAvailable(): boolean {
  return Object.keys(liveModules).length > 0;
}

/** The driver a page gets when it does not ask: live once it exists, else simulated. */
export function defaultDriverKind(): DriverKind {
  return liveDriverAvailable() ? 'live' : 'simulated';
}

export async function createDriver(kind: DriverKind, clock?: FrameClock): Promise<ClusterDriver> {
  if (kind === 'simulated') return new SimDriver(clock ? { clock } : {});
  return createLiveDriver(clock);
}

async function createLiveDriver(clock?: FrameClock): Promise<ClusterDriver> {
  const load = liveModules['./liveDriver.ts'];
  if (!load) throw new Error('The live (Web Worker) driver is not built yet; use ?driver=sim.');
  const { LiveDriver } = await load();
  return new LiveDriver(clock ? { clock } : {});
}

export { SimDriver, MIN_SPEED, MAX_SPEED } from './simDriver.ts';
export { browserFrameClock, type FrameClock } from './frameClock.ts';
export { ManualFrameClock } from './manualFrameClock.ts';
export { makeSpec, defaultSpecInput, specInputOf, MIN_NODES, MAX_NODES, DEFAULT_NODES, type SpecInput } from './spec.ts';
export type * from './types.ts';
