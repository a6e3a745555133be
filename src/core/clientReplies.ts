import type { ClientOutput } from './client.ts';
import { dropLink, expire, finishClose, onConnected } from './clientConnection.ts';
import { resultEvent, seeZxid, type ClientMachine } from './clientMachine.ts';
import { PING_REQUEST_ID, sendThreadTurn } from './clientPing.ts';
import type { ClientReplyMessage, ClientResult, ServerId } from './types.ts';

// A server's answer: to the connect request while connecting, to a call or a ping once connected.

export function onReply(c: ClientMachine, out: ClientOutput[], from: ServerId, message: ClientReplyMessage, nowMs: number): void {
  // Only the current connection matters; a straggler from an abandoned server is dropped, as a
  // closed socket would drop it.
  if (c.link === null || from !== c.link.server) return;
  const { result } = message;
  c.lastHeardMs = nowMs;
  seeZxid(c, message.serverZxid);
  if (result.ok && 'zxid' in result) seeZxid(c, result.zxid);
  if (c.link.phase === 'connecting') return onConnectAnswer(c, out, from, message, nowMs);

  if (!result.ok && result.code === 'CONNECTIONLOSS') {
    dropLink(c, out, nowMs, { why: 'dropped-by-server' });
    return;
  }
  onCallAnswer(c, out, from, message.requestId, result);
  sendThreadTurn(c, out, nowMs);
}

function onConnectAnswer(c: ClientMachine, out: ClientOutput[], from: ServerId, { result, requestId }: ClientReplyMessage, nowMs: number): void {
  const current = c.link!;
  if (!result.ok && result.code === 'CONNECTIONLOSS') {
    const refused = requestId === current.connectRequestId;
    dropLink(c, out, nowMs, refused ? { why: 'turned-away', lastZxidSeen: c.lastZxidSeen } : { why: 'closed-by-server' });
    return;
  }
  if (requestId !== current.connectRequestId) return;
  if (result.ok && result.type === 'connected') {
    // ClientCnxn.onConnected: a non-positive negotiated timeout means the session is gone.
    if (result.timeoutMs <= 0) return expire(c, out, from, { why: 'zero-timeout' });
    if (c.sessionId !== 0 && result.sessionId !== c.sessionId) {
      return expire(c, out, from, { why: 'other-session', otherSessionId: result.sessionId });
    }
    onConnected(c, out, current, result, nowMs);
    return;
  }
  if (!result.ok && result.code === 'SESSIONEXPIRED') return expire(c, out, from, { why: 'unknown-to-server' });
  // Anything else to a connect is a protocol error on the server's side: treat it as a refusal.
  dropLink(c, out, nowMs, { why: 'bad-connect-answer', result });
}

function onCallAnswer(c: ClientMachine, out: ClientOutput[], from: ServerId, requestId: number, result: ClientResult): void {
  if (requestId === PING_REQUEST_ID) return;
  const call = c.inFlight.get(requestId);
  if (call === undefined) return;
  c.inFlight.delete(requestId);
  resultEvent(c, out, call, result, 'server', requestId, from);
  if (!result.ok && result.code === 'SESSIONEXPIRED') {
    // The ensemble has declared the session dead; a reconnect would only be told the same.
    expire(c, out, from, { why: 'server-says-expired' });
    return;
  }
  if (call.op.type === 'close' && result.ok && result.type === 'closed') finishClose(c, out, from);
}
