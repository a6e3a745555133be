import type { ClientView, UserOp } from '../../core/client.ts';
import type { ClientEvent, ClientState, ClientStateChange } from '../../core/clientEvents.ts';
import type { ClientName, ServerId, Zxid } from '../../core/types.ts';
import type { BridgeTime } from '../../driver/real/protocol.ts';
import type { Refusal } from '../../net/refusal.ts';
import type { ChildMessage } from './childProtocol.ts';
import { answerOf, zkCodeName } from './errorCodes.ts';

// One of the page's client sessions as the host keeps it: what the child reported, turned into the
// ClientView and the client-state / client-result events the simulated clients produce, so the
// page's client panel and narration work unchanged. Every field comes from the library or the
// host's own clock; see viewOf for the few the library cannot tell.

export interface UserSession {
  name: ClientName;
  firstServer: ServerId;
  serverCount: number;
  requestedTimeoutMs: number;
  state: ClientState;
  attached: ServerId | null;
  trying: ServerId | null;
  sessionId: number;
  negotiatedTimeoutMs: number | null;
  lastZxidSeen: Zxid;
  /** Calls sent to the child and not answered yet, by callId. */
  pending: Map<number, UserOp>;
  lastCallId: number;
  lastHeardMs: BridgeTime | null;
  closing: boolean;
  vanished: boolean;
  serverOrder: ServerId[];
  /** When the current connect attempt began, for `tookMs`. */
  attemptSinceMs: BridgeTime;
}

/** What a session's changes produce: events for the timeline, refusals for what has no event. */
export interface SessionOutput {
  event(t: BridgeTime, event: ClientEvent): void;
  refused(t: BridgeTime, client: ClientName | null, refusal: Refusal): void;
}

export function newUserSession(name: ClientName, firstServer: ServerId, serverCount: number, timeoutMs: number, nowMs: BridgeTime): UserSession {
  return {
    name, firstServer, serverCount, requestedTimeoutMs: timeoutMs, state: 'connecting', attached: null, trying: firstServer,
    sessionId: 0, negotiatedTimeoutMs: null, lastZxidSeen: 0, pending: new Map(), lastCallId: 0, lastHeardMs: null,
    closing: false, vanished: false, serverOrder: [], attemptSinceMs: nowMs,
  };
}

/** Closed, expired or vanished: the handle can do nothing more, and its name may connect again. */
export function isOver(s: UserSession): boolean {
  return s.vanished || s.state === 'closed' || s.state === 'expired';
}

function timeoutOf(s: UserSession): number {
  return s.negotiatedTimeoutMs ?? s.requestedTimeoutMs;
}

export function viewOf(s: UserSession): ClientView {
  const timeoutMs = timeoutOf(s);
  return {
    name: s.name,
    state: s.state,
    server: s.state === 'connected' ? s.attached : null,
    tryingServer: s.state === 'connected' || isOver(s) ? null : s.trying,
    sessionId: s.sessionId,
    timeoutMs,
    requestedTimeoutMs: s.requestedTimeoutMs,
    // The library's own last-seen zxid (it sends it in every connect request, as ClientCnxn does).
    lastZxidSeen: s.lastZxidSeen,
    pendingOps: s.pending.size,
    lastCallId: s.lastCallId,
    lastHeardMs: s.lastHeardMs,
    // The child's read timeout (2/3, as ClientCnxn) and the library's connect timeout (timeout / servers).
    readTimeoutMs: Math.round((timeoutMs * 2) / 3),
    connectTimeoutMs: Math.floor(timeoutMs / s.serverCount),
    // The library's spin delay is random and not told: unknown until the attempt starts.
    retryAtMs: null,
    closing: s.closing,
    vanished: s.vanished,
    serverOrder: [...s.serverOrder],
  };
}

function stateEvent(s: UserSession, change: ClientStateChange): ClientEvent {
  return { kind: 'client-state', client: s.name, state: s.state, ...(s.sessionId !== 0 ? { sessionId: s.sessionId } : {}), ...change } as ClientEvent;
}

type SessionMessage = Exclude<ChildMessage, { type: 'ready' | 'walked' | 'walk-failed' }>;

/** Applies one message from the child for this session. */
export function applyMessage(s: UserSession, message: SessionMessage, nowMs: BridgeTime, out: SessionOutput): void {
  switch (message.type) {
    case 'opened':
      s.serverOrder = message.serverOrder;
      return out.event(nowMs, stateEvent(s, { change: 'connecting', server: s.firstServer, requestedTimeoutMs: s.requestedTimeoutMs, serverOrder: [...message.serverOrder] }));
    case 'connected': {
      const resumed = s.sessionId !== 0 && s.sessionId === message.sessionId;
      Object.assign(s, { state: 'connected', attached: message.server, trying: null, sessionId: message.sessionId, negotiatedTimeoutMs: message.timeoutMs, lastZxidSeen: message.lastZxid, lastHeardMs: nowMs });
      return out.event(nowMs, stateEvent(s, { change: 'connected', server: message.server, resumed, timeoutMs: message.timeoutMs, requestedTimeoutMs: s.requestedTimeoutMs, tookMs: nowMs - s.attemptSinceMs }));
    }
    case 'lost': {
      const lostAtMs = nowMs - message.sinceLossMs;
      // The message comes as the next attempt starts: `tookMs` counts that attempt, as the model's does.
      s.attemptSinceMs = nowMs;
      Object.assign(s, { state: s.sessionId !== 0 ? 'disconnected' : 'connecting', attached: null, trying: message.next });
      const after = message.spunMs === null ? { then: 'try' as const, server: message.next } : { then: 'wait' as const, server: message.next, waitMs: message.spunMs };
      return out.event(lostAtMs, stateEvent(s, { change: 'link-lost', server: message.server, loss: message.loss, after }));
    }
    case 'expired':
      Object.assign(s, { state: 'expired', attached: null, trying: null, closing: false });
      return out.event(nowMs, stateEvent(s, { change: 'expired', server: message.server ?? s.firstServer, expiry: { why: 'server-says-expired' } }));
    case 'closed':
      Object.assign(s, { state: 'closed', attached: null, trying: null, closing: false });
      return out.event(nowMs, stateEvent(s, message.server !== null ? { change: 'closed', server: message.server } : { change: 'closed-locally', sessionTimeoutMs: timeoutOf(s) }));
    case 'heard':
      s.lastHeardMs = nowMs;
      s.lastZxidSeen = message.lastZxid;
      return;
    case 'result':
      return applyResult(s, message, nowMs, out);
    case 'failed': {
      if (message.callId !== null) s.pending.delete(message.callId);
      return out.refused(nowMs, s.name, { why: 'failed', error: message.detail });
    }
  }
}

function applyResult(s: UserSession, message: Extract<ChildMessage, { type: 'result' }>, nowMs: BridgeTime, out: SessionOutput): void {
  const op = s.pending.get(message.callId);
  if (op === undefined) return;
  s.pending.delete(message.callId);
  const answer = answerOf(op, message.outcome, { server: message.server, sessionId: s.sessionId, closing: s.closing });
  if ('unknownCode' in answer) {
    const target = op.type === 'close' ? '' : ` ${op.path}`;
    return out.refused(nowMs, s.name, { why: 'failed', error: `ZooKeeper answered ${zkCodeName(answer.unknownCode)} to ${op.type}${target}` });
  }
  if (answer.answeredBy === 'server') {
    s.lastHeardMs = nowMs;
    s.lastZxidSeen = message.lastZxid;
  }
  const server = message.server ?? undefined;
  out.event(nowMs, {
    kind: 'client-result', client: s.name, op, result: answer.result, callId: message.callId, answeredBy: answer.answeredBy,
    ...(server !== undefined ? { server } : {}), ...(s.sessionId !== 0 ? { sessionId: s.sessionId } : {}),
  });
}

/** The child process died: to the ensemble this client simply vanished; its session expires there. */
export function vanish(s: UserSession, nowMs: BridgeTime, out: SessionOutput): void {
  if (isOver(s)) return;
  const pendingOps = s.pending.size;
  s.pending.clear();
  Object.assign(s, { vanished: true, state: 'disconnected', attached: null, trying: null });
  out.event(nowMs, stateEvent(s, { change: 'vanished', sessionTimeoutMs: timeoutOf(s), pendingOps }));
}

/** A call the client answers itself: a bad request, or a dead or closing handle (as ClientCnxn.conLossPacket). */
export function answerLocally(s: UserSession, callId: number, op: UserOp, result: Extract<ClientEvent, { kind: 'client-result' }>['result'], nowMs: BridgeTime, out: SessionOutput): void {
  s.lastCallId = Math.max(s.lastCallId, callId);
  out.event(nowMs, { kind: 'client-result', client: s.name, op, result, callId, answeredBy: 'client', ...(s.sessionId !== 0 ? { sessionId: s.sessionId } : {}) });
}
