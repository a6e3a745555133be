import { HoldQueue, type HeldItem } from './holdQueue.ts';
import type { StreamDecoder } from './electionDecode.ts';
import type { ChunkRewriter } from './handshakeRewriter.ts';
import type { ServerId } from '../../core/types.ts';

// One direction of one relayed TCP connection: what `from` wrote, on its way to `to`. Bytes and
// the close are queued when read and leave only when the rules let this direction deliver and
// their delay is over, so a cut holds them (never drops: a gap would corrupt jute framing) and a
// heal sends them in order (real-zookeeper.md, Faults).

export type Channel = 'quorum' | 'election';

/** Where a direction's bytes go: the other end's socket. */
export interface ByteSink {
  write(bytes: Uint8Array): void;
  end(): void;
  /** Passes a reset on. */
  reset(): void;
}

export interface DirectedLinkHooks {
  nowMs(): number;
  mayDeliver(from: ServerId, to: ServerId): boolean;
  waitMs(from: ServerId, to: ServerId): number;
  delivered(link: DirectedLink, item: HeldItem, nowMs: number): void;
}

export class DirectedLink {
  private readonly queue = new HoldQueue();
  private sink: ByteSink | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private closeRead = false;
  private discarded = false;
  /** The close went on to the other end (or the link was discarded): nothing more will. */
  closeDelivered = false;
  resetDelivered = false;

  constructor(
    readonly from: ServerId,
    readonly to: ServerId,
    readonly channel: Channel,
    private readonly hooks: DirectedLinkHooks,
    private readonly decoder: StreamDecoder,
    private readonly rewriter: ChunkRewriter | null = null,
  ) {}

  get heldBytes(): number {
    return this.queue.heldBytes;
  }

  get attached(): boolean {
    return this.sink !== null;
  }

  /** Bytes read from `from`'s socket. */
  accept(chunk: Uint8Array): void {
    if (this.closeRead || this.discarded) return;
    const pieces = this.rewriter ? this.rewriter.push(chunk) : [chunk];
    for (const piece of pieces) this.enqueueBytes(piece);
    this.pump();
  }

  /** `from`'s socket ended (FIN) or failed (reset). Only the first close counts. */
  acceptClose(reset: boolean): void {
    if (this.closeRead || this.discarded) return;
    for (const piece of this.rewriter?.flush() ?? []) this.enqueueBytes(piece);
    this.closeRead = true;
    const readMs = this.hooks.nowMs();
    this.queue.push(
      { kind: 'close', reset, readMs, held: !this.mayDeliverNow() },
      this.hooks.waitMs(this.from, this.to),
    );
    this.pump();
  }

  attach(sink: ByteSink): void {
    this.sink = sink;
    this.pump();
  }

  /** Delivers whatever may leave now, in order; arms a timer for the next delayed item. */
  pump(): void {
    if (this.discarded || !this.sink) return;
    if (!this.mayDeliverNow()) {
      this.queue.markHeld();
      return;
    }
    for (let item = this.queue.peek(); item; item = this.queue.peek()) {
      const nowMs = this.hooks.nowMs();
      if (item.dueMs > nowMs) {
        this.arm(item.dueMs - nowMs);
        return;
      }
      this.queue.shift();
      this.deliver(item, this.sink);
      this.hooks.delivered(this, item, nowMs);
    }
  }

  /** Forgets what it holds and delivers nothing more (the connection is being torn down). */
  discard(): void {
    this.discarded = true;
    this.closeDelivered = true;
    this.queue.clear();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private enqueueBytes(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    const messages = this.decoder.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    const readMs = this.hooks.nowMs();
    this.queue.push(
      { kind: 'bytes', bytes, readMs, messages, held: !this.mayDeliverNow() },
      this.hooks.waitMs(this.from, this.to),
    );
  }

  private deliver(item: HeldItem, sink: ByteSink): void {
    if (item.kind === 'bytes') {
      sink.write(item.bytes);
      return;
    }
    this.closeDelivered = true;
    this.resetDelivered = item.reset;
    if (item.reset) sink.reset();
    else sink.end();
  }

  private mayDeliverNow(): boolean {
    return this.hooks.mayDeliver(this.from, this.to);
  }

  private arm(waitMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.pump();
    }, waitMs);
  }
}
