import type { ServerId } from '../core/types.ts';
import { isProbe, postProbe, type ChannelEnd, type OpenChannel } from './peerTransport.ts';
import { decodeSwitchPost, encodeDelivery, switchChannelName } from './protocol.ts';
import { FlushPacer, queueFor } from './flushPacer.ts';
import type { TimerApi } from './simScheduler.ts';

// The switch between the servers' workers: one more worker, holding the other end of every server's
// channel (DESIGN §4). A server posts everything it has for its peers as one post; the switch files
// each batch under its receiver and posts each receiver everything it holds for it as one delivery.
// So an election round costs O(N) posts and deliveries instead of O(N²) (peerTransport.ts says why
// that matters).
//
// It is a carrier and nothing more, like the wire between two kernels: links, cuts, partitions and
// TCP's order and holds are decided by each sender's kernel before a message leaves (src/net/tcp.ts),
// and the receiver holds it until its simulated delivery time. The switch keeps each sender's
// batches in arrival order, and one channel per server keeps the order on each hop.
//
// Deliveries are coalesced like the senders' posts: when quiet, a delivery leaves at the end of the
// task that brought it, with no added delay; in a storm, at most once every `minFlushIntervalMs`,
// each then carrying everything every sender had for that receiver meanwhile.

/** Real ms between two flushes of the switch, at most. */
export const SWITCH_FLUSH_INTERVAL_MS = 4;
/** The switch's id in its listening probe (no server has it). */
export const SWITCH_PROBE_FROM = -1;

export interface SwitchOptions {
  open: OpenChannel;
  cluster: string;
  ids: readonly ServerId[];
  timers: TimerApi;
  /** Runs a function at the end of the current macrotask. */
  defer: (fn: () => void) => void;
  minFlushIntervalMs?: number;
}

export class PacketSwitch {
  private readonly o: SwitchOptions;
  private readonly pacer: FlushPacer;
  private readonly ends = new Map<ServerId, ChannelEnd>();
  /** Batch texts held for each receiver, in arrival order. */
  private readonly pending = new Map<ServerId, string[]>();
  private probeRegistered: () => void = () => {};
  /** Posts that were neither a server's post nor a probe, or named no server of this cluster (dropped). */
  refused = 0;

  constructor(options: SwitchOptions) {
    this.o = options;
    this.pacer = new FlushPacer(options.timers, options.defer, options.minFlushIntervalMs ?? SWITCH_FLUSH_INTERVAL_MS, () => this.flush());
  }

  /** Opens the switch's end of every server's channel; resolves once the browser has registered them. */
  listen(): Promise<void> {
    const ready = new Promise<void>((resolve) => (this.probeRegistered = resolve));
    let last: ServerId | null = null;
    for (const id of this.o.ids) {
      if (this.ends.has(id)) continue;
      this.ends.set(id, this.o.open(switchChannelName(this.o.cluster, id), this.receive));
      last = id;
    }
    if (last === null) return Promise.resolve();
    postProbe(this.o.open, switchChannelName(this.o.cluster, last), { probe: 1, from: SWITCH_PROBE_FROM });
    return ready;
  }

  private readonly receive = (data: unknown): void => {
    if (isProbe(data)) {
      if (data.from === SWITCH_PROBE_FROM) this.probeRegistered();
      return;
    }
    const entries = decodeSwitchPost(data);
    if (!entries) {
      this.refused++;
      return;
    }
    for (const [to, text] of entries) {
      if (!this.ends.has(to)) {
        this.refused++;
        continue;
      }
      queueFor(this.pending, to, text);
    }
    if (this.pending.size > 0) this.pacer.request();
  };

  private flush(): void {
    for (const [to, texts] of this.pending) {
      this.ends.get(to)?.post(encodeDelivery(texts));
    }
    this.pending.clear();
  }

  close(): void {
    for (const end of this.ends.values()) end.close();
    this.ends.clear();
    this.pending.clear();
    this.pacer.cancel();
    this.probeRegistered();
  }
}
