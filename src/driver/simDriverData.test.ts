import { describe, expect, it } from 'vitest';
import { ManualFrameClock } from './manualFrameClock.ts';
import { SimDriver } from './simDriver.ts';
import { makeSpec, defaultSpecInput } from './spec.ts';
import { presetGroups } from './presets.ts';
import type { DriverSnapshot, DriverUpdate, TimelineEntry } from './types.ts';

// What the data, sessions and network panels read from the simulated driver: trees, clients,
// link quality, overlapping partitions, sync details, and refusals that never throw.

function setup(nodes = 5) {
  const clock = new ManualFrameClock();
  const driver = new SimDriver({ clock });
  const updates: DriverUpdate[] = [];
  driver.subscribe((u) => updates.push(u));
  driver.start(makeSpec(defaultSpecInput(nodes, 7)));
  const last = (): DriverSnapshot => updates.at(-1)!.snapshot;
  const events = (): TimelineEntry[] => updates.flatMap((u) => u.events);
  /** Runs the simulation to `ms` and shows it in one frame. */
  const runTo = (ms: number) => {
    driver.simCluster!.runUntil(ms);
    clock.frame();
  };
  return { clock, driver, last, events, runTo };
}

function leaderOf(snap: DriverSnapshot): number {
  return snap.nodes.find((n) => n.role === 'leading' && n.established)!.id;
}

describe('SimDriver data and sessions', () => {
  it('connects clients and shows their znodes in every tree', () => {
    const { driver, last, runTo } = setup();
    runTo(3000);
    driver.connectClient('c1', 2, 6000);
    runTo(4000);
    driver.clientOp('c1', { type: 'create', path: '/lock', value: 'held', mode: 'ephemeral' });
    runTo(5000);
    const snap = last();
    const c1 = snap.clients.find((c) => c.name === 'c1')!;
    expect(c1.state).toBe('connected');
    expect(c1.server).toBe(2);
    for (const n of snap.nodes) {
      // Beside the server's own /zookeeper subtree, which every ZooKeeper tree has.
      expect(n.tree.map((z) => z.path)).toEqual(['/lock', '/zookeeper', '/zookeeper/config', '/zookeeper/quota']);
      expect(n.tree[0]).toEqual(expect.objectContaining({ path: '/lock', value: 'held', ephemeralOwner: c1.sessionId }));
    }
  });

  it('tells a refused request in the log instead of throwing', () => {
    const { driver, events, runTo } = setup();
    runTo(1000);
    driver.connectClient('c1', 1, 6000);
    expect(() => driver.connectClient('c1', 1, 6000)).not.toThrow();
    expect(() => driver.connectClient('c2', 9, 6000)).not.toThrow();
    expect(() => driver.clientOp('nobody', { type: 'get', path: '/' })).not.toThrow();
    expect(() => driver.partition([[1, 1, 2]])).not.toThrow();
    expect(() => driver.setDrop(250)).not.toThrow();
    runTo(1100);
    expect(events().filter((e) => e.kind === 'refused')).toHaveLength(5);
  });
});

describe('SimDriver network settings', () => {
  it('reports global and per-link drop and delay, and heals them one by one', () => {
    const { driver, last, runTo } = setup();
    runTo(100);
    driver.setDrop(12.5);
    driver.setDelay(40, 10);
    driver.setDrop(50, { from: 1, to: 2 });
    driver.setDelay(3000, 0, { from: 2, to: 1 });
    runTo(200);
    expect(last().links!.quality).toEqual({
      dropPercent: 12.5,
      latencyMs: 40,
      jitterMs: 10,
      defaultLatencyMs: 2,
      defaultJitterMs: 1,
      drops: [{ from: 1, to: 2, percent: 50 }],
      delays: [{ from: 2, to: 1, latencyMs: 3000, jitterMs: 0 }],
    });
    expect(last().faults.map((f) => f.id)).toEqual(['drop', 'drop:1->2', 'delay', 'delay:2->1']);
    driver.healFault('delay:2->1');
    runTo(300);
    expect(last().links!.quality!.delays).toEqual([]);
  });

  it('keeps a bridge server in both groups of an overlapping partition', () => {
    const { driver, last, runTo } = setup();
    runTo(100);
    const groups = presetGroups('bridge', [1, 2, 3, 4, 5], null);
    expect(groups).toEqual([[1, 2, 3], [3, 4, 5]]);
    driver.partition(groups);
    runTo(200);
    expect(last().links!.partition).toEqual([[1, 2, 3], [3, 4, 5]]);
    expect(last().faults[0]).toEqual({ id: 'partition', kind: 'partition', groups: [[1, 2, 3], [3, 4, 5]] });
  });
});

describe('SimDriver recovery details', () => {
  it('reports a TRUNC with the truncated zxids when a deposed leader rejoins', () => {
    const { driver, last, events, runTo } = setup();
    runTo(3000);
    const old = leaderOf(last());
    driver.connectClient('c1', old, 20_000);
    runTo(4000);
    driver.clientOp('c1', { type: 'create', path: '/kept', value: '1', mode: 'persistent' });
    runTo(5000);
    driver.isolate(old);
    runTo(5100);
    driver.clientOp('c1', { type: 'set', path: '/kept', value: 'lost', version: -1 });
    runTo(20_000);
    expect(leaderOf(last())).not.toBe(old);
    driver.healAll();
    runTo(60_000);
    const sync = events().find((e) => e.kind === 'sync' && e.side === 'leader' && e.learner === old && e.mode === 'trunc');
    expect(sync, 'the new leader chose TRUNC for the old one').toBeDefined();
    const truncated = events().find((e) => e.kind === 'truncated' && e.node === old);
    expect(truncated).toMatchObject({ cleared: false, removed: [expect.any(Number)] });
    const result = events().find((e) => e.kind === 'client-result' && !e.result.ok);
    expect(result).toMatchObject({ result: { code: 'CONNECTIONLOSS' } });
    expect(last().nodes.every((n) => n.tree.find((z) => z.path === '/kept')?.value === '1')).toBe(true);
  });
});
