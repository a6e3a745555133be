import type { ServerId } from '../../core/types.ts';
import type { ObservedRecord } from '../../driver/real/protocol.ts';

// What a heal released, per sending server: to whom, how many chunks, and the oldest one's read
// time, for one 'packets-released' record each (the simulator's host records the same).

interface Released {
  peers: Set<ServerId>;
  packets: number;
  oldestReadMs: number;
}

export class ReleaseTally {
  private readonly bySender = new Map<ServerId, Released>();

  add(from: ServerId, to: ServerId, readMs: number): void {
    const entry = this.bySender.get(from) ?? { peers: new Set<ServerId>(), packets: 0, oldestReadMs: readMs };
    entry.peers.add(to);
    entry.packets++;
    entry.oldestReadMs = Math.min(entry.oldestReadMs, readMs);
    this.bySender.set(from, entry);
  }

  records(nowMs: number, syncLimitMs: number): ObservedRecord[] {
    return [...this.bySender.entries()]
      .sort(([a], [b]) => a - b)
      .map(([node, entry]) => ({
        t: nowMs,
        node,
        kind: 'packets-released' as const,
        peers: [...entry.peers].sort((a, b) => a - b),
        packets: entry.packets,
        heldMs: nowMs - entry.oldestReadMs,
        syncLimitMs,
        source: 'relay' as const,
      }));
  }
}
