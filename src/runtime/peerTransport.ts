import type { ServerId } from '../core/types.ts';
import { inboxChannelName, type WireBatch, type WireMessage } from './protocol.ts';
import type { TimerApi } from './simScheduler.ts';

// Point-to-point traffic over BroadcastChannel, one inbox channel per server (DESIGN §4).
//
// Chromium delivers a post to every *other* object open on that name, in any context, listener or
// not. So a sender must not keep objects open on its peers' inboxes: with every server holding one
// per peer, each message would be delivered N−1 times (measured: 30k wasted deliveries/s and
// multi-second lag at 101 servers). A sender therefore opens the peer's inbox only for the moment
// it posts: everything it has for that peer in one macrotask goes in one post, then the object is
// closed. Measured at 101 servers: zero wasted deliveries, no loss, p99 under 30 ms at ZooKeeper's
// ping rate. The receiver keeps the only long-lived object on its own inbox.
//
// Opening a channel is the expensive part (an IPC to the browser process), so in a storm (an
// election among 101 servers sends ~100,000 notifications) posts are coalesced: a flush follows at
// most every `minFlushIntervalMs`, and everything queued for a peer meanwhile shares one post. A
// quiet sender (a ping a second) flushes at the end of the macrotask, with no added delay.
//
// Each sender also paces itself to a share of what the browser can route (a token bucket, one
// token per post): an election storm then queues in the senders, where it merges into fewer,
// larger posts, instead of in the browser process, where a long queue also stalls the page's own
// synchronous requests (font lookups during layout waited seconds behind it, measured). The
// leader is exempt: its pings are the failure detector and must not wait.

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
  private inbox: ChannelEnd | null = null;
  private pending = new Map<ServerId, WireMessage[]>();
  private flushQueued = false;
  private lastFlushRealMs = -Infinity;
  private readonly postsPerMs: number;
  private readonly capacity: number;
  private readonly unpaced: () => boolean;
  /** Token bucket: may go negative after a big flush; the next flush waits until it is positive. */
  private tokens: number;
  private tokensAtRealMs = 0;
  /** Posts and channel opens so far, for diagnostics. */
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

  /** Opens this server's inbox: the only object it ever holds on its own channel. */
  listen(onBatch: (batch: WireBatch) => void): void {
    this.inbox ??= this.open(inboxChannelName(this.cluster, this.self), (data) => onBatch(data as WireBatch));
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
      const channel = this.open(inboxChannelName(this.cluster, to));
      const batch: WireBatch = { from: this.self, messages };
      channel.post(batch);
      channel.close();
      this.posts++;
      if (!unpaced) this.tokens--;
    }
    if (this.pending.size > 0) this.schedule();
  };

  close(): void {
    this.inbox?.close();
    this.inbox = null;
    this.pending.clear();
    this.flushQueued = false;
  }
}
