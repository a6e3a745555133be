import type { Socket } from 'node:net';
import zookeeper, { type Client } from 'node-zookeeper-client';
import type { LinkLoss } from '../../core/clientEvents.ts';
import type { UserOp } from '../../core/client.ts';
import type { ServerId } from '../../core/types.ts';
import { runCall } from './childCalls.ts';
import type { ChildMessage, ServerAddress, SessionKey } from './childProtocol.ts';
import { internalsOf, MANAGER_STATES, tryFirst, type ConnectionInternals, type ServerEntry } from './libraryInternals.ts';
import { walkTree } from './treeWalk.ts';
import { sessionNumberOf, zxidOf } from './wireNumbers.ts';

// One ZooKeeper session inside the child process, on node-zookeeper-client. It reports what the
// library does (attempts, connections, losses, answers) as ChildMessages, and adds the one thing
// the library lacks: a read timeout. ClientCnxn drops a connection that was silent for 2/3 of the
// session timeout; this library never does, so a SIGSTOPped server would hold its clients forever.

/** StaticHostProvider's spin delay: the library waits up to this after every server failed in a row. */
const SPIN_DELAY_MS = 1000;
/** How often the read timeout is checked. */
const WATCHDOG_MS = 100;
/** 'heard' messages are sent at most this often (lastHeardMs for the page). */
const HEARD_EVERY_MS = 250;
/** A close that the server never confirms is ended by the child after this. */
const CLOSE_GIVE_UP_MS = 3000;

type Send = (message: ChildMessage) => void;

interface PendingLoss {
  server: ServerId;
  loss: LinkLoss;
  atMs: number;
}

export class ChildSession {
  private readonly client: Client;
  private readonly internals: ConnectionInternals;
  private readonly idByPort: Map<number, ServerId>;
  private attached: ServerId | null = null;
  private trying: ServerId | null = null;
  private attemptAtMs = 0;
  private tcpConnected = false;
  private socketError: string | null = null;
  private readTimedOut = false;
  private lastHeardAtMs = 0;
  private lastHeardSentAtMs = 0;
  private pendingLoss: PendingLoss | null = null;
  private closeCallId: number | null = null;
  private ended = false;
  private readonly watchdog: NodeJS.Timeout;

  constructor(
    readonly key: SessionKey,
    servers: ServerAddress[],
    firstServer: ServerId,
    timeoutMs: number,
    private readonly send: Send,
  ) {
    this.idByPort = new Map(servers.map((s) => [s.port, s.id]));
    const connection = servers.map((s) => `127.0.0.1:${s.port}`).join(',');
    this.client = zookeeper.createClient(connection, { sessionTimeout: timeoutMs, spinDelay: SPIN_DELAY_MS, retries: 0 });
    const internals = internalsOf(this.client);
    if (internals instanceof Error) throw internals;
    this.internals = internals;
    const first = servers.find((s) => s.id === firstServer);
    if (first) tryFirst(internals, first.port);
    const serverOrder = internals.servers.map((s) => this.idByPort.get(Number(s.port))).filter((id): id is ServerId => id !== undefined);
    send({ type: 'opened', key, serverOrder });
    this.watchAttempts();
    internals.on('state', (state) => this.onManagerState(state));
    this.watchdog = setInterval(() => this.checkReadTimeout(), WATCHDOG_MS);
    this.client.connect();
  }

  get isEnded(): boolean {
    return this.ended;
  }

  // ------------------------------------------------------------ connection

  /** Every attempt goes through findNextServer; its callback opens the socket. */
  private watchAttempts(): void {
    const original = this.internals.findNextServer.bind(this.internals);
    this.internals.findNextServer = (callback) => {
      const calledAtMs = Date.now();
      const spins = this.internals.serverAttempts === this.internals.servers.length;
      original((server: ServerEntry) => {
        callback(server);
        this.onAttempt(server, spins ? Date.now() - calledAtMs : null);
      });
    };
  }

  private onAttempt(server: ServerEntry, spunMs: number | null): void {
    this.trying = this.idByPort.get(Number(server.port)) ?? null;
    this.attemptAtMs = Date.now();
    this.tcpConnected = false;
    this.socketError = null;
    this.readTimedOut = false;
    const socket = this.internals.socket;
    if (socket) this.watchSocket(socket);
    const loss = this.pendingLoss;
    this.pendingLoss = null;
    if (loss !== null && this.trying !== null && !this.ended) {
      this.send({ type: 'lost', key: this.key, server: loss.server, loss: loss.loss, next: this.trying, spunMs, sinceLossMs: Date.now() - loss.atMs });
    }
  }

  private watchSocket(socket: Socket): void {
    socket.on('connect', () => (this.tcpConnected = true));
    socket.on('data', () => this.onHeard());
    socket.on('error', (error: NodeJS.ErrnoException) => (this.socketError = error.code ?? error.message));
    socket.on('close', () => this.onSocketClosed());
  }

  private lossNow(): LinkLoss {
    if (this.readTimedOut) return { why: 'read-timeout', silentMs: Date.now() - this.lastHeardAtMs };
    // A refused or reset connection: the server's process is gone or its port closed, noticed at once.
    if (this.socketError === 'ECONNREFUSED' || this.socketError === 'ECONNRESET' || this.socketError === 'EPIPE') return { why: 'connection-reset' };
    // The library destroys a socket that did not connect within timeout / servers.
    if (!this.tcpConnected) return { why: 'connect-timeout', waitedMs: Date.now() - this.attemptAtMs };
    return { why: 'closed-by-server' };
  }

  private onSocketClosed(): void {
    const server = this.attached ?? this.trying;
    if (server !== null) this.pendingLoss = { server, loss: this.lossNow(), atMs: Date.now() };
    this.attached = null;
  }

  private onHeard(): void {
    const now = Date.now();
    this.lastHeardAtMs = now;
    if (this.attached === null || now - this.lastHeardSentAtMs < HEARD_EVERY_MS) return;
    this.lastHeardSentAtMs = now;
    this.send({ type: 'heard', key: this.key, lastZxid: zxidOf(this.internals.zxid) });
  }

  private checkReadTimeout(): void {
    if (this.attached === null) return;
    const readTimeoutMs = (this.internals.sessionTimeout * 2) / 3;
    if (Date.now() - this.lastHeardAtMs <= readTimeoutMs) return;
    this.readTimedOut = true;
    this.internals.socket?.destroy();
  }

  private onManagerState(state: number): void {
    if (this.ended) return;
    if (state === MANAGER_STATES.CONNECTED) return this.onConnected();
    if (state === MANAGER_STATES.SESSION_EXPIRED) {
      this.send({ type: 'expired', key: this.key, server: this.trying });
      return this.end();
    }
    if (state === MANAGER_STATES.CLOSED) {
      if (this.closeCallId !== null) this.send({ type: 'result', key: this.key, callId: this.closeCallId, server: this.attached, outcome: { ok: true, type: 'closed' }, lastZxid: zxidOf(this.internals.zxid) });
      this.send({ type: 'closed', key: this.key, server: this.attached });
      this.end();
    }
  }

  private onConnected(): void {
    const port = this.internals.socket?.remotePort;
    const server = port === undefined ? this.trying : (this.idByPort.get(port) ?? this.trying);
    if (server === null) return;
    this.attached = server;
    this.lastHeardAtMs = Date.now();
    this.send({ type: 'connected', key: this.key, server, sessionId: sessionNumberOf(this.internals.sessionId), timeoutMs: this.internals.sessionTimeout, lastZxid: zxidOf(this.internals.zxid) });
  }

  private end(): void {
    this.ended = true;
    clearInterval(this.watchdog);
  }

  // ------------------------------------------------------------ calls

  close(callId: number | null): void {
    if (this.ended) return;
    this.closeCallId = callId;
    this.client.close();
    // A close sent to a server that never answers (paused, cut off) would leave the session open
    // in the child forever; the server expires it after its timeout in any case.
    setTimeout(() => {
      if (this.ended) return;
      // Closed here, not by a server: the session stays on the ensemble until it expires.
      this.attached = null;
      this.onManagerState(MANAGER_STATES.CLOSED);
      this.internals.socket?.destroy();
    }, CLOSE_GIVE_UP_MS).unref();
  }

  op(callId: number, op: UserOp): void {
    if (op.type === 'close') return this.close(callId);
    try {
      runCall(this.client, this.internals, op, (outcome) => this.send({ type: 'result', key: this.key, callId, server: this.attached, outcome, lastZxid: zxidOf(this.internals.zxid) }));
    } catch (error) {
      // The library checks arguments synchronously; the host checked them first, so this is a surprise worth reporting.
      this.send({ type: 'failed', key: this.key, callId, detail: error instanceof Error ? error.message : String(error) });
    }
  }

  walk(walkId: number): void {
    if (this.attached === null) {
      this.send({ type: 'walk-failed', key: this.key, walkId, detail: 'the reader is not connected' });
      return;
    }
    void walkTree(this.client, this.internals).then((result) => {
      if (result.ok) this.send({ type: 'walked', key: this.key, walkId, nodes: result.nodes, minZxid: result.minZxid, maxZxid: result.maxZxid });
      else this.send({ type: 'walk-failed', key: this.key, walkId, detail: result.detail });
    });
  }
}
