import net from 'node:net';
import { DirectedLink, type ByteSink, type Channel, type DirectedLinkHooks } from './directedLink.ts';
import { createElectionDecoder } from './electionDecode.ts';
import { createHandshakeRewriter } from './handshakeRewriter.ts';
import { createQuorumDecoder } from './quorumDecode.ts';
import type { ServerId } from '../../core/types.ts';

// One TCP connection that `from` dialed to the relay for `to`, and the relay's own connection on to
// `to`. Its two byte streams are two directed links: `forward` (from → to) and `backward`
// (to → from). The relay dials `to` only while (from → to) may deliver, since an accepted election
// connection that carries nothing blocks that server's listener (pitfall 4), and retries a refused
// dial for a while, since a new leader opens its quorum port late (pitfall 2).

/** How long a refused upstream dial is retried, and how often. */
export const DIAL_RETRY_WINDOW_MS = 2000;
export const DIAL_RETRY_INTERVAL_MS = 50;

export interface ConnectionOptions {
  from: ServerId;
  to: ServerId;
  channel: Channel;
  upstreamPort: number;
  /** Election connections: the address the dialer's initial message announces instead of its own. */
  announceAddress: string | null;
  hooks: DirectedLinkHooks;
  finished(connection: RelayConnection): void;
}

export class RelayConnection {
  readonly forward: DirectedLink;
  readonly backward: DirectedLink;
  private upstream: net.Socket | null = null;
  private dialing = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private done = false;

  constructor(
    private readonly downstream: net.Socket,
    private readonly options: ConnectionOptions,
  ) {
    const { from, to, channel, announceAddress } = options;
    const hooks: DirectedLinkHooks = {
      ...options.hooks,
      delivered: (link, item, nowMs) => {
        options.hooks.delivered(link, item, nowMs);
        if (item.kind === 'close') queueMicrotask(() => this.finishIfClosed());
      },
    };
    const election = channel === 'election';
    const rewriter = election && announceAddress ? createHandshakeRewriter(announceAddress) : null;
    this.forward = new DirectedLink(
      from,
      to,
      channel,
      hooks,
      election ? createElectionDecoder(true) : createQuorumDecoder(),
      rewriter,
    );
    this.backward = new DirectedLink(
      to,
      from,
      channel,
      hooks,
      election ? createElectionDecoder(false) : createQuorumDecoder(),
    );
    downstream.setNoDelay(true);
    readInto(downstream, this.forward);
    this.backward.attach(socketSink(downstream));
    this.rulesChanged();
  }

  get from(): ServerId {
    return this.options.from;
  }

  get to(): ServerId {
    return this.options.to;
  }

  get channel(): Channel {
    return this.options.channel;
  }

  /** The rules or a delay changed, or a link delivered: dial if now allowed, deliver what may go, finish if closed. */
  rulesChanged(): void {
    if (this.done) return;
    this.maybeDial();
    this.forward.pump();
    this.backward.pump();
    this.finishIfClosed();
  }

  /** Resets both sockets at once and forgets what either direction held (a restart, the relay stopping). */
  destroy(): void {
    if (this.done) return;
    this.forget();
    resetSocket(this.downstream);
    if (this.upstream) resetSocket(this.upstream);
  }

  /**
   * Called after each delivery: a connection whose both closes went on is over, and its sockets
   * close themselves once their last bytes are out (resetting them could lose those bytes). After
   * a reset went on, what is left of the other socket goes too.
   */
  finishIfClosed(): void {
    if (this.done) return;
    if (this.forward.resetDelivered || this.backward.resetDelivered) {
      this.forget();
      this.downstream.destroy();
      this.upstream?.destroy();
    } else if (this.forward.closeDelivered && this.backward.closeDelivered) {
      this.forget();
    }
  }

  private forget(): void {
    this.done = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.forward.discard();
    this.backward.discard();
    this.options.finished(this);
  }

  private maybeDial(): void {
    if (this.upstream || this.dialing || this.done) return;
    if (!this.options.hooks.mayDeliver(this.from, this.to)) return;
    this.dialing = true;
    this.dial(this.options.hooks.nowMs());
  }

  private dial(firstTryMs: number): void {
    const socket = net.connect({ host: '127.0.0.1', port: this.options.upstreamPort, allowHalfOpen: true });
    socket.once('connect', () => {
      socket.removeAllListeners('error');
      this.dialing = false;
      if (this.done) {
        socket.destroy();
        return;
      }
      this.upstream = socket;
      socket.setNoDelay(true);
      readInto(socket, this.backward);
      this.forward.attach(socketSink(socket));
      this.finishIfClosed();
    });
    socket.once('error', () => {
      socket.destroy();
      if (this.done) return;
      const elapsedMs = this.options.hooks.nowMs() - firstTryMs;
      const mayRetry = elapsedMs < DIAL_RETRY_WINDOW_MS && this.options.hooks.mayDeliver(this.from, this.to);
      if (mayRetry) {
        this.retryTimer = setTimeout(() => this.dial(firstTryMs), DIAL_RETRY_INTERVAL_MS);
        return;
      }
      this.dialing = false;
      // Cut meanwhile: dial again on the heal. Refused for the whole window: the dialer sees a reset.
      if (elapsedMs >= DIAL_RETRY_WINDOW_MS) this.backward.acceptClose(true);
      this.rulesChanged();
    });
  }
}

function readInto(socket: net.Socket, link: DirectedLink): void {
  socket.on('data', (chunk: Buffer) => link.accept(chunk));
  socket.on('end', () => link.acceptClose(false));
  socket.on('error', () => link.acceptClose(true));
  socket.on('close', (hadError) => link.acceptClose(hadError));
}

function socketSink(socket: net.Socket): ByteSink {
  return {
    write: (bytes) => {
      if (!socket.destroyed) socket.write(bytes);
    },
    end: () => {
      if (!socket.destroyed) socket.end();
    },
    reset: () => resetSocket(socket),
  };
}

/** An RST, as a restarted host answers a connection it no longer knows. */
function resetSocket(socket: net.Socket): void {
  if (socket.destroyed) return;
  if (socket.readyState === 'open' || socket.readyState === 'readOnly' || socket.readyState === 'writeOnly')
    socket.resetAndDestroy();
  else socket.destroy();
}
