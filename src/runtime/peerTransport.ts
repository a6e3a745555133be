import type { ServerId } from '../core/types.ts';
import { decodeDelivery, encodeWireBatch, switchChannelName, type SwitchPost, type WireBatch, type WireMessage } from './protocol.ts';
import { FlushPacer, queueFor } from './flushPacer.ts';
import type { TimerApi } from './simScheduler.ts';

// A server's traffic to its peers, over BroadcastChannel through the switch (DESIGN §4,
// packetSwitch.ts). Each server holds one channel, shared with the switch and nobody else: it posts
// everything it has for any number of peers as one post, and the switch posts each receiver one
// batch of everything every sender had for it.
//
// Why a switch and not a channel per pair of servers (measured at 101 servers, headless Chromium on
// 2 vCPUs): a BroadcastChannel post costs about 0.1 ms of a worker's CPU even with the machine idle,
// and was half of every worker's busy time. A notification to all peers was 100 posts, and each
// receiver had one delivery per sender. Through the switch it is one post, and each receiver gets
// one delivery per switch flush, however many senders. A server also opens one channel instead of
// 100 (10,100 channel objects at 101 servers become 202).
//
// In a storm (an election among 101 servers sends ~100,000 notifications) posts are coalesced: a
// flush follows at most every 0.4 ms per server in the cluster (2 ms at least; 40 ms at 101
// servers), and everything queued meanwhile shares one post. A quiet sender (a ping a second)
// flushes at the end of the macrotask, with no added delay. Measured at 101 servers: with 2 ms the
// first election took 10.6 s and the first 20 s drew 34.5 fps; with 40 ms, 7.6 s and 42.6 fps (a
// token bucket of 2,500 posts a second for the cluster did about as well, in more code).

/** A channel end as the host sees it; the worker entry wraps BroadcastChannel into this. */
export interface ChannelEnd {
  post(data: unknown): void;
  close(): void;
}

export type OpenChannel = (name: string, onMessage?: (data: unknown) => void) => ChannelEnd;

/** Real ms between two flushes of one sender, at most, per server in the cluster (and at least 2 ms). */
export const FLUSH_INTERVAL_PER_SERVER_MS = 0.4;
/** Real ms to wait for the listening probe before going on regardless (a browser that never answers). */
export const LISTEN_PROBE_TIMEOUT_MS = 5000;

/**
 * What a channel's owner posts to itself to learn that its end is registered (never a batch). The
 * other end's holder hears it too, hence the sender's id (the switch's is SWITCH_PROBE_FROM).
 */
export interface ListenProbe {
  probe: number;
  from: ServerId;
}

export function isProbe(data: unknown): data is ListenProbe {
  return typeof data === 'object' && data !== null && 'probe' in data;
}

/**
 * Opens a second object on `name`, posts a probe from it and closes it. The owner's listening end
 * hears it once the browser has registered that end: a BroadcastChannel joins its name
 * asynchronously, and a post that reaches the browser first is delivered to nobody (measured: at 101
 * servers, channels opened all at once lost the first election's notifications). One context's
 * channels are connected in the order it opened them, so a probe on the name opened last also
 * proves every earlier one registered.
 */
export function postProbe(open: OpenChannel, name: string, probe: ListenProbe): void {
  const end = open(name);
  end.post(probe);
  end.close();
}

export interface TransportOptions {
  open: OpenChannel;
  cluster: string;
  self: ServerId;
  /** Runs a function at the end of the current macrotask. */
  defer: (fn: () => void) => void;
  timers: TimerApi;
  /** Servers in the cluster: a big cluster's senders flush less often, so a storm merges into fewer posts. */
  clusterSize: number;
}

export class PeerTransport {
  private readonly open: OpenChannel;
  private readonly channelName: string;
  private readonly self: ServerId;
  private readonly timers: TimerApi;
  private readonly pacer: FlushPacer;
  /** This server's end of its channel with the switch, for both directions. */
  private end: ChannelEnd | null = null;
  private onBatch: (batch: WireBatch) => void = () => {};
  private probeToken = 0;
  private probeRegistered: () => void = () => {};
  private pending = new Map<ServerId, WireMessage[]>();
  /** Posts received that were neither a delivery nor a probe (dropped). */
  refused = 0;
  private probes = 0;

  constructor(options: TransportOptions) {
    this.open = options.open;
    this.channelName = switchChannelName(options.cluster, options.self);
    this.self = options.self;
    this.timers = options.timers;
    this.pacer = new FlushPacer(options.timers, options.defer, Math.max(2, options.clusterSize * FLUSH_INTERVAL_PER_SERVER_MS), () => this.flush());
  }

  /** Opens this server's end of its channel with the switch; resolves once the browser registered it. */
  listen(onBatch: (batch: WireBatch) => void): Promise<void> {
    this.onBatch = onBatch;
    if (this.end) return Promise.resolve();
    const token = ++this.probes;
    const ready = new Promise<void>((resolve) => {
      this.probeToken = token;
      this.probeRegistered = resolve;
    });
    this.end = this.open(this.channelName, this.receive);
    postProbe(this.open, this.channelName, { probe: token, from: this.self });
    if (this.pending.size > 0) this.pacer.request();
    const timeout = this.timers.setTimer(this.probeRegistered, LISTEN_PROBE_TIMEOUT_MS);
    return ready.then(() => this.timers.clearTimer(timeout));
  }

  private readonly receive = (data: unknown): void => {
    if (isProbe(data)) {
      if (data.from === this.self && data.probe === this.probeToken) this.probeRegistered();
      return;
    }
    const batches = decodeDelivery(data);
    if (!batches) {
      this.refused++;
      return;
    }
    for (const batch of batches) this.onBatch(batch);
  };

  /** Queues a message; everything queued goes out as one post at the end of the current macrotask. */
  send(to: ServerId, message: WireMessage): void {
    queueFor(this.pending, to, message);
    // Before the end is open the queue waits: listen() asks for the flush.
    if (this.end) this.pacer.request();
  }

  /** Posts everything queued, for every peer, as one post to the switch. */
  private flush(): void {
    if (!this.end || this.pending.size === 0) return;
    const post: SwitchPost = [];
    for (const [to, messages] of this.pending) post.push(to, encodeWireBatch({ from: this.self, messages }));
    this.pending.clear();
    this.end.post(post);
  }

  close(): void {
    this.end?.close();
    this.end = null;
    this.pending.clear();
    this.pacer.cancel();
    this.probeRegistered();
  }
}
