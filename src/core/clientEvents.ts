import type { ClientName, ClientOp, ClientResult, DistributiveOmit, ServerId, Zxid } from './types.ts';

// What a client core reports, as data only (see events.ts for the servers' side).

export type ClientState = 'connecting' | 'connected' | 'disconnected' | 'expired' | 'closed';

type UserOpWire = Extract<ClientOp, { type: 'create' | 'set' | 'delete' | 'get' | 'close' }>;

/** An application call: a ClientOp without the session id, which the client fills in. */
export type UserOp = DistributiveOmit<UserOpWire, 'sessionId'>;

/** Why the client's connection or connect attempt to `server` ended. */
export type LinkLoss =
  /** A CONNECTIONLOSS answer to the connect: the server is not serving, or is behind the client. */
  | { why: 'turned-away'; lastZxidSeen: Zxid }
  | { why: 'closed-by-server' }
  /** Any other answer to a connect, which the client treats as a refusal. */
  | { why: 'bad-connect-answer'; result: ClientResult }
  | { why: 'dropped-by-server' }
  | { why: 'connect-timeout'; waitedMs: number }
  | { why: 'read-timeout'; silentMs: number }
  | { why: 'connection-reset' };

/** What the client does after losing a connection. */
export type AfterLoss =
  | { then: 'try'; server: ServerId }
  /** Every server failed in a row: wait the spin delay before trying `server`. */
  | { then: 'wait'; server: ServerId; waitMs: number }
  /** It was closing: it gives up, leaving the session to expire. */
  | { then: 'closed'; sessionTimeoutMs: number };

export type SessionExpiry =
  | { why: 'zero-timeout' }
  | { why: 'other-session'; otherSessionId: number }
  | { why: 'unknown-to-server' }
  | { why: 'server-says-expired' };

interface ClientEventBase {
  client: ClientName;
  /** The server the event concerns (attached, lost, or being tried). */
  server?: ServerId;
  /** Present once the client has a session. */
  sessionId?: number;
}

export type ClientStateChange =
  | { change: 'connecting'; server: ServerId; requestedTimeoutMs: number; serverOrder: ServerId[] }
  | { change: 'connected'; server: ServerId; resumed: boolean; timeoutMs: number; requestedTimeoutMs: number; tookMs: number }
  | { change: 'link-lost'; server: ServerId; loss: LinkLoss; after: AfterLoss }
  | { change: 'expired'; server: ServerId; expiry: SessionExpiry }
  | { change: 'closed'; server: ServerId }
  /** Closed with no connection to send the close on; the session is left to expire. */
  | { change: 'closed-locally'; sessionTimeoutMs: number }
  | { change: 'vanished'; sessionTimeoutMs: number; pendingOps: number };

export type ClientStateEvent = ClientEventBase & { kind: 'client-state'; state: ClientState } & ClientStateChange;

/**
 * The answer to an application call. `answeredBy: 'client'` when the client library settled it
 * without a server (a failure while disconnected or closed, or a close with no connection).
 */
export type ClientResultEvent = ClientEventBase & {
  kind: 'client-result';
  op: UserOp;
  result: ClientResult;
  /**
   * The client's number for the call, in call order from 1 (ClientView.lastCallId names the newest).
   * Unlike the request id it exists from the moment of the call, so every answer has one, like
   * the context object ZooKeeper's async API hands back to the callback.
   */
  callId: number;
  /** The request id (xid) it went out with; absent when it was never sent, as ZooKeeper assigns xids at send time. */
  requestId?: number;
  answeredBy: 'server' | 'client';
};

export type ClientEvent = ClientStateEvent | ClientResultEvent;
