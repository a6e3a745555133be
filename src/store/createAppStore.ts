import { createStore } from 'zustand/vanilla';
import type { ClusterDriver } from '../driver/index.ts';
import { createClusterSlice } from './clusterSlice.ts';
import { createDataSlice } from './dataSlice.ts';
import { createFaultsSlice } from './faultsSlice.ts';
import { createMetricsSlice } from './metricsSlice.ts';
import { createSpacetimeSlice } from './spacetimeSlice.ts';
import { createScriptSlice } from './scriptSlice.ts';
import { createTimelineSlice } from './timelineSlice.ts';
import { createUiSlice } from './uiSlice.ts';
import { createTimeSlice } from './timeSlice.ts';
import { followSlowMotion, guardActions } from './actionGuard.ts';
import type { AppInit, AppState, AppStore } from './types.ts';

/**
 * The app's one store. Actions call the driver; what the driver reports comes back through the
 * bridge (bridge.ts) as commits. Call `start()` on the result's state (reset) to run the cluster.
 */
export function createAppStore(driver: ClusterDriver, init: AppInit): AppStore {
  const store = createStore<AppState>()((...a) => ({
    ...createClusterSlice(driver, init)(...a),
    ...createTimelineSlice(...a),
    ...createFaultsSlice(driver)(...a),
    ...createDataSlice(driver)(...a),
    ...createUiSlice(driver, init)(...a),
    ...createMetricsSlice(...a),
    ...createSpacetimeSlice()(...a),
    ...createScriptSlice(driver)(...a),
    ...createTimeSlice(driver, init.spec.settings.voters.length + init.spec.settings.observers.length)(...a),
  }));
  guardActions(store);
  // The driver starts with the store's idea of speed and animation, whatever it defaulted to.
  const s = store.getState();
  driver.setSpeed(s.speed);
  driver.setAnimateMessages(s.animateMessages);
  followSlowMotion(store, driver);
  return store;
}
