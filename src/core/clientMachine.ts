import type { ClientEvent, ClientState, ClientStateChange, UserOp } from './clientEvents.ts';
import type { ClientName, ClientOp, ClientResult, ServerId, Zxid } from './types.ts';
import type { ClientOutput, ClientTimerName } from './client.ts';

// The client's state as one record, and the small acts every part of it shares: timers, events,
// sends. client.ts builds it; clientConnection.ts, clientPing.ts and clientCalls.ts move it.

export interface Link {
  server: ServerId;
  phase: 'connecting' | 'connected';
  /** The request id of the connect request, so a late answer to an older attempt is ignored. */
  connectRequestId: number;
  startedMs: number;
}

/** An application call and the number the client gave it. */
export interface Call {
  op: UserOp;
  callId: number;
}

export interface ClientMachine {
  readonly name: ClientName;
  /** The shuffled server order (StaticHostProvider). */
  readonly order: ServerId[];
  readonly requestedTimeoutMs: number;
  state: ClientState;
  started: boolean;
  vanished: boolean;
  closing: boolean;
  /** Index into `order` of the server being tried or attached to. */
  index: number;
  link: Link | null;
  sessionId: number;
  negotiatedTimeoutMs: number | null;
  lastZxidSeen: Zxid;
  lastHeardMs: number | null;
  lastSentMs: number;
  /** When SendThread's sleep ends, as computed at its last turn; the ping timer may be armed earlier. */
  sendThreadWakeMs: number;
  pingTimerAtMs: number;
  nextRequestId: number;
  lastCallId: number;
  /** Failed connections or attempts since the last successful connect. */
  failuresInRow: number;
  retryAtMs: number | null;
  readonly queued: Call[];
  readonly inFlight: Map<number, Call>;
  readonly armed: Set<ClientTimerName>;
}

export function newMachine(name: ClientName, order: ServerId[], requestedTimeoutMs: number): ClientMachine {
  return {
    name,
    order,
    requestedTimeoutMs,
    state: 'connecting',
    started: false,
    vanished: false,
    closing: false,
    index: 0,
    link: null,
    sessionId: 0,
    negotiatedTimeoutMs: null,
    lastZxidSeen: 0,
    lastHeardMs: null,
    lastSentMs: 0,
    sendThreadWakeMs: 0,
    pingTimerAtMs: 0,
    nextRequestId: 1,
    lastCallId: 0,
    failuresInRow: 0,
    retryAtMs: null,
    queued: [],
    inFlight: new Map(),
    armed: new Set(),
  };
}

// ---------------------------------------------------------------- timing

export const timeoutMsOf = (c: ClientMachine): number => c.negotiatedTimeoutMs ?? c.requestedTimeoutMs;
// Integer arithmetic, as ClientCnxn does it in Java ints.
export const readTimeoutMsOf = (c: ClientMachine): number => Math.floor((timeoutMsOf(c) * 2) / 3);
export const connectTimeoutMsOf = (c: ClientMachine): number => Math.floor(timeoutMsOf(c) / c.order.length);
export const serverAt = (c: ClientMachine, i: number): ServerId => c.order[i % c.order.length] as ServerId;

// ---------------------------------------------------------------- outputs

export function setTimer(c: ClientMachine, out: ClientOutput[], timer: ClientTimerName, atMs: number): void {
  c.armed.add(timer);
  out.push({ kind: 'set-timer', name: timer, atMs });
}

export function cancelTimer(c: ClientMachine, out: ClientOutput[], timer: ClientTimerName): void {
  if (!c.armed.delete(timer)) return;
  out.push({ kind: 'cancel-timer', name: timer });
}

export function cancelAllTimers(c: ClientMachine, out: ClientOutput[]): void {
  for (const timer of [...c.armed]) cancelTimer(c, out, timer);
}

export function stateEvent(c: ClientMachine, out: ClientOutput[], change: ClientStateChange): void {
  const event: ClientEvent = { kind: 'client-state', client: c.name, state: c.state, ...change };
  if (c.sessionId !== 0) event.sessionId = c.sessionId;
  out.push({ kind: 'event', event });
}

export function resultEvent(
  c: ClientMachine,
  out: ClientOutput[],
  { op, callId }: Call,
  result: ClientResult,
  answeredBy: 'server' | 'client',
  requestId?: number,
  server?: ServerId,
): void {
  const event: ClientEvent = { kind: 'client-result', client: c.name, op, result, callId, answeredBy };
  if (requestId !== undefined) event.requestId = requestId;
  if (server !== undefined) event.server = server;
  if (c.sessionId !== 0) event.sessionId = c.sessionId;
  out.push({ kind: 'event', event });
}

export function send(c: ClientMachine, out: ClientOutput[], to: ServerId, requestId: number, op: ClientOp, nowMs: number): void {
  c.lastSentMs = nowMs;
  out.push({ kind: 'send', to, message: { type: 'client-request', client: c.name, requestId, op } });
}

export function seeZxid(c: ClientMachine, zxid: Zxid): void {
  if (zxid > c.lastZxidSeen) c.lastZxidSeen = zxid;
}
