import { describe, expect, it } from 'vitest';
import { defaultClusterSettings, rangeIds, withTickTime } from '../core/config.ts';
import { SimCluster } from './cluster.ts';

// Failure detection as the UI shows it: who watches whom, and how a lost watch stays visible.

describe('peer watches', () => {
  const settings = { ...withTickTime(defaultClusterSettings(rangeIds(3)), 2000), initLimitTicks: 5, syncLimitTicks: 2 };

  it('a follower keeps showing its crashed leader as suspected, with a growing age', () => {
    const cluster = new SimCluster({ settings, seed: 1 });
    cluster.startAll();
    cluster.runUntil(3_000);
    expect(cluster.server(3).role).toBe('leading');
    cluster.crash(3);
    cluster.runUntil(20_000);
    const watch = cluster.server(1).view(20_000).watches.find((w) => w.peer === 3);
    expect(watch?.suspected).toBe(true);
    expect(20_000 - watch!.lastHeardMs).toBeGreaterThan(16_000);
    expect(watch!.timeoutMs).toBe(4_000);
    // Once the crashed server is back and heard from, nobody suspects it any more.
    cluster.restart(3);
    cluster.runUntil(30_000);
    expect(cluster.server(1).view(30_000).watches.find((w) => w.peer === 3)?.suspected ?? false).toBe(false);
  });

  it('a leader watches each learner against syncLimit × tickTime while it serves', () => {
    const cluster = new SimCluster({ settings, seed: 1 });
    cluster.startAll();
    cluster.runUntil(3_000);
    const watches = cluster.server(3).view(3_000).watches;
    expect(watches.map((w) => w.peer)).toEqual([1, 2]);
    for (const w of watches) {
      expect(w.timeoutMs).toBe(4_000);
      expect(w.suspected).toBe(false);
      expect(3_000 - w.lastHeardMs).toBeLessThanOrEqual(1_000);
    }
  });
});
