import type { ClientOutput } from './client.ts';
import { failInFlight, failQueued, sendCall } from './clientCalls.ts';
import type { LinkLoss, SessionExpiry } from './clientEvents.ts';
import {
  cancelAllTimers,
  cancelTimer,
  connectTimeoutMsOf,
  readTimeoutMsOf,
  send,
  serverAt,
  setTimer,
  stateEvent,
  timeoutMsOf,
  type ClientMachine,
  type Link,
} from './clientMachine.ts';
import { sendThreadTurn } from './clientPing.ts';
import type { ServerId } from './types.ts';

// The connection's life: an attempt to one server, connected, lost (move on round-robin, waiting
// the spin delay after a full pass), expired or closed; and the connect, read and retry timers.

/** StaticHostProvider's spinDelay: the pause after every server has failed in a row. */
export const SPIN_DELAY_MS = 1000;

export function beginAttempt(c: ClientMachine, out: ClientOutput[], nowMs: number): void {
  c.retryAtMs = null;
  const server = serverAt(c, c.index);
  const requestId = c.nextRequestId++;
  c.link = { server, phase: 'connecting', connectRequestId: requestId, startedMs: nowMs };
  send(c, out, server, requestId, { type: 'connect', timeoutMs: c.requestedTimeoutMs, sessionId: c.sessionId, lastZxidSeen: c.lastZxidSeen }, nowMs);
  setTimer(c, out, 'client-connect', nowMs + connectTimeoutMsOf(c));
}

/** The current connection or attempt is gone: fail what was in flight and move to the next server. */
export function dropLink(c: ClientMachine, out: ClientOutput[], nowMs: number, loss: LinkLoss): void {
  if (c.link === null) return;
  const lost = c.link;
  c.link = null;
  cancelTimer(c, out, 'client-connect');
  cancelTimer(c, out, 'client-ping');
  cancelTimer(c, out, 'client-read');
  failInFlight(c, out, 'CONNECTIONLOSS', { why: 'lost-before-answer', server: lost.server }, lost.server);

  if (c.closing) {
    // ZooKeeper's close() gives up when its closeSession cannot be delivered; the session is left
    // for the ensemble to expire.
    failQueued(c, out, 'CONNECTIONLOSS', { why: 'no-server-while-closing' });
    c.state = 'closed';
    stateEvent(c, out, { change: 'link-lost', server: lost.server, loss, after: { then: 'closed', sessionTimeoutMs: timeoutMsOf(c) } });
    cancelAllTimers(c, out);
    return;
  }

  if (lost.phase === 'connected') c.state = 'disconnected';
  c.failuresInRow += 1;
  c.index = (c.index + 1) % c.order.length;
  const next = serverAt(c, c.index);
  if (c.failuresInRow % c.order.length === 0) {
    c.retryAtMs = nowMs + SPIN_DELAY_MS;
    setTimer(c, out, 'client-retry', c.retryAtMs);
    stateEvent(c, out, { change: 'link-lost', server: lost.server, loss, after: { then: 'wait', server: next, waitMs: SPIN_DELAY_MS } });
  } else {
    stateEvent(c, out, { change: 'link-lost', server: lost.server, loss, after: { then: 'try', server: next } });
    beginAttempt(c, out, nowMs);
  }
}

export function expire(c: ClientMachine, out: ClientOutput[], server: ServerId, expiry: SessionExpiry): void {
  c.link = null;
  c.retryAtMs = null;
  c.closing = false;
  c.state = 'expired';
  cancelAllTimers(c, out);
  stateEvent(c, out, { change: 'expired', server, expiry });
  failInFlight(c, out, 'SESSIONEXPIRED', { why: 'handle-expired' }, server);
  failQueued(c, out, 'SESSIONEXPIRED', { why: 'handle-expired' });
}

export function finishClose(c: ClientMachine, out: ClientOutput[], server: ServerId): void {
  c.link = null;
  c.retryAtMs = null;
  c.closing = false;
  c.state = 'closed';
  cancelAllTimers(c, out);
  stateEvent(c, out, { change: 'closed', server });
  // Anything still outstanding was sent after close; the server will not answer it.
  failInFlight(c, out, 'CONNECTIONLOSS', { why: 'client-closed' }, server);
  failQueued(c, out, 'CONNECTIONLOSS', { why: 'client-closed' });
}

export function onConnected(c: ClientMachine, out: ClientOutput[], current: Link, result: { sessionId: number; timeoutMs: number }, nowMs: number): void {
  const resumed = c.sessionId !== 0;
  c.sessionId = result.sessionId;
  c.negotiatedTimeoutMs = result.timeoutMs;
  c.failuresInRow = 0;
  current.phase = 'connected';
  c.state = 'connected';
  cancelTimer(c, out, 'client-connect');
  stateEvent(c, out, {
    change: 'connected',
    server: current.server,
    resumed,
    timeoutMs: timeoutMsOf(c),
    requestedTimeoutMs: c.requestedTimeoutMs,
    tookMs: nowMs - current.startedMs,
  });
  // FIFO: what the application asked for while disconnected goes out now, in order.
  for (const call of c.queued.splice(0)) sendCall(c, out, call, current.server, nowMs);
  setTimer(c, out, 'client-read', nowMs + readTimeoutMsOf(c));
  sendThreadTurn(c, out, nowMs);
}

export function onConnectTimer(c: ClientMachine, out: ClientOutput[], nowMs: number): void {
  if (c.link === null || c.link.phase !== 'connecting') return;
  const dueMs = c.link.startedMs + connectTimeoutMsOf(c);
  if (nowMs < dueMs) return setTimer(c, out, 'client-connect', dueMs);
  dropLink(c, out, nowMs, { why: 'connect-timeout', waitedMs: nowMs - c.link.startedMs });
}

export function onReadTimer(c: ClientMachine, out: ClientOutput[], nowMs: number): void {
  if (c.link === null || c.link.phase !== 'connected') return;
  // Re-armed lazily: replies only move lastHeardMs, the timer catches up when it fires.
  const heardMs = c.lastHeardMs ?? c.link.startedMs;
  const dueMs = heardMs + readTimeoutMsOf(c);
  if (nowMs < dueMs) return setTimer(c, out, 'client-read', dueMs);
  dropLink(c, out, nowMs, { why: 'read-timeout', silentMs: nowMs - heardMs });
}

export function onRetryTimer(c: ClientMachine, out: ClientOutput[], nowMs: number): void {
  if (c.retryAtMs === null || c.link !== null) return;
  if (nowMs < c.retryAtMs) return setTimer(c, out, 'client-retry', c.retryAtMs);
  beginAttempt(c, out, nowMs);
}
