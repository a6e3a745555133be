import { describe, expect, it } from 'vitest';
import { EMPTY_ANALYSIS, loadAnalysis } from './metricsSlice.ts';
import { simStoreAt10x } from './simStoreFixture.ts';

// The analysis's code arrives after the run began (the page loads it with the views that show it):
// the run held its records meanwhile, so the analysis then is what it would have been from the start.

function crashedLeaderRun() {
  const { store, runFor } = simStoreAt10x();
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
