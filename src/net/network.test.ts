import { describe, expect, it } from 'vitest';
import { createPrng } from '../core/prng.ts';
import { NetworkModel, type Address } from './network.ts';
import { refusalOf } from './refusal.ts';

/** One transmission's arrival time when the direction carries anything now (loss and order: tcp.ts). */
function decideOnce(net: NetworkModel, from: Address, to: Address, nowMs: number): number[] {
  return net.isConnected(from, to) ? [nowMs + net.drawTransitMs(from, to)] : [];
}

function model(seed = 1, latencyMs = 2, jitterMs = 0): NetworkModel {
  return new NetworkModel(createPrng(seed), { latencyMs, jitterMs });
}

/** Sends far apart in time, so FIFO ordering never shifts a delivery. */
function spacedDelays(net: NetworkModel, from: Address, to: Address, count: number): number[] {
  const delays: number[] = [];
  for (let i = 0; i < count; i++) {
    const nowMs = i * 10_000_000;
    const at = decideOnce(net, from, to, nowMs);
    delays.push(at.length === 0 ? -1 : (at[0] as number) - nowMs);
  }
  return delays;
}

describe('NetworkModel: delay and jitter', () => {
  it('delivers after latency plus whole-ms jitter in [0, jitter]', () => {
    const net = model(7, 10, 5);
    const delays = spacedDelays(net, 1, 2, 2000);
    expect(Math.min(...delays)).toBe(10);
    expect(Math.max(...delays)).toBe(15);
    expect(delays.every((d) => Number.isInteger(d))).toBe(true);
  });

  it('is deterministic for a seed', () => {
    expect(spacedDelays(model(3, 5, 50), 1, 2, 100)).toEqual(spacedDelays(model(3, 5, 50), 1, 2, 100));
    expect(spacedDelays(model(3, 5, 50), 1, 2, 100)).not.toEqual(spacedDelays(model(4, 5, 50), 1, 2, 100));
  });

  it('applies global delay to clients, per-link delay only between servers', () => {
    const net = model(1, 2, 0);
    net.setDelay(50, 0, { from: 1, to: 2 });
    expect(decideOnce(net, 1, 2, 0)).toEqual([50]);
    expect(decideOnce(net, 2, 1, 0)).toEqual([2]);
    expect(decideOnce(net, 'c1', 2, 0)).toEqual([2]);
    net.setDelay(30, 0);
    expect(decideOnce(net, 'c1', 2, 100)).toEqual([130]);
    expect(decideOnce(net, 2, 1, 100)).toEqual([130]);
    expect(decideOnce(net, 1, 2, 100)).toEqual([150]); // the override beats the global value
  });
});

describe('NetworkModel: cuts and partitions', () => {
  it('cuts one direction only', () => {
    const net = model();
    net.cut(1, 2);
    expect(net.isConnected(1, 2)).toBe(false);
    expect(net.isConnected(2, 1)).toBe(true);
    expect(decideOnce(net, 2, 1, 0)).toEqual([2]);
    net.restore(1, 2);
    expect(net.isConnected(1, 2)).toBe(true);
    expect(decideOnce(net, 1, 2, 10)).toEqual([12]);
  });

  it('cuts both directions', () => {
    const net = model();
    net.cutBoth(1, 2);
    expect(net.isConnected(1, 2)).toBe(false);
    expect(net.isConnected(2, 1)).toBe(false);
    expect(net.isConnected(1, 3)).toBe(true);
  });

  it('partitions into groups, isolating unlisted servers', () => {
    const net = model();
    net.partition([
      [1, 2],
      [3, 4],
    ]);
    expect(net.isConnected(1, 2)).toBe(true);
    expect(net.isConnected(3, 4)).toBe(true);
    expect(net.isConnected(2, 3)).toBe(false);
    expect(net.isConnected(5, 1)).toBe(false);
    expect(net.isConnected(1, 5)).toBe(false);
  });

  it('never cuts client traffic', () => {
    const net = model();
    net.isolate(3, [1, 2, 3]);
    net.cutBoth(1, 2);
    expect(net.isConnected('c1', 3)).toBe(true);
    expect(net.isConnected(3, 'c1')).toBe(true);
    expect(decideOnce(net, 'c1', 3, 0)).toEqual([2]);
    expect(decideOnce(net, 1, 'c1', 0)).toEqual([2]);
  });

  it('isolates a server, inside an existing partition too', () => {
    const net = model();
    net.isolate(3, [1, 2, 3, 4, 5]);
    expect(net.activeFaults()).toEqual([
      { id: 'partition', kind: 'partition', groups: [[1, 2, 4, 5], [3]] },
    ]);
    expect(net.isConnected(1, 5)).toBe(true);
    expect(net.isConnected(3, 1)).toBe(false);
    net.partition([
      [1, 2],
      [3, 4, 5],
    ]);
    net.isolate(4, [1, 2, 3, 4, 5]);
    expect(net.isConnected(3, 5)).toBe(true);
    expect(net.isConnected(4, 5)).toBe(false);
    expect(net.isConnected(1, 2)).toBe(true);
  });

  it('heal restores links but keeps quality settings; healAll resets everything', () => {
    const net = model(1, 2, 0);
    net.cut(1, 2);
    net.partition([[1, 2], [3]]);
    net.setDrop(0.5);
    net.setDelay(40, 0);
    net.setDuplicate(0.5);
    net.heal();
    expect(net.isConnected(1, 2)).toBe(true);
    expect(net.isConnected(1, 3)).toBe(true);
    expect(net.activeFaults().map((f) => f.kind)).toEqual(['drop', 'delay', 'duplicate']);
    net.setDrop(1);
    expect(net.isConnected(1, 2)).toBe(false); // 100% drop carries nothing, like a cut
    net.healAll();
    expect(net.activeFaults()).toEqual([]);
    expect(decideOnce(net, 1, 2, 1000)).toEqual([1002]);
  });

  it('rejects bad arguments', () => {
    const net = model();
    expect(() => net.cut(1, 1)).toThrow(RangeError);
    expect(() => net.cut(0, 2)).toThrow(RangeError);
    expect(() => net.cut(1, 5000)).toThrow(RangeError);
    let twice: unknown;
    try {
      net.partition([[1, 2, 2]]);
    } catch (error) {
      twice = error;
    }
    expect(refusalOf(twice)).toEqual({ why: 'server-twice', server: 2 });
    expect(() => net.setDrop(1.5)).toThrow(RangeError);
    expect(() => net.setDelay(-1, 0)).toThrow(RangeError);
    expect(() => net.setDuplicate(Number.NaN)).toThrow(RangeError);
  });
});

describe('NetworkModel: one transmission', () => {
  it('draws a loss at the link\'s drop rate; a per-link rate beats the global one, one direction only', () => {
    const net = model(11);
    net.setDrop(0.5);
    let lost = 0;
    for (let i = 0; i < 20_000; i++) if (net.drawLoss(1, 2)) lost++;
    expect(lost / 20_000).toBeCloseTo(0.5, 1);
    net.setDrop(0, { from: 1, to: 2 });
    for (let i = 0; i < 100; i++) expect(net.drawLoss(1, 2)).toBe(false);
    expect(Array.from({ length: 100 }, () => net.drawLoss(2, 1)).some(Boolean)).toBe(true);
  });

  it('draws duplicates at the duplicate rate', () => {
    const net = model();
    expect(net.drawDuplicate()).toBe(false);
    net.setDuplicate(1);
    expect(net.drawDuplicate()).toBe(true);
  });
});

describe('NetworkModel: active faults and serialisation', () => {
  it('lists faults as data and heals them one by one', () => {
    const net = model(1, 2, 1);
    net.partition([
      [1, 2],
      [3, 4, 5],
    ]);
    net.cut(1, 2);
    net.cutBoth(4, 3);
    net.setDrop(0.1);
    net.setDrop(0.255, { from: 2, to: 1 });
    net.setDelay(50, 20);
    net.setDelay(7, 0, { from: 5, to: 4 });
    net.setDuplicate(0.05);
    expect(net.activeFaults()).toEqual([
      { id: 'partition', kind: 'partition', groups: [[1, 2], [3, 4, 5]] },
      { id: 'cut:1->2', kind: 'cut', from: 1, to: 2, both: false },
      { id: 'cut:3<->4', kind: 'cut', from: 3, to: 4, both: true },
      { id: 'drop', kind: 'drop', rate: 0.1, link: null },
      { id: 'drop:2->1', kind: 'drop', rate: 0.255, link: { from: 2, to: 1 } },
      { id: 'delay', kind: 'delay', latencyMs: 50, jitterMs: 20, link: null },
      { id: 'delay:5->4', kind: 'delay', latencyMs: 7, jitterMs: 0, link: { from: 5, to: 4 } },
      { id: 'duplicate', kind: 'duplicate', rate: 0.05 },
    ]);
    for (const fault of net.activeFaults()) expect(net.healFault(fault.id)).toBe(true);
    expect(net.activeFaults()).toEqual([]);
    expect(net.healFault('partition')).toBe(false);
    expect(net.healFault('cut:1->2')).toBe(false);
    expect(net.healFault('nonsense')).toBe(false);
    expect(decideOnce(net, 1, 2, 0)).toHaveLength(1);
  });

  it('heals one direction of a two-way cut', () => {
    const net = model();
    net.cutBoth(1, 2);
    const before = net.revision;
    expect(net.healFault('cut:2->1')).toBe(true);
    expect(net.revision).toBeGreaterThan(before);
    expect(net.activeFaults()).toEqual([{ id: 'cut:1->2', kind: 'cut', from: 1, to: 2, both: false }]);
  });

  it('round-trips through plain JSON with identical decisions', () => {
    const a = model(9, 3, 10);
    a.partition([[1, 2, 3], [4]]);
    a.cut(2, 3);
    a.setDrop(0.3);
    a.setDrop(0.6, { from: 1, to: 2 });
    a.setDelay(20, 5, { from: 3, to: 1 });
    a.setDuplicate(0.2);
    const state = JSON.parse(JSON.stringify(a.toJSON()));
    const b = NetworkModel.fromJSON(state, createPrng(42));
    const c = NetworkModel.fromJSON(state, createPrng(42));
    expect(b.toJSON()).toEqual(a.toJSON());
    expect(b.activeFaults()).toEqual(a.activeFaults());
    const pairs: Array<[Address, Address]> = [
      [1, 2],
      [2, 3],
      [3, 1],
      [1, 4],
      ['c1', 2],
      [2, 'c1'],
    ];
    for (let t = 0; t < 300; t++) {
      const [from, to] = pairs[t % pairs.length] as [Address, Address];
      expect(decideOnce(b, from, to, t * 10)).toEqual(decideOnce(c, from, to, t * 10));
    }
    const d = model(1, 3, 10);
    d.load(state);
    expect(d.toJSON()).toEqual(a.toJSON());
  });
});
