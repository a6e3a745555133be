import { TCP_GAVE_UP, type Address, type NetworkModel } from './network.ts';

// The sending side of a host's TCP connections (DESIGN §4): what a sender's kernel does with a
// packet the network cannot carry right now. ZooKeeper's quorum traffic is TCP, so a cut or
// partitioned direction *holds* packets and delivers them, in order, once the link is back; the
// connection itself ends only when an endpoint's own read timeout says so, or on a close or reset.
//
// Two kinds of connection share a pair of servers, and they queue differently:
//  - a stream (a Zab connection, or a kill's reset): every packet is held, in order (FIFO);
//  - the election connection (QuorumCnxManager): its send queue holds one message per peer
//    (SEND_CAPACITY = 1) and a newer notification replaces the one waiting, so only the latest
//    is delivered when the connection comes back. The seed article's heartbeats are treated alike:
//    a heartbeat is only news of the latest moment.
//
// What is still lost, on purpose, is what TCP loses too: packets held by a host that crashes (its
// kernel is gone), packets for a host that is down, and a packet TCP gave up on after
// TCP_MAX_RETRANSMISSIONS (network.ts). A restarted host opens new connections.

/** Where a packet goes next, decided when it is sent or released. */
export const HELD = -2;
export const LOST = TCP_GAVE_UP;

interface HeldPacket<P> {
  payload: P;
  sentMs: number;
  latestWins: boolean;
}

export type DeliverFn<P> = (to: Address, payload: P, sentMs: number, atMs: number) => void;

export class OutgoingLinks<P> {
  private readonly self: Address;
  private readonly network: NetworkModel;
  /** Held packets per destination, in send order; a destination has an entry only while held. */
  private readonly held = new Map<Address, HeldPacket<P>[]>();
  private heldTotal = 0;

  constructor(self: Address, network: NetworkModel) {
    this.self = self;
    this.network = network;
  }

  /**
   * The delivery time of a packet sent now, HELD when the direction cannot carry it (it leaves on
   * release()), or LOST when TCP gave up on it. `latestWins` marks election traffic.
   */
  send(to: Address, payload: P, latestWins: boolean, nowMs: number): number {
    const queue = this.heldTotal === 0 ? undefined : this.held.get(to);
    // A packet never overtakes one held before it on the same pair.
    if (queue === undefined && this.network.isConnected(this.self, to)) return this.network.deliveryAtMs(this.self, to, nowMs);
    this.hold(to, queue, { payload, sentMs: nowMs, latestWins });
    return HELD;
  }

  /** The second copy's time when the last send was duplicated, else -1 (network.ts). */
  get duplicateAtMs(): number {
    return this.network.duplicateAtMs;
  }

  /** After a change of the network: everything held for a direction that is back leaves, in order. */
  release(nowMs: number, deliver: DeliverFn<P>): void {
    if (this.heldTotal === 0) return;
    for (const [to, queue] of [...this.held]) {
      if (!this.network.isConnected(this.self, to)) continue;
      this.held.delete(to);
      this.heldTotal -= queue.length;
      for (const packet of queue) {
        const atMs = this.network.deliveryAtMs(this.self, to, nowMs);
        if (atMs === LOST) continue;
        deliver(to, packet.payload, packet.sentMs, atMs);
        const dupMs = this.network.duplicateAtMs;
        // The duplicate fault touches server links only (see serverHost.ts).
        if (dupMs >= 0 && typeof to === 'number') deliver(to, packet.payload, packet.sentMs, dupMs);
      }
    }
  }

  /** The host's kernel is gone (a crash): what it held is lost. */
  dropAll(): void {
    this.held.clear();
    this.heldTotal = 0;
  }

  get heldCount(): number {
    return this.heldTotal;
  }

  /** When the oldest packet held for `to` was sent, or null when nothing is held for it. */
  oldestHeldSentMs(to: Address): number | null {
    const queue = this.held.get(to);
    return queue && queue.length > 0 ? (queue[0] as HeldPacket<P>).sentMs : null;
  }

  private hold(to: Address, queue: HeldPacket<P>[] | undefined, packet: HeldPacket<P>): void {
    if (queue === undefined) {
      this.held.set(to, [packet]);
      this.heldTotal++;
      return;
    }
    if (packet.latestWins) {
      const waiting = queue.findIndex((p) => p.latestWins);
      if (waiting >= 0) {
        queue.splice(waiting, 1);
        this.heldTotal--;
      }
    }
    queue.push(packet);
    this.heldTotal++;
  }
}
