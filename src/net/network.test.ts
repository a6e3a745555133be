import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPrng } from '../core/prng.ts';
import { NetworkModel, TCP_INITIAL_RTO_MS, TCP_MAX_RETRANSMISSIONS, TCP_MAX_RTO_MS, type Address } from './network.ts';

function model(seed = 1, latencyMs = 2, jitterMs = 0): NetworkModel {
  return new NetworkModel(createPrng(seed), { latencyMs, jitterMs });
}

/** Sends far apart in time, so FIFO ordering never shifts a delivery. */
function spacedDelays(net: NetworkModel, from: Address, to: Address, count: number): number[] {
  const delays: number[] = [];
  for (let i = 0; i < count; i++) {
    const nowMs = i * 10_000_000;
    const at = net.decide(from, to, nowMs);
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
    expect(net.decide(1, 2, 0)).toEqual([50]);
    expect(net.decide(2, 1, 0)).toEqual([2]);
    expect(net.decide('c1', 2, 0)).toEqual([2]);
    net.setDelay(30, 0);
    expect(net.decide('c1', 2, 100)).toEqual([130]);
    expect(net.decide(2, 1, 100)).toEqual([130]);
    expect(net.decide(1, 2, 100)).toEqual([150]); // the override beats the global value
  });
});

describe('NetworkModel: cuts and partitions', () => {
  it('cuts one direction only', () => {
    const net = model();
    net.cut(1, 2);
    expect(net.isConnected(1, 2)).toBe(false);
    expect(net.isConnected(2, 1)).toBe(true);
    expect(net.decide(2, 1, 0)).toEqual([2]);
    net.restore(1, 2);
    expect(net.isConnected(1, 2)).toBe(true);
    expect(net.decide(1, 2, 10)).toEqual([12]);
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
    expect(net.decide('c1', 3, 0)).toEqual([2]);
    expect(net.decide(1, 'c1', 0)).toEqual([2]);
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
    expect(net.decide(1, 2, 1000)).toEqual([1002]);
  });

  it('rejects bad arguments', () => {
    const net = model();
    expect(() => net.cut(1, 1)).toThrow(RangeError);
    expect(() => net.cut(0, 2)).toThrow(RangeError);
    expect(() => net.cut(1, 5000)).toThrow(RangeError);
    expect(() => net.partition([[1, 2, 2]])).toThrow(/appears twice in one partition group/);
    expect(() => net.setDrop(1.5)).toThrow(RangeError);
    expect(() => net.setDelay(-1, 0)).toThrow(RangeError);
    expect(() => net.setDuplicate(Number.NaN)).toThrow(RangeError);
  });
});

describe('NetworkModel: TCP semantics', () => {
  it('turns drops into retransmission delay (200, 400, 800 … ms), never a gap', () => {
    const net = model(11, 2, 0);
    net.setDrop(0.5);
    const delays = spacedDelays(net, 1, 2, 20_000);
    // Extra delay after k lost attempts is 200 + 400 + … (the RTO doubles up to its cap).
    const allowed = new Set<number>();
    for (let k = 0, waited = 0, rto = TCP_INITIAL_RTO_MS; k <= TCP_MAX_RETRANSMISSIONS; k++, waited += rto, rto = Math.min(rto * 2, TCP_MAX_RTO_MS)) allowed.add(2 + waited);
    expect(delays.every((d) => allowed.has(d))).toBe(true);
    expect(delays.filter((d) => d === 2).length / delays.length).toBeCloseTo(0.5, 1);
    expect(delays.filter((d) => d === 202).length / delays.length).toBeCloseTo(0.25, 1);
  });

  it('caps the retransmission timeout and gives up only after tcp_retries2 retransmissions', () => {
    const always = { ...createPrng(1), next: () => 0 };
    const net = new NetworkModel(always, { latencyMs: 2, jitterMs: 0 });
    net.setDrop(0.99);
    // Every attempt lost: TCP resets the connection after its last retransmission.
    expect(net.decide(1, 2, 0)).toEqual([]);
    expect(TCP_MAX_RETRANSMISSIONS).toBe(15);
    let n = 0;
    const lostFifteen = { ...createPrng(1), next: () => (n++ < TCP_MAX_RETRANSMISSIONS ? 0 : 0.999) };
    const capped = new NetworkModel(lostFifteen, { latencyMs: 2, jitterMs: 0 });
    capped.setDrop(0.99);
    let waitedMs = 0;
    for (let k = 0, rto = TCP_INITIAL_RTO_MS; k < TCP_MAX_RETRANSMISSIONS; k++, rto = Math.min(rto * 2, TCP_MAX_RTO_MS)) waitedMs += rto;
    expect(capped.decide(1, 2, 0)).toEqual([2 + waitedMs]);
    expect(waitedMs).toBeGreaterThan(15 * 60_000 - 120_000); // about 15 minutes, as Linux
  });

  it('per-link drop beats the global rate, and applies only to that direction', () => {
    const net = model();
    net.setDrop(1);
    net.setDrop(0, { from: 1, to: 2 });
    expect(net.decide(1, 2, 0)).toEqual([2]);
    expect(net.isConnected(2, 1)).toBe(false);
    expect(net.isConnected('c1', 1)).toBe(false);
  });

  it('keeps FIFO order per directed pair, even with heavy jitter', () => {
    const net = model(5, 1, 100);
    const times = Array.from({ length: 200 }, (_, i) => net.decide(1, 2, i)[0] as number);
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1] as number);
    const clientTimes = Array.from({ length: 200 }, (_, i) => net.decide('c1', 2, i)[0] as number);
    for (let i = 1; i < clientTimes.length; i++) {
      expect(clientTimes[i]).toBeGreaterThanOrEqual(clientTimes[i - 1] as number);
    }
  });

  it('a retransmitted message holds back later ones on the same link (head-of-line blocking)', () => {
    const prngValues = [0.1, 0.9]; // first attempt lost (0.1 < 0.5), second delivered
    let i = 0;
    const scripted = {
      ...createPrng(1),
      next: () => (i < prngValues.length ? (prngValues[i++] as number) : 0.9),
    };
    const net = new NetworkModel(scripted, { latencyMs: 2, jitterMs: 0 });
    net.setDrop(0.5);
    expect(net.decide(1, 2, 0)).toEqual([202]);
    expect(net.decide(1, 2, 1)).toEqual([202]);
    expect(net.decide(2, 1, 1)).toEqual([3]);
  });

  it('FIFO holds for any mix of faults (property)', () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('send' as const),
        from: fc.integer({ min: 1, max: 4 }),
        to: fc.integer({ min: 1, max: 4 }),
        gapMs: fc.integer({ min: 0, max: 50 }),
      }),
      fc.record({
        kind: fc.constant('client' as const),
        toServer: fc.boolean(),
        server: fc.integer({ min: 1, max: 4 }),
        gapMs: fc.integer({ min: 0, max: 50 }),
      }),
      fc.record({ kind: fc.constant('drop' as const), rate: fc.double({ min: 0, max: 1, noNaN: true }) }),
      fc.record({
        kind: fc.constant('delay' as const),
        latencyMs: fc.integer({ min: 0, max: 300 }),
        jitterMs: fc.integer({ min: 0, max: 300 }),
      }),
      fc.record({ kind: fc.constant('dup' as const), rate: fc.double({ min: 0, max: 1, noNaN: true }) }),
    );
    fc.assert(
      fc.property(fc.integer(), fc.array(op, { maxLength: 200 }), (seed, ops) => {
        const net = model(seed, 5, 20);
        const last = new Map<string, number>();
        let nowMs = 0;
        const send = (from: Address, to: Address) => {
          for (const at of net.decide(from, to, nowMs)) {
            const pair = `${from}>${to}`;
            if (at < nowMs || at < (last.get(pair) ?? -Infinity)) return false;
            last.set(pair, at);
          }
          return true;
        };
        for (const o of ops) {
          if (o.kind === 'send') {
            nowMs += o.gapMs;
            if (!send(o.from, o.to)) return false;
          } else if (o.kind === 'client') {
            nowMs += o.gapMs;
            if (!(o.toServer ? send('c1', o.server) : send(o.server, 'c1'))) return false;
          } else if (o.kind === 'drop') net.setDrop(o.rate);
          else if (o.kind === 'delay') net.setDelay(o.latencyMs, o.jitterMs);
          else net.setDuplicate(o.rate);
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('duplicates a message 1 ms after the first copy', () => {
    const net = model(1, 2, 0);
    net.setDuplicate(1);
    expect(net.decide(1, 2, 0)).toEqual([2, 3]);
    expect(net.deliveryAtMs(1, 2, 0)).toBe(3);
    expect(net.duplicateAtMs).toBe(4);
    net.setDuplicate(0);
    expect(net.deliveryAtMs(1, 2, 0)).toBe(4);
    expect(net.duplicateAtMs).toBe(-1);
  });

  it('forgets delivery order for a restarted server', () => {
    const net = model(1, 2, 0);
    net.setDelay(1000, 0, { from: 1, to: 2 });
    expect(net.decide(1, 2, 0)).toEqual([1000]);
    net.healAll();
    expect(net.decide(1, 2, 10)).toEqual([1000]);
    net.resetConnections(2);
    expect(net.decide(1, 2, 10)).toEqual([12]);
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
    expect(net.decide(1, 2, 0)).toHaveLength(1);
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
      expect(b.decide(from, to, t * 10)).toEqual(c.decide(from, to, t * 10));
    }
    const d = model(1, 3, 10);
    d.load(state);
    expect(d.toJSON()).toEqual(a.toJSON());
  });
});
