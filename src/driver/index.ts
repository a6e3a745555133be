import type { FrameClock } from './frameClock.ts';
import type { ClusterDriver, DriverKind } from './types.ts';

// The one place that picks a ClusterDriver implementation. Both are loaded lazily, so a page pays
// only for the one it runs (the simulator carries every server core on the main thread; the live
// driver leaves them to the workers). Until src/driver/liveDriver.ts exists the glob below matches
// nothing and the build still works.

interface LiveModule {
  LiveDriver: new (options?: { clock?: FrameClock }) => ClusterDriver;
}

const liveModules = import.meta.glob<LiveModule>('./liveDriver.ts');

export function liveDriverAvailable(): boolean {
  return Object.keys(liveModules).length > 0;
}

export async function createDriver(kind: DriverKind, clock?: FrameClock): Promise<ClusterDriver> {
  if (kind === 'simulated') {
    const { SimDriver } = await import('./simDriver.ts');
    return new SimDriver(clock ? { clock } : {});
  }
  return createLiveDriver(clock);
}

async function createLiveDriver(clock?: FrameClock): Promise<ClusterDriver> {
  const load = liveModules['./liveDriver.ts'];
  if (!load) throw new Error('The live (Web Worker) driver is not built yet; use ?driver=sim.');
  const { LiveDriver } = await load();
  return new LiveDriver(clock ? { clock } : {});
}

export { browserFrameClock, type FrameClock } from './frameClock.ts';
export { ManualFrameClock } from './manualFrameClock.ts';
export { makeSpec, defaultSpecInput, specInputOf, MIN_NODES, MAX_NODES, DEFAULT_NODES, MIN_SPEED, MAX_SPEED, type SpecInput } from './spec.ts';
export { linkStateOf } from './linkState.ts';
export { PRESETS, presetGroups, type PresetInfo, type PresetName } from './presets.ts';
export { epochOf, counterOf } from '../core/zxid.ts';
export { agreedLeader as agreedLeaderOf, quorumSize, type LeadershipView } from '../core/quorum.ts';
export type * from './types.ts';
