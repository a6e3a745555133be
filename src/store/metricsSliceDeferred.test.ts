import { describe, expect, it } from 'vitest';
import { ManualFrameClock, defaultSpecInput, makeSpec } from '../driver/index.ts';
import { SimDriver } from '../driver/simDriver.ts';
import { connectDriver } from './bridge.ts';
import { createAppStore } from './createAppStore.ts';
import { EMPTY_ANALYSIS, loadAnalysis } from './metricsSlice.ts';

// The analysis's code arrives after the run began (the page loads it with the views that show it):
// the run held its records meanwhile, so the analysis then is what it would have been from the start.

function crashedLeaderRun() {
  const clock = new ManualFrameClock();
  const driver = new SimDriver({ clock });
  const store = createAppStore(driver, { driverKind: 'simulated', spec: makeSpec(defaultSpecInput(5, 11)) });
  connectDriver(store, driver, clock);
  store.getState().reset();
  driver.setSpeed(10);
  const runFor = (simMs: number) => {
    for (let i = 0; i < simMs / 1000; i++) clock.frame(100);
  };
  runFor(5000);
  store.getState().crash(store.getState().leader!.id);
  runFor(30_000);
  return store;
}

describe('the analysis loaded late', () => {
  it('holds the run’s records until its code arrives, then folds them all', async () => {
    const store = crashedLeaderRun();
    expect(store.getState().analysis).toBe(EMPTY_ANALYSIS);
    expect(store.getState().analysisRun!.held.length).toBeGreaterThan(0);
    await loadAnalysis();
    const late = store.getState();
    expect(late.analysisRun!.held).toEqual([]);
    const early = crashedLeaderRun(); // made after the code arrived: folded commit by commit
    expect(late.analysis.faults.map((f) => ({ ...f }))).toEqual(early.getState().analysis.faults.map((f) => ({ ...f })));
    expect(late.analysis.chapters.map((c) => c.phases.map((p) => p.kind))).toEqual(early.getState().analysis.chapters.map((c) => c.phases.map((p) => p.kind)));
    expect(late.analysis.faults).toHaveLength(1);
  });
});
