import { describe, expect, it } from 'vitest';
import { detectedMs, recoveredMs } from '../driver/index.ts';
import { simStoreAt10x } from './simStoreFixture.ts';
import { loadAnalysis } from './metricsSlice.ts';

// The page loads the analysis with the views that show it; here it is there from the start.
await loadAnalysis();

// The page's metrics: every committed batch folded into the run's analysis, with the same
// functions the command line uses; a reset starts a new analysis.

const setup = () => simStoreAt10x();

describe('the metrics slice', () => {
  it('measures a crash of the leader from the commits: detection within syncLimit × tickTime ± tickTime, then service back', () => {
    const { store, runFor } = setup();
    runFor(5000);
    const leader = store.getState().leader!.id;
    store.getState().crash(leader);
    runFor(30_000);
    const { faults, chapters } = store.getState().analysis;
    expect(faults).toHaveLength(1);
    const crash = faults[0]!;
    expect(crash).toMatchObject({ action: 'crash', node: leader, wasLeader: true });
    expect(detectedMs(crash)).toBeGreaterThanOrEqual(8000);
    expect(detectedMs(crash)).toBeLessThanOrEqual(12_000);
    expect(recoveredMs(crash)).toBeGreaterThan(detectedMs(crash)!);
    expect(chapters.at(-1)!.phases.map((p) => p.kind)).toEqual(['failure', 'detection', 'election', 'sync', 'serving']);
    // Nothing new: the same view object, so nothing re-renders.
    const before = store.getState().analysis;
    store.getState().highlight([1]);
    expect(store.getState().analysis).toBe(before);
  });

  it('a reset starts a new analysis', () => {
    const { store, runFor } = setup();
    runFor(5000);
    store.getState().crash(store.getState().leader!.id);
    runFor(2000);
    expect(store.getState().analysis.faults).toHaveLength(1);
    store.getState().reset();
    runFor(2000);
    expect(store.getState().analysis.faults).toHaveLength(0);
    expect(store.getState().analysis.chapters).toHaveLength(1);
  });
});
