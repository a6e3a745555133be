import type { ServerId } from '../core/types.ts';
import type { NetworkState } from '../net/network.ts';
import type { RelayControl } from './contract.ts';

// Pushes the fault book (a NetworkModel's state) to the relay, changing only what differs from
// what the relay was last told: cuts by directed link, the partition, and drop and delay per link
// and globally. Drop becomes retransmission delay in the relay (TCP has no gaps).

export interface AppliedNetwork {
  cuts: Set<string>;
  partition: ServerId[][] | null;
  /** 'global' or "from>to" → latency/jitter; "from>to" or 'global' → drop percent. */
  delays: Map<string, { latencyMs: number; jitterMs: number }>;
  drops: Map<string, number>;
}

const linkKey = (from: ServerId, to: ServerId) => `${from}>${to}`;
const linkOf = (key: string) => {
  const [from, to] = key.split('>').map(Number) as [number, number];
  return { from, to };
};

function desiredOf(state: NetworkState): AppliedNetwork {
  const delays = new Map([['global', { latencyMs: state.latencyMs, jitterMs: state.jitterMs }]]);
  for (const d of state.linkDelays)
    delays.set(linkKey(d.from, d.to), { latencyMs: d.latencyMs, jitterMs: d.jitterMs });
  const drops = new Map([['global', Math.round(state.dropRate * 1000) / 10]]);
  for (const d of state.linkDrops) drops.set(linkKey(d.from, d.to), Math.round(d.rate * 1000) / 10);
  return {
    cuts: new Set(state.cuts.map((c) => linkKey(c.from, c.to))),
    partition: state.partition,
    delays,
    drops,
  };
}

export function applyNetwork(
  state: NetworkState,
  applied: AppliedNetwork,
  relay: RelayControl,
): AppliedNetwork {
  const desired = desiredOf(state);
  for (const key of applied.cuts) if (!desired.cuts.has(key)) relay.restore(linkOf(key));
  for (const key of desired.cuts) if (!applied.cuts.has(key)) relay.cut(linkOf(key));
  if (JSON.stringify(desired.partition) !== JSON.stringify(applied.partition))
    relay.setPartition(desired.partition);
  for (const key of applied.delays.keys()) if (!desired.delays.has(key)) relay.setDelay(linkOf(key), 0, 0);
  for (const [key, delay] of desired.delays) {
    const before = applied.delays.get(key);
    if (before?.latencyMs === delay.latencyMs && before.jitterMs === delay.jitterMs) continue;
    relay.setDelay(key === 'global' ? null : linkOf(key), delay.latencyMs, delay.jitterMs);
  }
  for (const key of applied.drops.keys()) if (!desired.drops.has(key)) relay.setDrop(linkOf(key), 0);
  for (const [key, percent] of desired.drops) {
    if (applied.drops.get(key) === percent) continue;
    relay.setDrop(key === 'global' ? null : linkOf(key), percent);
  }
  return desired;
}
