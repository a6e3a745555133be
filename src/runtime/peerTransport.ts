import type { ServerId } from '../core/types.ts';
import { pairChannelName, type WireBatch, type WireMessage } from './protocol.ts';
import type { TimerApi } from './simScheduler.ts';

// Point-to-point traffic over BroadcastChannel, one channel per ordered pair of servers (DESIGN §4).
//
// Chromium delivers a post to every *other* object open on that name, in any context, listener or
// not. With one inbox per server and every sender holding an object on it, each message would be
// delivered N−1 times (measured: 30k wasted deliveries/s and multi-second lag at 101 servers). Opening
// the peer's inbox only for the moment of a post avoids that, but opening a channel is an IPC to the
// browser process and was most of a worker's CPU (measured at 101 servers: the BroadcastChannel
// constructor, postMessage and close took 70% of each worker's busy time). So each ordered pair has
// its own channel, `from>to`: the receiver opens its end for every peer when it starts listening and
// the sender opens its end on the first send and keeps it. Exactly two objects hold each name, so a
// post reaches the receiver alone, and a send costs one post.
//
// In a storm (an election among 101 servers sends ~100,000 notifications) posts are still coalesced:
// a flush follows at most every `minFlushIntervalMs`, and everything queued for a peer meanwhile
// shares one post. A quiet sender (a ping a second) flushes at the end of the macrotask, with no
// added delay. Each sender also paces itself to a share of what the browser can route (a token
// bucket, one token per post): an election storm then queues in the senders, where it merges into
// fewer, larger posts, instead of in the browser process, where a long queue also stalls the page's
// own synchronous requests. The leader is exempt: its pings are the failure detector and must not wait.

/** A channel end as the host sees it; the worker entry wraps BroadcastChannel into this. */
export interface ChannelEnd {
  post(data: unknown): void;
  close(): void;
}

export type OpenChannel = (name: string, onMessage?: (data: unknown) => void) => ChannelEnd;

/** Real ms between two flushes of one sender, at most; small against the modelled link latency. */
export const MIN_FLUSH_INTERVAL_MS = 2;
/**
 * Posts per second the whole cluster may make when every server is busy (an election). Measured on
 * 2 vCPUs: 2,000 posts/s kept p99 under 70 ms; 4,000/s already queued for 0.5 s.
 */
export const DEFAULT_CLUSTER_POSTS_PER_S = 2500;
/**
 * Real ms a sending end may stay unused before it is closed. An election opens an end to every peer;
 * each costs about 8 kB in the worker (measured), so a follower that afterwards talks only to its
 * leader gives the others back. Reopening costs one open, once per idle pair.
 */
export const IDLE_SEND_END_MS = 5000;

export interface TransportOptions {
  open: OpenChannel;
  cluster: string;
  self: ServerId;
  /** Runs a function at the end of the current macrotask. */
  defer: (fn: () => void) => void;
  timers: TimerApi;
  minFlushIntervalMs?: number;
  /** Servers in the cluster: each sender gets an equal share of the cluster's posts per second. */
  clusterSize: number;
  clusterPostsPerS?: number;
  /** True while this sender must not be paced (it leads). */
  unpaced?: () => boolean;
}

export class PeerTransport {
  private readonly open: OpenChannel;
  private readonly cluster: string;
  private readonly self: ServerId;
  private readonly defer: (fn: () => void) => void;
  private readonly timers: TimerApi;
  private readonly minFlushIntervalMs: number;
  /** This server's end of each peer's channel to it. */
  private readonly inbound = new Map<ServerId, ChannelEnd>();
  /** This server's end of its channel to each peer it has sent to recently, and when it last posted. */
  private readonly outbound = new Map<ServerId, { end: ChannelEnd; lastPostRealMs: number }>();
  private idleSweep: unknown = null;
  private pending = new Map<ServerId, WireMessage[]>();
  private flushQueued = false;
  private lastFlushRealMs = -Infinity;
  private readonly postsPerMs: number;
  private readonly capacity: number;
  private readonly unpaced: () => boolean;
  /** Token bucket: may go negative after a big flush; the next flush waits until it is positive. */
  private tokens: number;
  private tokensAtRealMs = 0;
  /** Posts so far, for diagnostics. */
  posts = 0;

  constructor(options: TransportOptions) {
    this.open = options.open;
    this.cluster = options.cluster;
    this.self = options.self;
    this.defer = options.defer;
    this.timers = options.timers;
    this.minFlushIntervalMs = options.minFlushIntervalMs ?? MIN_FLUSH_INTERVAL_MS;
    this.postsPerMs = (options.clusterPostsPerS ?? DEFAULT_CLUSTER_POSTS_PER_S) / Math.max(1, options.clusterSize) / 1000;
    // One second's share in reserve: a small cluster never waits, a big one waits only in storms.
    this.capacity = Math.max(1, this.postsPerMs * 1000);
    this.tokens = this.capacity;
    this.unpaced = options.unpaced ?? (() => false);
  }

  /** Opens this server's end of every peer's channel to it, before any peer can send. */
  listen(peers: readonly ServerId[], onBatch: (batch: WireBatch) => void): void {
    const receive = (data: unknown) => onBatch(data as WireBatch);
    for (const peer of peers) {
      if (peer === this.self || this.inbound.has(peer)) continue;
      this.inbound.set(peer, this.open(pairChannelName(this.cluster, peer, this.self), receive));
    }
  }

  /** Queues a message; the batch for each peer goes out at the end of the current macrotask. */
  send(to: ServerId, message: WireMessage): void {
    let batch = this.pending.get(to);
    if (!batch) {
      batch = [];
      this.pending.set(to, batch);
    }
    batch.push(message);
    this.schedule();
  }

  private schedule(): void {
    if (this.flushQueued) return;
    this.flushQueued = true;
    const nowMs = this.timers.realNowMs();
    const intervalWaitMs = this.lastFlushRealMs + this.minFlushIntervalMs - nowMs;
    const tokenWaitMs = this.unpaced() ? 0 : (1 - this.refill(nowMs)) / this.postsPerMs;
    const waitMs = Math.max(intervalWaitMs, tokenWaitMs);
    if (waitMs <= 0) this.defer(this.flush);
    else this.timers.setTimer(this.flush, waitMs);
  }

  private refill(nowMs: number): number {
    this.tokens = Math.min(this.capacity, this.tokens + (nowMs - this.tokensAtRealMs) * this.postsPerMs);
    this.tokensAtRealMs = nowMs;
    return this.tokens;
  }

  /** Posts what the bucket allows (everything, when unpaced); the rest waits for the next flush. */
  readonly flush = (): void => {
    if (!this.flushQueued) return;
    this.flushQueued = false;
    const nowMs = this.timers.realNowMs();
    this.lastFlushRealMs = nowMs;
    const unpaced = this.unpaced();
    let allowed = unpaced ? Infinity : Math.max(1, Math.floor(this.refill(nowMs)));
    for (const [to, messages] of this.pending) {
      if (allowed <= 0) break;
      allowed--;
      this.pending.delete(to);
      const batch: WireBatch = { from: this.self, messages };
      this.outboundTo(to, nowMs).post(batch);
      this.posts++;
      if (!unpaced) this.tokens--;
    }
    if (this.pending.size > 0) this.schedule();
  };

  private outboundTo(to: ServerId, nowMs: number): ChannelEnd {
    let sending = this.outbound.get(to);
    if (!sending) {
      sending = { end: this.open(pairChannelName(this.cluster, this.self, to)), lastPostRealMs: nowMs };
      this.outbound.set(to, sending);
      this.idleSweep ??= this.timers.setTimer(this.closeIdleEnds, IDLE_SEND_END_MS);
    }
    sending.lastPostRealMs = nowMs;
    return sending.end;
  }

  private readonly closeIdleEnds = (): void => {
    this.idleSweep = null;
    const nowMs = this.timers.realNowMs();
    for (const [to, sending] of this.outbound) {
      if (nowMs - sending.lastPostRealMs < IDLE_SEND_END_MS) continue;
      sending.end.close();
      this.outbound.delete(to);
    }
    if (this.outbound.size > 0) this.idleSweep = this.timers.setTimer(this.closeIdleEnds, IDLE_SEND_END_MS);
  };

  close(): void {
    for (const channel of this.inbound.values()) channel.close();
    for (const sending of this.outbound.values()) sending.end.close();
    if (this.idleSweep !== null) this.timers.clearTimer(this.idleSweep);
    this.idleSweep = null;
    this.inbound.clear();
    this.outbound.clear();
    this.pending.clear();
    this.flushQueued = false;
  }
}
