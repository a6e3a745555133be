import type { ServerId } from '../core/types.ts';
import { decodeWireBatch, encodeWireBatch, pairChannelName, type WireBatch, type WireMessage } from './protocol.ts';
import type { TimerApi } from './simScheduler.ts';

// Point-to-point traffic over BroadcastChannel, one channel per pair of servers (DESIGN §4).
//
// Chromium delivers a post to every *other* object open on that name, in any context, listener or
// not. With one inbox per server and every sender holding an object on it, each message would be
// delivered N−1 times (measured: 30k wasted deliveries/s and multi-second lag at 101 servers). Opening
// the peer's inbox only for the moment of a post avoids that, but opening a channel is an IPC to the
// browser process and was most of a worker's CPU (measured at 101 servers: the BroadcastChannel
// constructor, postMessage and close took 70% of each worker's busy time). So each pair of servers has
// its own channel, used both ways: each opens its end for every peer when it starts listening and
// sends on that same end. Exactly two objects hold each name, and a post never comes back to the
// object that made it, so a post reaches the peer alone and a send costs one post. (One channel per
// ordered pair needed a second end for sending: an election then opened 100 more per server, and a
// follower closed them when idle, to reopen them all at the next election. Measured at 101 servers,
// opening ends was 28% of a worker's busy time in start-up.)
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
/** Real ms to wait for the listening probe before going on regardless (a browser that never answers). */
export const LISTEN_PROBE_TIMEOUT_MS = 5000;

/**
 * What a server posts to itself to learn that its ends are registered (never a WireBatch). The peer
 * on that channel gets it too, hence the sender's id.
 */
interface ListenProbe {
  probe: number;
  from: ServerId;
}

function isProbe(data: unknown): data is ListenProbe {
  return typeof data === 'object' && data !== null && 'probe' in data;
}

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
  /** This server's end of its channel with each peer, for both directions. */
  private readonly ends = new Map<ServerId, ChannelEnd>();
  private onBatch: (batch: WireBatch) => void = () => {};
  private probeToken = 0;
  private probeRegistered: () => void = () => {};
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
  /** Posts received that were neither a batch nor a probe (dropped). */
  refused = 0;
  private probes = 0;

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

  /**
   * Opens this server's end of every peer's channel to it. Resolves once the browser has registered
   * them: a BroadcastChannel joins its name asynchronously, and a post that reaches the browser first
   * is delivered to nobody (measured: at 101 servers, 10,100 ends opened at once lost the first
   * election's notifications and it took 160 s instead of 9). One worker's channels are connected in
   * the order it opened them, so a probe posted from an end opened last arrives only after all of
   * them are registered.
   */
  listen(peers: readonly ServerId[], onBatch: (batch: WireBatch) => void): Promise<void> {
    this.onBatch = onBatch;
    const token = ++this.probes;
    const ready = new Promise<void>((resolve) => {
      this.probeToken = token;
      this.probeRegistered = resolve;
    });
    let last: ServerId | null = null;
    for (const peer of peers) {
      if (peer === this.self || this.ends.has(peer)) continue;
      this.endTo(peer);
      last = peer;
    }
    if (last === null) return Promise.resolve();
    const probe = this.open(pairChannelName(this.cluster, last, this.self));
    probe.post({ probe: token, from: this.self } satisfies ListenProbe);
    probe.close();
    const timeout = this.timers.setTimer(this.probeRegistered, LISTEN_PROBE_TIMEOUT_MS);
    return ready.then(() => this.timers.clearTimer(timeout));
  }

  private readonly receive = (data: unknown): void => {
    if (isProbe(data)) {
      if (data.from === this.self && data.probe === this.probeToken) this.probeRegistered();
      return;
    }
    const batch = decodeWireBatch(data);
    if (batch) this.onBatch(batch);
    else this.refused++;
  };

  /** This server's end of its channel with `peer`, opened (and listening) on first use. */
  private endTo(peer: ServerId): ChannelEnd {
    let end = this.ends.get(peer);
    if (!end) {
      end = this.open(pairChannelName(this.cluster, this.self, peer), this.receive);
      this.ends.set(peer, end);
    }
    return end;
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
      this.endTo(to).post(encodeWireBatch(batch));
      this.posts++;
      if (!unpaced) this.tokens--;
    }
    if (this.pending.size > 0) this.schedule();
  };

  close(): void {
    for (const end of this.ends.values()) end.close();
    this.ends.clear();
    this.pending.clear();
    this.flushQueued = false;
    this.probeRegistered();
  }
}
