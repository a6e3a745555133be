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
// Deliberate simplifications, each noted where it happens:
// - No random 0–1 s sleep before a reconnect (ZooKeeper's startConnect has one): a reset is acted on
//   at once, so the lesson "a killed server is noticed immediately" stays crisp.
// - Ops submitted while not connected wait for the next successful connection (ZooKeeper fails them
//   with CONNECTIONLOSS at the next failed attempt), so a scripted write lands once a server takes it.

import type { ClientEvent, ClientState, ClientStateChange, LinkLoss, SessionExpiry, UserOp } from './clientEvents.ts';
import type { Prng } from './prng.ts';
import type {
  ClientName,
  ClientOp,
  ClientReplyMessage,
  ClientRequestMessage,
  ClientResult,
  ServerId,
  Zxid,
} from './types.ts';

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
}

/** ZooKeeper's xid for pings (PING_XID). */
export const PING_REQUEST_ID = -2;
/** The request id servers use for an unsolicited CONNECTIONLOSS (the TCP reset). */
export const RESET_REQUEST_ID = -1;
/** StaticHostProvider's spinDelay: the pause after every server has failed in a row. */
export const SPIN_DELAY_MS = 1000;
/** ClientCnxn.SendThread.run: ping at any turn of the loop once nothing was sent for longer than this. */
export const MAX_SEND_PING_INTERVAL_MS = 10_000;
/** SendThread.run pings this much early once idle that long, "to prevent race condition missing to send the second ping". */
const PING_EARLY_MS = 1000;

// ---------------------------------------------------------------- implementation

interface Link {
  server: ServerId;
  phase: 'connecting' | 'connected';
  /** The request id of the connect request, so a late answer to an older attempt is ignored. */
  connectRequestId: number;
  startedMs: number;
}

/** An application call and the number the client gave it. */
interface Call {
  op: UserOp;
  callId: number;
}

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
  const requestedTimeoutMs = opts.timeoutMs;

  let state: ClientState = 'connecting';
  let started = false;
  let vanished = false;
  let closing = false;
  /** Index into `order` of the server being tried or attached to. */
  let index = 0;
  let link: Link | null = null;
  let sessionId = 0;
  let negotiatedTimeoutMs: number | null = null;
  let lastZxidSeen: Zxid = 0;
  let lastHeardMs: number | null = null;
  let lastSentMs = 0;
  /** When SendThread's sleep ends, as computed at its last turn; the ping timer may be armed earlier. */
  let sendThreadWakeMs = 0;
  let pingTimerAtMs = 0;
  let nextRequestId = 1;
  let lastCallId = 0;
  /** Failed connections or attempts since the last successful connect. */
  let failuresInRow = 0;
  let retryAtMs: number | null = null;
  const queued: Call[] = [];
  const inFlight = new Map<number, Call>();
  const armed = new Set<ClientTimerName>();

  const timeoutMs = (): number => negotiatedTimeoutMs ?? requestedTimeoutMs;
  // Integer arithmetic, as ClientCnxn does it in Java ints.
  const readTimeoutMs = (): number => Math.floor((timeoutMs() * 2) / 3);
  const connectTimeoutMs = (): number => Math.floor(timeoutMs() / order.length);
  const timeToNextPingMs = (idleSendMs: number): number =>
    Math.floor(readTimeoutMs() / 2) - idleSendMs - (idleSendMs > PING_EARLY_MS ? PING_EARLY_MS : 0);
  const serverAt = (i: number): ServerId => order[i % order.length] as ServerId;

  function setTimer(out: ClientOutput[], timer: ClientTimerName, atMs: number): void {
    armed.add(timer);
    out.push({ kind: 'set-timer', name: timer, atMs });
  }

  function cancelTimer(out: ClientOutput[], timer: ClientTimerName): void {
    if (!armed.delete(timer)) return;
    out.push({ kind: 'cancel-timer', name: timer });
  }

  function cancelAllTimers(out: ClientOutput[]): void {
    for (const timer of [...armed]) cancelTimer(out, timer);
  }

  function stateEvent(out: ClientOutput[], change: ClientStateChange): void {
    const event: ClientEvent = { kind: 'client-state', client: name, state, ...change };
    if (sessionId !== 0) event.sessionId = sessionId;
    out.push({ kind: 'event', event });
  }

  function resultEvent(
    out: ClientOutput[],
    { op, callId }: Call,
    result: ClientResult,
    answeredBy: 'server' | 'client',
    requestId?: number,
    server?: ServerId,
  ): void {
    const event: ClientEvent = { kind: 'client-result', client: name, op, result, callId, answeredBy };
    if (requestId !== undefined) event.requestId = requestId;
    if (server !== undefined) event.server = server;
    if (sessionId !== 0) event.sessionId = sessionId;
    out.push({ kind: 'event', event });
  }

  function send(out: ClientOutput[], to: ServerId, requestId: number, op: ClientOp, nowMs: number): void {
    lastSentMs = nowMs;
    out.push({ kind: 'send', to, message: { type: 'client-request', client: name, requestId, op } });
  }

  function seeZxid(zxid: Zxid): void {
    if (zxid > lastZxidSeen) lastZxidSeen = zxid;
  }

  function failOp(
    out: ClientOutput[],
    op: Call,
    code: 'CONNECTIONLOSS' | 'SESSIONEXPIRED',
    why: string,
    requestId?: number,
    server?: ServerId,
  ): void {
    resultEvent(out, op, { ok: false, code, message: why }, 'client', requestId, server);
  }

  /** Fail everything sent and not answered, oldest first, as ClientCnxn's cleanup does. */
  function failInFlight(
    out: ClientOutput[],
    code: 'CONNECTIONLOSS' | 'SESSIONEXPIRED',
    why: string,
    server?: ServerId,
  ): void {
    for (const [requestId, op] of inFlight) failOp(out, op, code, why, requestId, server);
    inFlight.clear();
  }

  function failQueued(out: ClientOutput[], code: 'CONNECTIONLOSS' | 'SESSIONEXPIRED', why: string): void {
    for (const call of queued) failOp(out, call, code, why);
    queued.length = 0;
  }

  function beginAttempt(out: ClientOutput[], nowMs: number): void {
    retryAtMs = null;
    const server = serverAt(index);
    const requestId = nextRequestId++;
    link = { server, phase: 'connecting', connectRequestId: requestId, startedMs: nowMs };
    send(
      out,
      server,
      requestId,
      { type: 'connect', timeoutMs: requestedTimeoutMs, sessionId, lastZxidSeen },
      nowMs,
    );
    setTimer(out, 'client-connect', nowMs + connectTimeoutMs());
  }

  /** The current connection or attempt is gone: fail what was in flight and move to the next server. */
  function dropLink(out: ClientOutput[], nowMs: number, loss: LinkLoss): void {
    if (link === null) return;
    const lost = link;
    link = null;
    cancelTimer(out, 'client-connect');
    cancelTimer(out, 'client-ping');
    cancelTimer(out, 'client-read');
    failInFlight(
      out,
      'CONNECTIONLOSS',
      `connection to server ${lost.server} lost before it answered; the outcome is unknown`,
      lost.server,
    );

    if (closing) {
      // ZooKeeper's close() gives up when its closeSession cannot be delivered; the session is left
      // for the ensemble to expire.
      failQueued(out, 'CONNECTIONLOSS', `no server to send it to while closing`);
      state = 'closed';
      stateEvent(out, { change: 'link-lost', server: lost.server, loss, after: { then: 'closed', sessionTimeoutMs: timeoutMs() } });
      cancelAllTimers(out);
      return;
    }

    if (lost.phase === 'connected') state = 'disconnected';
    failuresInRow += 1;
    index = (index + 1) % order.length;
    const next = serverAt(index);
    if (failuresInRow % order.length === 0) {
      retryAtMs = nowMs + SPIN_DELAY_MS;
      setTimer(out, 'client-retry', retryAtMs);
      stateEvent(out, { change: 'link-lost', server: lost.server, loss, after: { then: 'wait', server: next, waitMs: SPIN_DELAY_MS } });
    } else {
      stateEvent(out, { change: 'link-lost', server: lost.server, loss, after: { then: 'try', server: next } });
      beginAttempt(out, nowMs);
    }
  }

  function expire(out: ClientOutput[], server: ServerId, expiry: SessionExpiry): void {
    link = null;
    retryAtMs = null;
    closing = false;
    state = 'expired';
    cancelAllTimers(out);
    stateEvent(out, { change: 'expired', server, expiry });
    failInFlight(out, 'SESSIONEXPIRED', 'the session has expired', server);
    failQueued(out, 'SESSIONEXPIRED', 'the session has expired');
  }

  function finishClose(out: ClientOutput[], server: ServerId): void {
    link = null;
    retryAtMs = null;
    closing = false;
    state = 'closed';
    cancelAllTimers(out);
    stateEvent(out, { change: 'closed', server });
    // Anything still outstanding was sent after close; the server will not answer it.
    failInFlight(out, 'CONNECTIONLOSS', 'the client is closed', server);
    failQueued(out, 'CONNECTIONLOSS', 'the client is closed');
  }

  function sendOp(out: ClientOutput[], call: Call, server: ServerId, nowMs: number): void {
    const requestId = nextRequestId++;
    inFlight.set(requestId, call);
    send(out, server, requestId, { ...call.op, sessionId } as ClientOp, nowMs);
  }

  function onConnected(
    out: ClientOutput[],
    current: Link,
    result: { sessionId: number; timeoutMs: number },
    nowMs: number,
  ): void {
    const resumed = sessionId !== 0;
    sessionId = result.sessionId;
    negotiatedTimeoutMs = result.timeoutMs;
    failuresInRow = 0;
    current.phase = 'connected';
    state = 'connected';
    cancelTimer(out, 'client-connect');
    stateEvent(out, {
      change: 'connected',
      server: current.server,
      resumed,
      timeoutMs: timeoutMs(),
      requestedTimeoutMs,
      tookMs: nowMs - current.startedMs,
    });
    // FIFO: what the application asked for while disconnected goes out now, in order.
    for (const call of queued.splice(0)) sendOp(out, call, current.server, nowMs);
    setTimer(out, 'client-read', nowMs + readTimeoutMs());
    sendThreadTurn(out, nowMs);
  }

  /** One turn of ClientCnxn.SendThread.run's loop while connected: ping now, or sleep until it is time. */
  function sendThreadTurn(out: ClientOutput[], nowMs: number): void {
    if (link === null || link.phase !== 'connected') return;
    const idleSendMs = nowMs - lastSentMs;
    const untilPingMs = timeToNextPingMs(idleSendMs);
    if (untilPingMs <= 0 || idleSendMs > MAX_SEND_PING_INTERVAL_MS) {
      send(out, link.server, PING_REQUEST_ID, { type: 'ping', sessionId }, nowMs);
      // The turn right after writing the ping finds nothing idle.
      sleepSendThreadUntil(out, nowMs + timeToNextPingMs(0));
    } else {
      sleepSendThreadUntil(out, nowMs + untilPingMs);
    }
  }

  /** The ping timer is re-armed only to move it earlier; firing early, it just waits on (no turn). */
  function sleepSendThreadUntil(out: ClientOutput[], atMs: number): void {
    sendThreadWakeMs = atMs;
    if (armed.has('client-ping') && pingTimerAtMs <= atMs) return;
    pingTimerAtMs = atMs;
    setTimer(out, 'client-ping', atMs);
  }

  function onReply(out: ClientOutput[], from: ServerId, message: ClientReplyMessage, nowMs: number): void {
    // Only the current connection matters; a straggler from an abandoned server is dropped, as a
    // closed socket would drop it.
    if (link === null || from !== link.server) return;
    const current = link;
    const { result, requestId } = message;
    lastHeardMs = nowMs;
    seeZxid(message.serverZxid);
    if (result.ok && 'zxid' in result) seeZxid(result.zxid);

    if (current.phase === 'connecting') {
      if (!result.ok && result.code === 'CONNECTIONLOSS') {
        const refused = requestId === current.connectRequestId;
        dropLink(out, nowMs, refused ? { why: 'turned-away', lastZxidSeen } : { why: 'closed-by-server' });
        return;
      }
      if (requestId !== current.connectRequestId) return;
      if (result.ok && result.type === 'connected') {
        // ClientCnxn.onConnected: a non-positive negotiated timeout means the session is gone.
        if (result.timeoutMs <= 0) return expire(out, from, { why: 'zero-timeout' });
        if (sessionId !== 0 && result.sessionId !== sessionId) {
          return expire(out, from, { why: 'other-session', otherSessionId: result.sessionId });
        }
        onConnected(out, current, result, nowMs);
        return;
      }
      if (!result.ok && result.code === 'SESSIONEXPIRED') return expire(out, from, { why: 'unknown-to-server' });
      // Anything else to a connect is a protocol error on the server's side: treat it as a refusal.
      dropLink(out, nowMs, { why: 'bad-connect-answer', result });
      return;
    }

    // Connected.
    if (!result.ok && result.code === 'CONNECTIONLOSS') {
      dropLink(out, nowMs, { why: 'dropped-by-server' });
      return;
    }
    onConnectedReply(out, from, requestId, result);
    sendThreadTurn(out, nowMs);
  }

  function onConnectedReply(
    out: ClientOutput[],
    from: ServerId,
    requestId: number,
    result: ClientResult,
  ): void {
    if (requestId === PING_REQUEST_ID) return;
    const call = inFlight.get(requestId);
    if (call === undefined) return;
    inFlight.delete(requestId);
    resultEvent(out, call, result, 'server', requestId, from);
    if (!result.ok && result.code === 'SESSIONEXPIRED') {
      // The ensemble has declared the session dead; a reconnect would only be told the same.
      expire(out, from, { why: 'server-says-expired' });
      return;
    }
    if (call.op.type === 'close' && result.ok && result.type === 'closed') finishClose(out, from);
  }

  function onTimer(out: ClientOutput[], timer: ClientTimerName, nowMs: number): void {
    armed.delete(timer);
    switch (timer) {
      case 'client-connect': {
        if (link === null || link.phase !== 'connecting') return;
        const dueMs = link.startedMs + connectTimeoutMs();
        if (nowMs < dueMs) return setTimer(out, timer, dueMs);
        dropLink(out, nowMs, { why: 'connect-timeout', waitedMs: nowMs - link.startedMs });
        return;
      }
      case 'client-read': {
        if (link === null || link.phase !== 'connected') return;
        // Re-armed lazily: replies only move lastHeardMs, the timer catches up when it fires.
        const heardMs = lastHeardMs ?? link.startedMs;
        const dueMs = heardMs + readTimeoutMs();
        if (nowMs < dueMs) return setTimer(out, timer, dueMs);
        dropLink(out, nowMs, { why: 'read-timeout', silentMs: nowMs - heardMs });
        return;
      }
      case 'client-ping': {
        if (link === null || link.phase !== 'connected') return;
        if (nowMs < sendThreadWakeMs) {
          pingTimerAtMs = sendThreadWakeMs;
          return setTimer(out, timer, sendThreadWakeMs);
        }
        sendThreadTurn(out, nowMs);
        return;
      }
      case 'client-retry': {
        if (retryAtMs === null || link !== null) return;
        if (nowMs < retryAtMs) return setTimer(out, timer, retryAtMs);
        beginAttempt(out, nowMs);
        return;
      }
    }
  }

  function onUser(out: ClientOutput[], op: UserOp, nowMs: number): void {
    const call: Call = { op, callId: ++lastCallId };
    if (state === 'expired' || state === 'closed') {
      // ClientCnxn.conLossPacket answers a dead handle with SESSIONEXPIRED.
      failOp(
        out,
        call,
        'SESSIONEXPIRED',
        state === 'expired' ? 'the session has expired' : 'the client is closed',
      );
      return;
    }
    if (closing) {
      failOp(out, call, 'CONNECTIONLOSS', 'the client is closing');
      return;
    }
    if (op.type === 'close') {
      closing = true;
      if (link === null) {
        // Not even an attempt under way (before start, or waiting out the spin delay): close locally.
        failQueued(out, 'CONNECTIONLOSS', 'the client closed before it could send it');
        resultEvent(out, call, { ok: true, type: 'closed' }, 'client');
        closing = false;
        state = 'closed';
        retryAtMs = null;
        cancelAllTimers(out);
        stateEvent(out, { change: 'closed-locally', sessionTimeoutMs: timeoutMs() });
        return;
      }
    }
    if (link !== null && link.phase === 'connected') {
      sendOp(out, call, link.server, nowMs);
      sendThreadTurn(out, nowMs);
    } else {
      queued.push(call);
    }
  }

  function onVanish(out: ClientOutput[]): void {
    vanished = true;
    const pending = queued.length + inFlight.size;
    // The process is gone: nobody is left to hear about its pending ops.
    queued.length = 0;
    inFlight.clear();
    link = null;
    retryAtMs = null;
    cancelAllTimers(out);
    if (state === 'expired' || state === 'closed') return;
    state = 'disconnected';
    stateEvent(out, { change: 'vanished', sessionTimeoutMs: timeoutMs(), pendingOps: pending });
  }

  function step(input: ClientInput, nowMs: number): ClientOutput[] {
    const out: ClientOutput[] = [];
    if (vanished) return out;
    switch (input.kind) {
      case 'start':
        if (started || state === 'closed' || state === 'expired') return out;
        started = true;
        stateEvent(out, { change: 'connecting', server: serverAt(index), requestedTimeoutMs, serverOrder: [...order] });
        beginAttempt(out, nowMs);
        break;
      case 'reply':
        onReply(out, input.from, input.message, nowMs);
        break;
      case 'timer':
        onTimer(out, input.name, nowMs);
        break;
      case 'user':
        onUser(out, input.op, nowMs);
        break;
      case 'vanish':
        onVanish(out);
        break;
      case 'connection-reset':
        if (link !== null && link.server === input.server) {
          dropLink(out, nowMs, { why: 'connection-reset' });
        }
        break;
    }
    return out;
  }

  function view(): ClientView {
    return {
      name,
      state,
      server: link !== null && link.phase === 'connected' ? link.server : null,
      tryingServer: link !== null && link.phase === 'connecting' ? link.server : null,
      sessionId,
      timeoutMs: timeoutMs(),
      requestedTimeoutMs,
      lastZxidSeen,
      pendingOps: queued.length + inFlight.size,
      lastCallId,
      lastHeardMs,
      readTimeoutMs: readTimeoutMs(),
      connectTimeoutMs: connectTimeoutMs(),
      retryAtMs,
      closing,
      vanished,
      serverOrder: [...order],
    };
  }

  return { step, view };
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
