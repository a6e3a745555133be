import { prepareOp } from './prep.ts';
import { propose, rearmSessionCheck, type LeaderState, type LearnerHandler } from './leader.ts';
import { SessionTracker } from './sessionTracker.ts';
import type { ZkServer } from './server.ts';
import type { ServerProblem } from './requestProblems.ts';
import type { ClientName, ClientOp, ClientRequestMessage, ClientResult, ServerId, Txn } from './types.ts';

// The server side of client connections: sessions attached here, requests forwarded to the leader,
// answers sent once the transaction commits on this server (FinalRequestProcessor).

interface LocalRequest {
  client: ClientName;
  requestId: number;
  op: ClientOp;
}

const CONNECTION_LOSS_ID = -1;

export class ClientService {
  private readonly s: ZkServer;
  /** Clients connected to this server and their session ids. */
  readonly attached = new Map<ClientName, number>();
  private readonly local = new Map<number, LocalRequest>();
  private nextLocalId: number;
  private sessionCounter: number;

  constructor(s: ZkServer) {
    this.s = s;
    // Random starting points keep ids from colliding with ones used before a restart.
    this.nextLocalId = s.prng.int(1, 2 ** 20) * 1024;
    this.sessionCounter = s.prng.int(0, 2 ** 19);
  }

  // ---------------------------------------------------------------- requests from clients

  onRequest(m: ClientRequestMessage): void {
    const s = this.s;
    if (!s.isServing()) {
      this.reply(m.client, m.requestId, loss({ why: 'not-serving', server: s.id, role: s.role }));
      return;
    }
    const op = m.op;
    if (op.type === 'connect') {
      this.onConnect(m.client, m.requestId, op);
      return;
    }
    if (this.attached.get(m.client) !== op.sessionId) {
      this.reply(m.client, m.requestId, loss({ why: 'not-connected', client: m.client, server: s.id }));
      return;
    }
    // Every request counts as a sign of life for the session, not only pings (touchSession).
    if (op.type !== 'ping') this.touch(op.sessionId);
    if (op.type === 'ping') this.onPing(m.client, m.requestId, op.sessionId);
    else if (op.type === 'get') this.onGet(m.client, m.requestId, op.path);
    else this.submit({ client: m.client, requestId: m.requestId, op });
  }

  private onConnect(client: ClientName, requestId: number, op: Extract<ClientOp, { type: 'connect' }>): void {
    const s = this.s;
    if (op.lastZxidSeen > s.tree.lastZxid) {
      this.reply(client, requestId, loss({ why: 'server-behind', server: s.id }));
      return;
    }
    if (op.sessionId === 0) {
      const timeoutMs = SessionTracker.clampTimeout(op.timeoutMs, s.cfg.minSessionTimeoutMs, s.cfg.maxSessionTimeoutMs);
      const sessionId = this.newSessionId();
      this.submit({ client, requestId, op: { ...op, sessionId, timeoutMs } });
      return;
    }
    if (!s.tree.hasSession(op.sessionId)) {
      this.reply(client, requestId, expired(op.sessionId));
      return;
    }
    if (s.leader) {
      const result = this.revalidate(s.leader, op.sessionId);
      if (result.ok) this.attached.set(client, op.sessionId);
      this.reply(client, requestId, result);
    } else if (s.learner) {
      const localId = this.remember({ client, requestId, op });
      s.sendZab(s.learner.conn, { type: 'revalidate', client, requestId: localId, sessionId: op.sessionId, connId: 0, seq: 0 });
    }
  }

  private newSessionId(): number {
    const s = this.s;
    this.sessionCounter = (this.sessionCounter + 1) % 2 ** 20;
    return s.id * 2 ** 40 + (s.durable.currentEpoch % 2 ** 20) * 2 ** 20 + this.sessionCounter;
  }

  private touch(sessionId: number): boolean {
    const s = this.s;
    if (s.leader) return s.leader.sessions.touch(sessionId, s.nowMs);
    s.learner?.touched.add(sessionId);
    return true;
  }

  private onPing(client: ClientName, requestId: number, sessionId: number): void {
    const s = this.s;
    if (!s.tree.hasSession(sessionId)) {
      this.attached.delete(client);
      this.reply(client, requestId, expired(sessionId));
      return;
    }
    if (!this.touch(sessionId)) {
      this.reply(client, requestId, expired(sessionId));
      return;
    }
    this.reply(client, requestId, { ok: true, type: 'pong' });
  }

  private onGet(client: ClientName, requestId: number, path: string): void {
    const node = this.s.tree.get(path);
    if (!node) {
      this.reply(client, requestId, { ok: false, code: 'NONODE', problem: { why: 'not-on-server', path, server: this.s.id } });
      return;
    }
    this.reply(client, requestId, { ok: true, type: 'data', value: node.value, version: node.version, zxid: node.mzxid, serverZxid: this.s.tree.lastZxid });
  }

  /** A write: proposed here if we lead, else forwarded to the leader. */
  private submit(request: LocalRequest): void {
    const s = this.s;
    const localId = this.remember(request);
    if (s.leader) {
      const error = this.leaderSubmit(s.leader, request.op, s.id, localId, request.client);
      if (error) this.answerLocal(localId, error);
    } else if (s.learner) {
      s.sendZab(s.learner.conn, { type: 'request', client: request.client, requestId: localId, op: request.op, connId: 0, seq: 0 });
    }
  }

  private remember(request: LocalRequest): number {
    const localId = this.nextLocalId++;
    this.local.set(localId, request);
    return localId;
  }

  private answerLocal(localId: number, result: ClientResult): void {
    const request = this.local.get(localId);
    if (!request) return;
    this.local.delete(localId);
    if (result.ok && result.type === 'connected') this.attached.set(request.client, result.sessionId);
    if (result.ok && result.type === 'closed') this.attached.delete(request.client);
    this.reply(request.client, request.requestId, result);
  }

  // ---------------------------------------------------------------- leader side

  /** PrepRequestProcessor + propose. Returns an error result, or null when a proposal went out. */
  leaderSubmit(l: LeaderState, op: ClientOp, origin: ServerId, requestId: number, client: ClientName): ClientResult | null {
    const s = this.s;
    let txn: Txn | null;
    if (op.type === 'connect') {
      l.sessions.add(op.sessionId, op.timeoutMs, s.nowMs);
      rearmSessionCheck(s, l);
      txn = propose(s, l, { type: 'createSession', sessionId: op.sessionId, timeoutMs: op.timeoutMs, client }, origin, requestId);
    } else if (op.type === 'close') {
      txn = propose(s, l, { type: 'closeSession', sessionId: op.sessionId, reason: 'closed' }, origin, requestId);
    } else if (op.type === 'create' || op.type === 'set' || op.type === 'delete') {
      const prepared = prepareOp(l.prepared, op, op.sessionId);
      if (!prepared.ok) {
        s.emit({ kind: 'request-failed', op: op.type, path: op.path, code: prepared.code, problem: prepared.problem });
        return { ok: false, code: prepared.code, problem: prepared.problem };
      }
      txn = propose(s, l, prepared.txnOp, origin, requestId);
    } else {
      return { ok: false, code: 'BADARGUMENTS', problem: { why: 'not-a-write', op: op.type } };
    }
    return txn ? null : loss({ why: 'not-accepting', leader: s.id });
  }

  /** A request a learner forwarded on connection `h`; an error is answered on that connection. */
  leaderOnForwardedRequest(h: LearnerHandler, client: ClientName, requestId: number, op: ClientOp): void {
    const s = this.s;
    const l = s.leader;
    if (!l) return;
    const error = this.leaderSubmit(l, op, h.sid, requestId, client);
    if (error && l.handlers.get(h.conn.connId) === h) s.sendZab(h.conn, { type: 'reply', client, requestId, result: error, connId: 0, seq: 0 });
  }

  leaderOnRevalidate(h: LearnerHandler, client: ClientName, requestId: number, sessionId: number): void {
    const l = this.s.leader;
    if (!l) return;
    this.s.sendZab(h.conn, { type: 'reply', client, requestId, result: this.revalidate(l, sessionId), connId: 0, seq: 0 });
  }

  private revalidate(l: LeaderState, sessionId: number): ClientResult {
    const session = this.s.tree.getSession(sessionId);
    if (!session || !l.sessions.touch(sessionId, this.s.nowMs)) return expired(sessionId);
    return { ok: true, type: 'connected', sessionId, timeoutMs: session.timeoutMs };
  }

  /** SessionTrackerImpl found the session's bucket expired: close it through Zab. */
  expireSession(l: LeaderState, sessionId: number): void {
    propose(this.s, l, { type: 'closeSession', sessionId, reason: 'expired' }, this.s.id, 0);
  }

  learnerOnReply(_client: ClientName, localId: number, result: ClientResult): void {
    this.answerLocal(localId, result);
  }

  // ---------------------------------------------------------------- commits and connections

  onApplied(txn: Txn, deletedPaths: string[]): void {
    const s = this.s;
    const op = txn.op;
    if (op.type === 'closeSession') {
      s.leader?.sessions.remove(op.sessionId);
      this.detachSession(op.sessionId, op.reason === 'expired');
      if (s.leader && s.leader.phase === 'broadcast') this.reportSessionEnd(op.sessionId, op.reason, deletedPaths);
    }
    if (txn.origin !== s.id || !this.local.has(txn.requestId)) return;
    this.answerLocal(txn.requestId, resultOf(s, txn));
  }

  private detachSession(sessionId: number, wasExpired: boolean): void {
    for (const [client, attachedSession] of this.attached) {
      if (attachedSession !== sessionId) continue;
      this.attached.delete(client);
      if (wasExpired) this.reply(client, CONNECTION_LOSS_ID, expired(sessionId));
    }
  }

  private reportSessionEnd(sessionId: number, reason: 'expired' | 'closed', deletedPaths: string[]): void {
    this.s.emit({ kind: reason === 'expired' ? 'session-expired' : 'session-closed', sessionId, deletedPaths });
  }

  onClientGone(client: ClientName): void {
    this.attached.delete(client);
  }

  /** The server stopped serving: every client connection is reset, every pending request lost. */
  dropAll(reason: ServerProblem): void {
    for (const client of this.attached.keys()) this.reply(client, CONNECTION_LOSS_ID, loss(reason));
    for (const request of this.local.values()) this.reply(request.client, request.requestId, loss(reason));
    this.attached.clear();
    this.local.clear();
  }

  private reply(client: ClientName, requestId: number, result: ClientResult): void {
    this.s.emitOutput({ kind: 'reply', to: client, message: { type: 'client-reply', client, requestId, result, serverZxid: this.s.tree.lastZxid } });
  }
}

function loss(problem: ServerProblem): ClientResult {
  return { ok: false, code: 'CONNECTIONLOSS', problem };
}

function expired(sessionId: number): ClientResult {
  return { ok: false, code: 'SESSIONEXPIRED', problem: { why: 'session-expired', sessionId } };
}

function resultOf(s: ZkServer, txn: Txn): ClientResult {
  const op = txn.op;
  switch (op.type) {
    case 'create':
      return { ok: true, type: 'created', path: op.path, zxid: txn.zxid };
    case 'set':
      return { ok: true, type: 'set', zxid: txn.zxid, version: s.tree.get(op.path)?.version ?? 0 };
    case 'delete':
      return { ok: true, type: 'deleted', zxid: txn.zxid };
    case 'createSession':
      return { ok: true, type: 'connected', sessionId: op.sessionId, timeoutMs: op.timeoutMs };
    case 'closeSession':
      return { ok: true, type: 'closed' };
  }
}
