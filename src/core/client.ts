// A ZooKeeper client connection (ClientCnxn) as a deterministic state machine, like the servers:
// inputs in (replies, timers, user calls, resets), outputs out (sends, timers, events). No clock.
//
// What it models (reference/zookeeper-facts.md §5):
// - readTimeout = 2/3 of the negotiated session timeout; nothing heard for readTimeout → Disconnected,
//   try the next server.
// - Pings follow ClientCnxn.SendThread.run: at each turn of its loop (a reply read, a request written,
//   or its sleep ending) it pings when timeToNextPing = readTimeout/2 − idleSend − (1000 if idleSend >
//   1000) is ≤ 0, or when nothing was sent for over MAX_SEND_PING_INTERVAL (10 s); else it sleeps
//   timeToNextPing.
// - connectTimeout = timeout / number of servers per attempt, so one pass over the ensemble takes
//   about one session timeout.
// - The server list is shuffled once (StaticHostProvider) and walked round-robin. After every server
//   has failed in a row, the client waits SPIN_DELAY_MS before the next pass (StaticHostProvider's
//   spinDelay), so an ensemble that refuses everyone is not hammered.
// - A reconnect within the session timeout gets the same session back; SESSIONEXPIRED kills the handle.
//
// The state is one record (clientMachine.ts), moved by one file per concern: the connection
// (clientConnection.ts), the server's answers (clientReplies.ts), the pings (clientPing.ts) and the
// application's calls (clientCalls.ts). This file is the contract and the dispatch.
//
// Deliberate simplifications, each noted where it happens:
// - No random 0–1 s sleep before a reconnect (ZooKeeper's startConnect has one): a reset is acted on
//   at once, so the lesson "a killed server is noticed immediately" stays crisp.
// - Ops submitted while not connected wait for the next successful connection (ZooKeeper fails them
//   with CONNECTIONLOSS at the next failed attempt), so a scripted write lands once a server takes it.

import { onUser, onVanish } from './clientCalls.ts';
import { beginAttempt, dropLink, onConnectTimer, onReadTimer, onRetryTimer } from './clientConnection.ts';
import type { ClientEvent, ClientState, UserOp } from './clientEvents.ts';
import { connectTimeoutMsOf, newMachine, readTimeoutMsOf, serverAt, stateEvent, timeoutMsOf, type ClientMachine } from './clientMachine.ts';
import { onPingTimer } from './clientPing.ts';
import { onReply } from './clientReplies.ts';
import type { Prng } from './prng.ts';
import type { ClientName, ClientReplyMessage, ClientRequestMessage, ServerId, Zxid } from './types.ts';

export type { ClientEvent, ClientState, UserOp } from './clientEvents.ts';

// ---------------------------------------------------------------- contract

/** Timers are per client: a host keeps one pending timer per (client, name); setting one replaces it. */
export type ClientTimerName = 'client-ping' | 'client-read' | 'client-connect' | 'client-retry';

export type ClientInput =
  | { kind: 'start' }
  | { kind: 'reply'; from: ServerId; message: ClientReplyMessage }
  | { kind: 'timer'; name: ClientTimerName }
  | { kind: 'user'; op: UserOp }
  /** The client process disappears silently: no more sends; its session expires on the server. */
  | { kind: 'vanish' }
  /** Its server was killed: the socket is reset, noticed at once. */
  | { kind: 'connection-reset'; server: ServerId };

export type ClientOutput =
  | { kind: 'send'; to: ServerId; message: ClientRequestMessage }
  | { kind: 'set-timer'; name: ClientTimerName; atMs: number }
  | { kind: 'cancel-timer'; name: ClientTimerName }
  | { kind: 'event'; event: ClientEvent };

export interface ClientView {
  name: ClientName;
  state: ClientState;
  /** The server this client is attached to (connected only), else null. */
  server: ServerId | null;
  /** The server a connect attempt is waiting on, else null. */
  tryingServer: ServerId | null;
  /** 0 until the first session is established. */
  sessionId: number;
  /** The negotiated session timeout, or the requested one before any negotiation. */
  timeoutMs: number;
  requestedTimeoutMs: number;
  lastZxidSeen: Zxid;
  /** Ops queued for the next connection plus ops sent and not yet answered. */
  pendingOps: number;
  /** The callId of the newest application call (0 before any): its answer will carry it. */
  lastCallId: number;
  /** When the last reply from a server arrived (kept across reconnects); null before any. */
  lastHeardMs: number | null;
  readTimeoutMs: number;
  connectTimeoutMs: number;
  /** When the next connect attempt starts, while waiting out the spin delay; else null. */
  retryAtMs: number | null;
  /** A close was requested and has not finished. */
  closing: boolean;
  /**
   * The process vanished (kill -9 of the client, laptop lid closed): it sends nothing more. From its
   * own point of view it is 'disconnected' (it never learned its fate); the ensemble expires the
   * session after its timeout.
   */
  vanished: boolean;
  /** The shuffled order in which servers are tried. */
  serverOrder: ServerId[];
}

export interface ClientOptions {
  name: ClientName;
  servers: readonly ServerId[];
  /** The requested session timeout; the server may negotiate it into [2, 20] × tickTime. */
  timeoutMs: number;
  prng: Prng;
  /** Start the shuffled rotation at this server (a script's `connect c1 to 3`). */
  firstServer?: ServerId;
}

export interface Client {
  step(input: ClientInput, nowMs: number): ClientOutput[];
  view(): ClientView;
  /** view().lastCallId without building the view: a host asks it after every call. */
  lastCallId(): number;
}

export { PING_REQUEST_ID, MAX_SEND_PING_INTERVAL_MS } from './clientPing.ts';
export { SPIN_DELAY_MS } from './clientConnection.ts';
/** The request id servers use for an unsolicited CONNECTIONLOSS (the TCP reset). */
export const RESET_REQUEST_ID = -1;

// ---------------------------------------------------------------- implementation

export function createClient(opts: ClientOptions): Client {
  const { name, prng } = opts;
  if (opts.servers.length === 0) throw new Error(`client ${name}: no servers`);
  if (new Set(opts.servers).size !== opts.servers.length)
    throw new Error(`client ${name}: duplicate servers`);
  if (!(opts.timeoutMs > 0)) throw new Error(`client ${name}: timeoutMs must be positive`);
  if (opts.firstServer !== undefined && !opts.servers.includes(opts.firstServer)) {
    throw new Error(`client ${name}: firstServer ${opts.firstServer} is not in its server list`);
  }

  const order = shuffled(opts.servers, prng);
  if (opts.firstServer !== undefined) {
    // Rotate rather than swap, so the shuffled cycle after the first server is kept.
    const at = order.indexOf(opts.firstServer);
    order.push(...order.splice(0, at));
  }
  const c = newMachine(name, order, opts.timeoutMs);

  function step(input: ClientInput, nowMs: number): ClientOutput[] {
    const out: ClientOutput[] = [];
    if (c.vanished) return out;
    switch (input.kind) {
      case 'start':
        start(c, out, nowMs);
        break;
      case 'reply':
        onReply(c, out, input.from, input.message, nowMs);
        break;
      case 'timer':
        onTimer(c, out, input.name, nowMs);
        break;
      case 'user':
        onUser(c, out, input.op, nowMs);
        break;
      case 'vanish':
        onVanish(c, out);
        break;
      case 'connection-reset':
        if (c.link !== null && c.link.server === input.server) dropLink(c, out, nowMs, { why: 'connection-reset' });
        break;
    }
    return out;
  }

  return { step, view: () => viewOf(c), lastCallId: () => c.lastCallId };
}

function start(c: ClientMachine, out: ClientOutput[], nowMs: number): void {
  if (c.started || c.state === 'closed' || c.state === 'expired') return;
  c.started = true;
  stateEvent(c, out, { change: 'connecting', server: serverAt(c, c.index), requestedTimeoutMs: c.requestedTimeoutMs, serverOrder: [...c.order] });
  beginAttempt(c, out, nowMs);
}

function onTimer(c: ClientMachine, out: ClientOutput[], timer: ClientTimerName, nowMs: number): void {
  c.armed.delete(timer);
  switch (timer) {
    case 'client-connect':
      return onConnectTimer(c, out, nowMs);
    case 'client-read':
      return onReadTimer(c, out, nowMs);
    case 'client-ping':
      return onPingTimer(c, out, nowMs);
    case 'client-retry':
      return onRetryTimer(c, out, nowMs);
  }
}

function viewOf(c: ClientMachine): ClientView {
  const { link } = c;
  return {
    name: c.name,
    state: c.state,
    server: link !== null && link.phase === 'connected' ? link.server : null,
    tryingServer: link !== null && link.phase === 'connecting' ? link.server : null,
    sessionId: c.sessionId,
    timeoutMs: timeoutMsOf(c),
    requestedTimeoutMs: c.requestedTimeoutMs,
    lastZxidSeen: c.lastZxidSeen,
    pendingOps: c.queued.length + c.inFlight.size,
    lastCallId: c.lastCallId,
    lastHeardMs: c.lastHeardMs,
    readTimeoutMs: readTimeoutMsOf(c),
    connectTimeoutMs: connectTimeoutMsOf(c),
    retryAtMs: c.retryAtMs,
    closing: c.closing,
    vanished: c.vanished,
    serverOrder: [...c.order],
  };
}

// ---------------------------------------------------------------- helpers

function shuffled(items: readonly ServerId[], prng: Prng): ServerId[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = prng.int(0, i);
    const swap = out[i] as ServerId;
    out[i] = out[j] as ServerId;
    out[j] = swap;
  }
  return out;
}
