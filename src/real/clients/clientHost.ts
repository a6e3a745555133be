import { fileURLToPath } from 'node:url';
import type { ClientView, UserOp } from '../../core/client.ts';
import type { ClientEvent } from '../../core/clientEvents.ts';
import type { ClientName, ServerId, Zxid } from '../../core/types.ts';
import type { BridgeTime } from '../../driver/real/protocol.ts';
import { clientEventRecord } from '../../host/records.ts';
import type { Refusal } from '../../net/refusal.ts';
import type { BridgeClock, ClientControl, RecordSink } from '../contract.ts';
import type { ChildMessage, ServerAddress } from './childProtocol.ts';
import { tsChildExecArgv } from './childFlags.ts';
import { checkOp, connectRefusal } from './requestCheck.ts';
import { RestartingChild } from './restartingChild.ts';
import { READER_PREFIX, TreeReaders } from './treeReaders.ts';
import { answerLocally, applyMessage, isOver, newUserSession, vanish, viewOf, type SessionOutput, type UserSession } from './userSession.ts';

// The bridge's ZooKeeper clients (ClientControl): the page's client sessions and one hidden tree
// reader per server. Both run node-zookeeper-client in child processes (one for the page's
// sessions, one for the readers), restarted when they die, so the library's crashes never reach
// the bridge and a reader's crash never costs a user's session.
//
// Failover: a user session is given every server, as the model's client is, and tries the chosen
// one first. node-zookeeper-client shuffles the list it is given; the child rotates that order to
// start at the chosen server and reports it (serverOrder). After a loss the library moves to the
// next server in that order, and waits a random spin delay once every server failed in a row.

export interface ClientsOptions {
  servers: Array<{ id: ServerId; clientPort: number }>;
  clock: BridgeClock;
  sink: RecordSink;
  polledZxid: (id: ServerId) => Zxid | null;
  /** The child script (tests give a stand-in); default clientChild.ts beside this file. */
  childScript?: string;
  execArgv?: string[];
  restartDelayMs?: number;
  /** Each server's tree is walked at most this often (default 500 ms). */
  walkIntervalMs?: number;
  /** The readers' requested session timeout (default 60 s; the servers clamp it). */
  readerTimeoutMs?: number;
  /** start() gives up waiting for the children after this (default 20 s). */
  startTimeoutMs?: number;
}

/** ClientControl plus what tests and the bridge's diagnostics may read. */
export interface Clients extends ClientControl {
  /** The child processes' PIDs (null while one restarts) and how often each was started. */
  processes(): { users: ChildProcessInfo; readers: ChildProcessInfo };
  readerConnected(id: ServerId): boolean;
  walkCounts(): TreeReaders['counts'];
}

export interface ChildProcessInfo {
  pid: number | null;
  ready: boolean;
  starts: number;
  /** The first line of the last error it printed before dying (its stack trace is kept from the terminal). */
  lastError: string | null;
}

function infoOf(child: RestartingChild): ChildProcessInfo {
  return { pid: child.pid, ready: child.isReady, starts: child.starts, lastError: child.lastError };
}

const USER_PREFIX = 'user:';
const TICK_MS = 100;

function waitReady(children: RestartingChild[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const startedAt = Date.now();
    const check = setInterval(() => {
      if (children.every((c) => c.isReady)) {
        clearInterval(check);
        resolve();
      } else if (Date.now() - startedAt > timeoutMs) {
        clearInterval(check);
        reject(new Error(`the ZooKeeper client processes did not start within ${timeoutMs} ms`));
      }
    }, 20);
  });
}

export function createClients(options: ClientsOptions): Clients {
  const { clock, sink } = options;
  const addresses: ServerAddress[] = options.servers.map((s) => ({ id: s.id, port: s.clientPort }));
  const ids = addresses.map((a) => a.id);
  const sessions = new Map<ClientName, UserSession>();
  let ticker: NodeJS.Timeout | null = null;

  const output: SessionOutput = {
    event: (t: BridgeTime, event: ClientEvent) => sink({ ...clientEventRecord(t, event), source: 'client' }),
    refused: (t: BridgeTime, client: ClientName | null, refusal: Refusal) => sink({ t, node: null, ...(client !== null ? { client } : {}), kind: 'refused', refusal, source: 'client' }),
  };
  const refuse = (client: unknown, refusal: Refusal): void => output.refused(clock.nowMs(), typeof client === 'string' && client !== '' ? client : null, refusal);

  const childOptions = {
    script: options.childScript ?? fileURLToPath(new URL('./clientChild.ts', import.meta.url)),
    execArgv: options.execArgv ?? tsChildExecArgv(),
    ...(options.restartDelayMs !== undefined ? { restartDelayMs: options.restartDelayMs } : {}),
  };

  const users: RestartingChild = new RestartingChild(childOptions, {
    onStarted: () => undefined,
    onMessage: (message) => onUserMessage(message),
    onDied: () => {
      for (const s of sessions.values()) vanish(s, clock.nowMs(), output);
    },
    onMalformed: (problem) => refuse(null, { why: 'failed', error: `the client process sent a message the bridge cannot read: ${problem}` }),
  });

  const readersChild: RestartingChild = new RestartingChild(childOptions, {
    onStarted: () => readers.openAll(),
    onMessage: (message) => {
      if ('key' in message && message.key.startsWith(READER_PREFIX)) readers.onMessage(Number(message.key.slice(READER_PREFIX.length)), message);
    },
    onDied: () => readers.childDied(),
    // The readers are hidden: a malformed message only costs a walk.
    onMalformed: () => undefined,
  });

  const readers = new TreeReaders({
    servers: addresses,
    send: (command) => readersChild.send(command),
    nowMs: () => clock.nowMs(),
    polledZxid: options.polledZxid,
    walkIntervalMs: options.walkIntervalMs ?? 500,
    sessionTimeoutMs: options.readerTimeoutMs ?? 60_000,
  });

  function onUserMessage(message: ChildMessage): void {
    if (!('key' in message) || !message.key.startsWith(USER_PREFIX)) return;
    const session = sessions.get(message.key.slice(USER_PREFIX.length));
    if (!session || session.vanished || message.type === 'walked' || message.type === 'walk-failed') return;
    applyMessage(session, message, clock.nowMs(), output);
  }

  function connect(name: string, server: ServerId, timeoutMs: number): void {
    const refusal = connectRefusal(name, server, timeoutMs, ids);
    if (refusal !== null) return refuse(name, refusal);
    const existing = sessions.get(name);
    if (existing && !isOver(existing)) return refuse(name, { why: 'client-exists', client: name });
    if (!users.isReady) return refuse(name, { why: 'client-starting', client: name });
    sessions.set(name, newUserSession(name, server, ids.length, timeoutMs, clock.nowMs()));
    users.send({ type: 'open', key: USER_PREFIX + name, servers: addresses, firstServer: server, timeoutMs });
  }

  function op(name: string, callId: number, raw: UserOp): void {
    const s = sessions.get(name);
    if (!s) return refuse(name, { why: 'no-client', client: String(name) });
    const check = checkOp(callId, raw);
    if (!check.ok) {
      if ('refusal' in check) return refuse(name, check.refusal);
      return answerLocally(s, callId, check.op, check.result, clock.nowMs(), output);
    }
    const nowMs = clock.nowMs();
    // A dead handle answers SESSIONEXPIRED, a closing one CONNECTIONLOSS, without a server (ClientCnxn).
    if (isOver(s)) return answerLocally(s, callId, check.op, { ok: false, code: 'SESSIONEXPIRED', problem: { why: s.state === 'expired' ? 'handle-expired' : 'client-closed' } }, nowMs, output);
    if (s.closing) return answerLocally(s, callId, check.op, { ok: false, code: 'CONNECTIONLOSS', problem: { why: 'client-closing' } }, nowMs, output);
    if (!users.send({ type: 'op', key: USER_PREFIX + name, callId, op: check.op })) return refuse(name, { why: 'client-starting', client: name });
    s.lastCallId = Math.max(s.lastCallId, callId);
    s.pending.set(callId, check.op);
    if (check.op.type === 'close') s.closing = true;
  }

  function disconnect(name: string): void {
    const s = sessions.get(name);
    if (!s) return refuse(name, { why: 'no-client', client: String(name) });
    if (isOver(s) || s.closing) return;
    if (users.send({ type: 'close', key: USER_PREFIX + name })) s.closing = true;
  }

  return {
    async start() {
      users.start();
      readersChild.start();
      ticker = setInterval(() => readers.tick(), TICK_MS);
      ticker.unref();
      await waitReady([users, readersChild], options.startTimeoutMs ?? 20_000);
    },
    async stop() {
      if (ticker !== null) clearInterval(ticker);
      await Promise.all([users.stop(), readersChild.stop()]);
    },
    connect,
    op,
    disconnect,
    clients: () => [...sessions.values()].map(viewOf) as ClientView[],
    tree: (id) => readers.tree(id),
    processes: () => ({ users: infoOf(users), readers: infoOf(readersChild) }),
    readerConnected: (id) => readers.isConnected(id),
    walkCounts: () => readers.counts,
  };
}
