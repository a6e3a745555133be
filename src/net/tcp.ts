import { TCP_INITIAL_RTO_MS, TCP_MAX_RETRANSMISSIONS, TCP_MAX_RTO_MS, type Address, type NetworkView } from './networkView.ts';

// The sending half of a host's TCP connections (DESIGN §4): what a sender's kernel does with the
// packets it is asked to send. ZooKeeper's quorum traffic is TCP, so:
//  - each connection (stream) delivers in order: a later packet never overtakes an earlier one;
//  - a packet lost on a live link is retransmitted after the retransmission timeout (200 ms,
//    doubling up to TCP_MAX_RTO_MS), drawn against the network *as it is at that retry*, and the
//    packets behind it on its connection wait for it (head-of-line blocking) — but only on that
//    connection: a new connection never queues behind an old one;
//  - a cut or partitioned direction holds every connection's packets, which leave, in order, once
//    the link is back (real TCP would wait for its next backed-off retransmission; we send at once);
//  - the connection itself ends only when an endpoint's own read timeout says so, or on a close or
//    a reset: nothing here ever drops a packet silently from a live connection.
//
// Streams of one pair of servers: every Zab connection (by its connection id), the election
// connection and the kill's reset. The election connection (QuorumCnxManager) queues one message
// per peer (SEND_CAPACITY = 1): a newer notification replaces one still waiting to be sent, so only
// the latest is delivered when the connection comes back. The seed article's heartbeats are alike.
//
// Lost on purpose, as TCP loses them too: packets held by a host that crashes (its kernel is gone),
// packets for a host that is down (the receiver side decides that), and a connection TCP gives up on
// after TCP_MAX_RETRANSMISSIONS retransmissions, about 15 minutes of loss: it is reset.

/** Streams of one destination: the election connection, the reset, and Zab connections by id. */
export const ELECTION_STREAM = 0;
export const RESET_STREAM = 1;
export const zabStream = (connId: number): number => connId + 2;
/** A client's connection to a server, the one stream of that address besides the reset. */
export const CLIENT_STREAM = ELECTION_STREAM;

/**
 * `held`: the packet waited in the kernel for a cut or partitioned direction to come back; `stream`:
 * the connection it travels on, which the receiving kernel knows without reading the packet.
 */
export type DeliverFn<P> = (to: Address, payload: P, sentMs: number, atMs: number, held: boolean, stream: number) => void;

interface Queued<P> {
  payload: P;
  sentMs: number;
  /** It waited for its direction to come back (not only for a retransmission): the diagram draws it held. */
  held: boolean;
}

interface Stream<P> {
  id: number;
  to: Address;
  latestWins: boolean;
  queue: Queued<P>[];
  /** Losses of the packet at the head so far. */
  retransmits: number;
  /** When the head is next tried; WAITING_FOR_LINK while its direction carries nothing. */
  nextAttemptMs: number;
  /** In-order delivery: nothing on this stream arrives before this. */
  lastDeliveryMs: number;
}

const WAITING_FOR_LINK = -1;
/** Index of the first client destination: above every server id (MAX_SERVER_ID). */
const CLIENT_INDEX_BASE = 4096;
/** Idle streams are forgotten after this many sends, when nothing of theirs can still be in flight. */
const SWEEP_EVERY_SENDS = 4096;

export class OutgoingLinks<P> {
  private readonly self: Address;
  private readonly network: NetworkView;
  private readonly deliver: DeliverFn<P>;
  private readonly streams = new Map<number, Stream<P>>();
  /** Streams with something queued: held for a link, or retransmitting. */
  private readonly busy = new Set<Stream<P>>();
  private readonly addressIndex = new Map<Address, number>();
  /**
   * Per destination, the stream used last and its id (the lookup cache of streamOf): servers by id,
   * clients by their index less CLIENT_INDEX_BASE, so both arrays stay dense (an index past a long
   * gap would make V8 keep an array as a slow dictionary).
   */
  private lastStream: (Stream<P> | undefined)[] = [];
  private lastStreamId: number[] = [];
  private lastClientStream: (Stream<P> | undefined)[] = [];
  private lastClientStreamId: number[] = [];
  private sendsSinceSweep = 0;
  /** Connections TCP gave up on; called with the packet's send time. */
  onGiveUp: ((to: Address, sentMs: number) => void) | null = null;

  constructor(self: Address, network: NetworkView, deliver: DeliverFn<P>) {
    this.self = self;
    this.network = network;
    this.deliver = deliver;
  }

  /** Sends a packet on stream `stream` to `to`; it is delivered through the callback, now or later. */
  send(to: Address, stream: number, payload: P, latestWins: boolean, nowMs: number): void {
    // Sweep first: a stream looked up before a sweep could be forgotten while still in use.
    if (++this.sendsSinceSweep >= SWEEP_EVERY_SENDS) this.sweep(nowMs);
    const s = this.streamOf(to, stream, latestWins);
    if (s.queue.length > 0) {
      // With a queue, nextAttemptMs tells whether its head waits for the link or for a retry.
      this.enqueue(s, { payload, sentMs: nowMs, held: s.nextAttemptMs === WAITING_FOR_LINK });
      return;
    }
    // The common case, without queueing: the link is up and the first try gets through.
    if (this.network.isConnected(this.self, to) && !this.network.drawLoss(this.self, to)) {
      this.deliverPayload(s, payload, nowMs, nowMs, false);
      return;
    }
    s.queue.push({ payload, sentMs: nowMs, held: false });
    this.attempt(s, nowMs, true);
  }

  /**
   * Tries again whatever is due: retransmissions whose timeout has come, and packets held for a
   * direction that is back (call it after every change of the network, and at nextWakeupMs()).
   */
  pump(nowMs: number): void {
    if (this.busy.size === 0) return;
    for (const s of [...this.busy]) {
      if (s.nextAttemptMs === WAITING_FOR_LINK ? this.network.isConnected(this.self, s.to) : s.nextAttemptMs <= nowMs) this.attempt(s, nowMs);
    }
  }

  /** When pump() next has a retransmission to make, or Infinity. */
  nextWakeupMs(): number {
    let next = Infinity;
    for (const s of this.busy) if (s.nextAttemptMs !== WAITING_FOR_LINK && s.nextAttemptMs < next) next = s.nextAttemptMs;
    return next;
  }

  /** The host's kernel is gone (a crash): what it held is lost. */
  dropAll(): void {
    for (const s of this.busy) s.queue = [];
    this.busy.clear();
    this.streams.clear();
    this.forgetLastStreams();
  }

  /** The peer runs a new process: its old connections' order no longer applies to new packets. */
  resetPeer(peer: Address): void {
    for (const s of this.streams.values()) if (s.to === peer && s.queue.length === 0) s.lastDeliveryMs = -Infinity;
  }

  /** True when some packet waits in the kernel (held or retransmitting): cheap, for the hot path. */
  get holdsAny(): boolean {
    return this.busy.size > 0;
  }

  /** Packets queued in the kernel, not yet delivered (held or retransmitting). */
  get heldCount(): number {
    let n = 0;
    for (const s of this.busy) n += s.queue.length;
    return n;
  }

  /** When the oldest packet still queued for `to` was sent, or null when nothing is. */
  oldestHeldSentMs(to: Address): number | null {
    let oldest: number | null = null;
    for (const s of this.busy) if (s.to === to && (oldest === null || (s.queue[0] as Queued<P>).sentMs < oldest)) oldest = (s.queue[0] as Queued<P>).sentMs;
    return oldest;
  }

  // ------------------------------------------------------------------ internals

  /**
   * One try of the head of the stream; on success everything queued behind it goes too.
   * `alreadyLost`: the caller just drew this try and lost it (or found the link down).
   */
  private attempt(s: Stream<P>, nowMs: number, alreadyLost = false): void {
    if (!this.network.isConnected(this.self, s.to)) {
      for (const packet of s.queue) packet.held = true;
      s.nextAttemptMs = WAITING_FOR_LINK;
      this.busy.add(s);
      return;
    }
    if (alreadyLost || this.network.drawLoss(this.self, s.to)) {
      s.retransmits++;
      if (s.retransmits > TCP_MAX_RETRANSMISSIONS) {
        this.giveUp(s);
        return;
      }
      s.nextAttemptMs = nowMs + rtoMs(s.retransmits);
      this.busy.add(s);
      return;
    }
    const queue = s.queue;
    s.queue = [];
    s.retransmits = 0;
    this.busy.delete(s);
    for (const packet of queue) this.deliverOne(s, packet, nowMs);
  }

  private deliverOne(s: Stream<P>, packet: Queued<P>, nowMs: number): void {
    this.deliverPayload(s, packet.payload, packet.sentMs, nowMs, packet.held);
  }

  private deliverPayload(s: Stream<P>, payload: P, sentMs: number, nowMs: number, held: boolean): void {
    let atMs = nowMs + this.network.drawTransitMs(this.self, s.to);
    if (atMs < s.lastDeliveryMs) atMs = s.lastDeliveryMs;
    s.lastDeliveryMs = atMs;
    this.deliver(s.to, payload, sentMs, atMs, held, s.id);
    // The duplicate fault is no TCP behaviour but a test of the Zab connections' idempotence (their
    // sequence numbers drop a repeat). Election traffic is spared: FastLeaderElection answers a
    // notification with one of its own, so every copy would breed replies without end.
    if (!s.latestWins && typeof s.to === 'number' && typeof this.self === 'number' && this.network.drawDuplicate()) this.deliver(s.to, payload, sentMs, atMs + 1, held, s.id);
  }

  private enqueue(s: Stream<P>, packet: Queued<P>): void {
    if (s.latestWins) {
      // The head may already be in the socket (retransmitting); what waits behind it is replaced.
      const keepHead = s.retransmits > 0 ? 1 : 0;
      s.queue.length = Math.min(s.queue.length, keepHead);
    }
    s.queue.push(packet);
  }

  private giveUp(s: Stream<P>): void {
    const head = s.queue[0] as Queued<P>;
    s.queue = [];
    s.retransmits = 0;
    this.busy.delete(s);
    this.onGiveUp?.(s.to, head.sentMs);
  }

  private streamOf(to: Address, stream: number, latestWins: boolean): Stream<P> {
    // Most sends repeat the previous stream to the same destination: skip the map for them.
    const index = this.indexOf(to);
    const isServer = index < CLIENT_INDEX_BASE;
    const slot = isServer ? index : index - CLIENT_INDEX_BASE;
    const cached = isServer ? this.lastStream[slot] : this.lastClientStream[slot];
    if (cached !== undefined && (isServer ? this.lastStreamId[slot] : this.lastClientStreamId[slot]) === stream) return cached;
    const key = stream * 8192 + index;
    let s = this.streams.get(key);
    if (!s) {
      s = { id: stream, to, latestWins, queue: [], retransmits: 0, nextAttemptMs: WAITING_FOR_LINK, lastDeliveryMs: -Infinity };
      this.streams.set(key, s);
    }
    if (isServer) {
      this.lastStream[slot] = s;
      this.lastStreamId[slot] = stream;
    } else {
      this.lastClientStream[slot] = s;
      this.lastClientStreamId[slot] = stream;
    }
    return s;
  }

  private forgetLastStreams(): void {
    this.lastStream = [];
    this.lastStreamId = [];
    this.lastClientStream = [];
    this.lastClientStreamId = [];
  }

  /** Servers are their own index; clients get indices from CLIENT_INDEX_BASE, above every server id. */
  private indexOf(to: Address): number {
    if (typeof to === 'number') return to;
    let index = this.addressIndex.get(to);
    if (index === undefined) {
      index = CLIENT_INDEX_BASE + this.addressIndex.size;
      this.addressIndex.set(to, index);
    }
    return index;
  }

  /** Forgets idle streams whose last packet has surely arrived: their order can no longer matter. */
  private sweep(nowMs: number): void {
    this.sendsSinceSweep = 0;
    this.forgetLastStreams();
    for (const [key, s] of this.streams) if (s.queue.length === 0 && s.lastDeliveryMs < nowMs) this.streams.delete(key);
  }
}

/** The retransmission timeout before retry `n` (1-based): 200 ms, doubling, capped. */
export function rtoMs(n: number): number {
  return Math.min(TCP_INITIAL_RTO_MS * 2 ** (n - 1), TCP_MAX_RTO_MS);
}
