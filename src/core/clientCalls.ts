import type { ClientOutput } from './client.ts';
import type { UserOp } from './clientEvents.ts';
import { cancelAllTimers, resultEvent, send, stateEvent, timeoutMsOf, type Call, type ClientMachine } from './clientMachine.ts';
import { sendThreadTurn } from './clientPing.ts';
import type { ClientLibraryProblem } from './requestProblems.ts';
import type { ClientOp, ServerId } from './types.ts';

// The application's calls: numbered as they are made, queued while not connected, sent, and
// failed by the client itself when the connection or session ends under them.

type LocalFailure = 'CONNECTIONLOSS' | 'SESSIONEXPIRED';

export function failOp(c: ClientMachine, out: ClientOutput[], call: Call, code: LocalFailure, why: ClientLibraryProblem, requestId?: number, server?: ServerId): void {
  resultEvent(c, out, call, { ok: false, code, problem: why }, 'client', requestId, server);
}

/** Fail everything sent and not answered, oldest first, as ClientCnxn's cleanup does. */
export function failInFlight(c: ClientMachine, out: ClientOutput[], code: LocalFailure, why: ClientLibraryProblem, server?: ServerId): void {
  for (const [requestId, call] of c.inFlight) failOp(c, out, call, code, why, requestId, server);
  c.inFlight.clear();
}

export function failQueued(c: ClientMachine, out: ClientOutput[], code: LocalFailure, why: ClientLibraryProblem): void {
  for (const call of c.queued) failOp(c, out, call, code, why);
  c.queued.length = 0;
}

/** The request id is assigned here, at send time, as ZooKeeper assigns xids. */
export function sendCall(c: ClientMachine, out: ClientOutput[], call: Call, server: ServerId, nowMs: number): void {
  const requestId = c.nextRequestId++;
  c.inFlight.set(requestId, call);
  // Copied, then stamped: V8 (Node 20) runs `{ ...op, sessionId }` on a slow path, ten times the cost.
  const withSession = Object.assign({}, call.op) as ClientOp;
  withSession.sessionId = c.sessionId;
  send(c, out, server, requestId, withSession, nowMs);
}

export function onUser(c: ClientMachine, out: ClientOutput[], op: UserOp, nowMs: number): void {
  const call: Call = { op, callId: ++c.lastCallId };
  if (c.state === 'expired' || c.state === 'closed') {
    // ClientCnxn.conLossPacket answers a dead handle with SESSIONEXPIRED.
    failOp(c, out, call, 'SESSIONEXPIRED', { why: c.state === 'expired' ? 'handle-expired' : 'client-closed' });
    return;
  }
  if (c.closing) {
    failOp(c, out, call, 'CONNECTIONLOSS', { why: 'client-closing' });
    return;
  }
  if (op.type === 'close') {
    c.closing = true;
    if (c.link === null) return closeLocally(c, out, call);
  }
  if (c.link !== null && c.link.phase === 'connected') {
    sendCall(c, out, call, c.link.server, nowMs);
    sendThreadTurn(c, out, nowMs);
  } else {
    c.queued.push(call);
  }
}

/** Not even an attempt under way (before start, or waiting out the spin delay): close locally. */
function closeLocally(c: ClientMachine, out: ClientOutput[], close: Call): void {
  failQueued(c, out, 'CONNECTIONLOSS', { why: 'closed-before-send' });
  resultEvent(c, out, close, { ok: true, type: 'closed' }, 'client');
  c.closing = false;
  c.state = 'closed';
  c.retryAtMs = null;
  cancelAllTimers(c, out);
  stateEvent(c, out, { change: 'closed-locally', sessionTimeoutMs: timeoutMsOf(c) });
}

export function onVanish(c: ClientMachine, out: ClientOutput[]): void {
  c.vanished = true;
  const pending = c.queued.length + c.inFlight.size;
  // The process is gone: nobody is left to hear about its pending ops.
  c.queued.length = 0;
  c.inFlight.clear();
  c.link = null;
  c.retryAtMs = null;
  cancelAllTimers(c, out);
  if (c.state === 'expired' || c.state === 'closed') return;
  c.state = 'disconnected';
  stateEvent(c, out, { change: 'vanished', sessionTimeoutMs: timeoutMsOf(c), pendingOps: pending });
}
