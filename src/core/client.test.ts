import { describe, expect, it } from 'vitest';
import {
  createClient,
  MAX_SEND_PING_INTERVAL_MS,
  PING_REQUEST_ID,
  RESET_REQUEST_ID,
  SPIN_DELAY_MS,
} from './client.ts';
import type { Client, ClientEvent, ClientInput, ClientOutput, ClientTimerName, UserOp } from './client.ts';
import { createPrng } from './prng.ts';
import type { ServerProblem } from './requestProblems.ts';
import type {
  ClientOp,
  ClientReplyMessage,
  ClientRequestMessage,
  ClientResult,
  ServerId,
  Zxid,
} from './types.ts';
import { formatZxid, makeZxid } from './zxid.ts';

// ---------------------------------------------------------------- a tiny host: virtual clock, timers, servers

/** What a fake server answers to one request, or null for silence. */
type Behaviour = (request: ClientRequestMessage) => { result: ClientResult; serverZxid?: Zxid } | null;

/** The ensemble's shared picture of sessions and data, as far as a client can tell. */
interface Ensemble {
  zxid: Zxid;
  nextSessionId: number;
  sessions: Set<number>;
}

function ensemble(): Ensemble {
  return { zxid: makeZxid(1, 0), nextSessionId: 0x1000, sessions: new Set() };
}

/** A server that serves: it knows the ensemble's sessions and refuses clients that have seen more than it has. */
function serving(ens: Ensemble, opts: { ownZxid?: Zxid; answerWrites?: boolean } = {}): Behaviour {
  const answerWrites = opts.answerWrites ?? true;
  return (request) => {
    const op = request.op;
    const serverZxid = opts.ownZxid ?? ens.zxid;
    switch (op.type) {
      case 'connect': {
        if (op.lastZxidSeen > serverZxid) return { result: loss({ why: 'server-behind', server: 3 }), serverZxid };
        if (op.sessionId !== 0 && !ens.sessions.has(op.sessionId)) {
          return { result: { ok: false, code: 'SESSIONEXPIRED', problem: { why: 'session-expired', sessionId: op.sessionId } }, serverZxid };
        }
        const sessionId = op.sessionId !== 0 ? op.sessionId : ens.nextSessionId++;
        ens.sessions.add(sessionId);
        const timeoutMs = Math.min(Math.max(op.timeoutMs, 4000), 40_000);
        return { result: { ok: true, type: 'connected', sessionId, timeoutMs }, serverZxid };
      }
      case 'ping':
        return { result: { ok: true, type: 'pong' }, serverZxid };
      case 'create':
        if (!answerWrites) return null;
        ens.zxid += 1;
        return { result: { ok: true, type: 'created', path: op.path, zxid: ens.zxid } };
      case 'set':
        if (!answerWrites) return null;
        ens.zxid += 1;
        return { result: { ok: true, type: 'set', zxid: ens.zxid, version: 1 } };
      case 'delete':
        if (!answerWrites) return null;
        ens.zxid += 1;
        return { result: { ok: true, type: 'deleted', zxid: ens.zxid } };
      case 'get':
        return {
          result: { ok: true, type: 'data', value: 'v', version: 0, zxid: ens.zxid, serverZxid: ens.zxid },
        };
      case 'close':
        ens.sessions.delete(op.sessionId);
        return { result: { ok: true, type: 'closed' } };
    }
  };
}

const silent: Behaviour = () => null;

function loss(problem: ServerProblem): ClientResult {
  return { ok: false, code: 'CONNECTIONLOSS', problem };
}

interface Pending {
  atMs: number;
  seq: number;
  input: ClientInput;
}

function describeWire(op: ClientOp): string {
  switch (op.type) {
    case 'connect':
      return `connect session=0x${op.sessionId.toString(16)} lastZxid=${formatZxid(op.lastZxidSeen)}`;
    case 'ping':
      return 'ping';
    case 'close':
      return 'close';
    default:
      return `${op.type} ${op.path}`;
  }
}

/** A field of an event as data; zxids and session ids in hex, as the sends show them. */
function fieldValue(key: string, value: unknown): string {
  if (typeof value === 'number' && /zxid|sessionid/i.test(key)) return formatZxid(value);
  if (Array.isArray(value)) return `[${value.join(',')}]`;
  if (value !== null && typeof value === 'object') return `(${fieldsOf(value)})`;
  return String(value);
}

function fieldsOf(value: object): string {
  return Object.entries(value)
    .map(([k, v]) => `${k}=${fieldValue(k, v)}`)
    .join(' ');
}

/**
 * A client event as one line of its data (never its narration): "[disconnected] link-lost server=3
 * loss=(why=read-timeout silentMs=4000) …", or "create /a → created path=/a zxid=0x100000001 by server".
 */
function eventLine(e: ClientEvent): string {
  if (e.kind === 'client-state') {
    const { kind: _kind, client: _client, state, change, ...rest } = e;
    return `[${state}] ${change} ${fieldsOf(rest)}`;
  }
  const op = `${e.op.type}${'path' in e.op ? ` ${e.op.path}` : ''}`;
  if (!e.result.ok) return `${op} → ${e.result.code} by ${e.answeredBy}`;
  const { ok: _ok, type, ...rest } = e.result;
  return `${op} → ${[type, fieldsOf(rest)].filter(Boolean).join(' ')} by ${e.answeredBy}`;
}

/**
 * Drives one client through simulated time. Every send and event lands in a transcript
 * ("6000 → 1 connect …", "6000 [disconnected] link-lost server=3 …"), which the tests read.
 */
function host(opts: {
  servers: ServerId[];
  timeoutMs: number;
  seed?: number;
  firstServer?: ServerId;
  latencyMs?: number;
}) {
  const latencyMs = opts.latencyMs ?? 0;
  const client: Client = createClient({
    name: 'c1',
    servers: opts.servers,
    timeoutMs: opts.timeoutMs,
    prng: createPrng(opts.seed ?? 7),
    ...(opts.firstServer !== undefined ? { firstServer: opts.firstServer } : {}),
  });
  const behaviours = new Map<ServerId, Behaviour>(opts.servers.map((s) => [s, silent]));
  const timers = new Map<ClientTimerName, { atMs: number; seq: number }>();
  const deliveries: Pending[] = [];
  const sends: string[] = [];
  const events: string[] = [];
  const results: string[] = [];
  const outputs: { atMs: number; output: ClientOutput }[] = [];
  const wire: { atMs: number; to: ServerId; message: ClientRequestMessage }[] = [];
  let seq = 0;
  let nowMs = 0;

  function apply(input: ClientInput, atMs: number): void {
    for (const output of client.step(input, atMs)) {
      outputs.push({ atMs, output });
      switch (output.kind) {
        case 'send': {
          const { to, message } = output;
          wire.push({ atMs, to, message });
          sends.push(`${atMs} → ${to} ${describeWire(message.op)}`);
          const answer = (behaviours.get(to) ?? silent)(message);
          if (answer !== null) {
            const reply: ClientReplyMessage = {
              type: 'client-reply',
              client: message.client,
              requestId: message.requestId,
              result: answer.result,
              serverZxid: answer.serverZxid ?? 0,
            };
            deliveries.push({
              atMs: atMs + latencyMs,
              seq: seq++,
              input: { kind: 'reply', from: to, message: reply },
            });
          }
          break;
        }
        case 'set-timer':
          timers.set(output.name, { atMs: output.atMs, seq: seq++ });
          break;
        case 'cancel-timer':
          timers.delete(output.name);
          break;
        case 'event': {
          const e = output.event;
          if (e.kind === 'client-state') events.push(`${atMs} ${eventLine(e)}`);
          else results.push(`${atMs} ${eventLine(e)}`);
          break;
        }
      }
    }
  }

  /** Fire timers and deliver replies, in time order, up to and including `untilMs`. */
  function runUntil(untilMs: number): void {
    for (;;) {
      let next: Pending | null = null;
      for (const [name, t] of timers) {
        if (
          t.atMs <= untilMs &&
          (next === null || t.atMs < next.atMs || (t.atMs === next.atMs && t.seq < next.seq))
        ) {
          next = { atMs: t.atMs, seq: t.seq, input: { kind: 'timer', name } };
        }
      }
      for (const d of deliveries) {
        if (
          d.atMs <= untilMs &&
          (next === null || d.atMs < next.atMs || (d.atMs === next.atMs && d.seq < next.seq))
        )
          next = d;
      }
      if (next === null) break;
      const fired = next;
      if (fired.input.kind === 'timer') timers.delete(fired.input.name);
      else deliveries.splice(deliveries.indexOf(fired), 1);
      nowMs = fired.atMs;
      apply(fired.input, fired.atMs);
    }
    nowMs = untilMs;
  }

  return {
    client,
    sends,
    events,
    results,
    outputs,
    wire,
    timers,
    serve(server: ServerId, behaviour: Behaviour): void {
      behaviours.set(server, behaviour);
    },
    at(atMs: number, input: ClientInput): void {
      runUntil(atMs);
      apply(input, atMs);
    },
    user(atMs: number, op: UserOp): void {
      this.at(atMs, { kind: 'user', op });
    },
    /** A reply the client did not ask for, e.g. the TCP reset as requestId -1. */
    inject(atMs: number, from: ServerId, requestId: number, result: ClientResult, serverZxid = 0): void {
      this.at(atMs, {
        kind: 'reply',
        from,
        message: { type: 'client-reply', client: 'c1', requestId, result, serverZxid },
      });
    },
    runUntil,
    get nowMs() {
      return nowMs;
    },
  };
}

const create = (path: string): UserOp => ({ type: 'create', path, value: 'up', mode: 'ephemeral' });

// With seed 7 the shuffled order of [1, 2, 3] is checked in the first test; starting at server 3 the
// client walks 3 → 1 → 2 → 3.
const SERVERS = [1, 2, 3];

// ---------------------------------------------------------------- tests

describe('client: a new session', () => {
  it('connects to its first server, gets a session, and derives its timeouts from the negotiated one', () => {
    const ens = ensemble();
    const h = host({ servers: SERVERS, timeoutMs: 6000, firstServer: 3 });
    h.serve(3, serving(ens));
    expect(h.client.view()).toMatchObject({ state: 'connecting', server: null, sessionId: 0 });

    h.at(0, { kind: 'start' });
    h.runUntil(0);

    expect(h.client.view().serverOrder).toEqual([3, 1, 2]);
    expect(h.sends).toEqual(['0 → 3 connect session=0x0 lastZxid=0x0']);
    expect(h.events).toEqual([
      '0 [connecting] connecting server=3 requestedTimeoutMs=6000 serverOrder=[3,1,2]',
      '0 [connected] connected server=3 resumed=false timeoutMs=6000 requestedTimeoutMs=6000 tookMs=0 sessionId=0x1000',
    ]);
    expect(h.client.view()).toMatchObject({
      name: 'c1',
      state: 'connected',
      server: 3,
      tryingServer: null,
      sessionId: 0x1000,
      timeoutMs: 6000,
      readTimeoutMs: 4000,
      connectTimeoutMs: 2000,
      lastHeardMs: 0,
      pendingOps: 0,
      lastCallId: 0,
      vanished: false,
    });
    // The connect timer is gone; the read and ping timers run from the connection.
    expect([...h.timers.entries()].map(([n, t]) => `${n}@${t.atMs}`).sort()).toEqual([
      'client-ping@2000',
      'client-read@4000',
    ]);
  });

  it('uses the timeout the server negotiated, not the one it asked for', () => {
    const ens = ensemble();
    const h = host({ servers: SERVERS, timeoutMs: 60_000, firstServer: 3 });
    h.serve(3, serving(ens)); // clamps to 40,000 ms (20 × tickTime 2000)
    h.at(0, { kind: 'start' });
    h.runUntil(0);
    expect(h.client.view()).toMatchObject({
      timeoutMs: 40_000,
      requestedTimeoutMs: 60_000,
      readTimeoutMs: 26_666,
      connectTimeoutMs: 13_333,
    });
    h.runUntil(13_333);
    expect(h.sends.slice(1)).toEqual(['13333 → 3 ping']);
  });

  it('shuffles the server order with the seed, and a seed replays the same order', () => {
    const order = (seed: number) =>
      host({ servers: [1, 2, 3, 4, 5], timeoutMs: 6000, seed }).client.view().serverOrder;
    expect(order(1)).toEqual(order(1));
    expect([...order(1)].sort()).toEqual([1, 2, 3, 4, 5]);
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((s) => order(s).join()));
    expect(orders.size).toBeGreaterThan(1);
    // firstServer rotates the shuffled cycle rather than reordering it.
    const cycle = order(1);
    const rotated = host({
      servers: [1, 2, 3, 4, 5],
      timeoutMs: 6000,
      seed: 1,
      firstServer: cycle[2] as number,
    }).client.view().serverOrder;
    expect(rotated).toEqual([...cycle.slice(2), ...cycle.slice(0, 2)]);
  });

  it('rejects a firstServer it does not know', () => {
    expect(() =>
      createClient({ name: 'c1', servers: [1, 2], timeoutMs: 6000, prng: createPrng(1), firstServer: 9 }),
    ).toThrow(/firstServer 9/);
  });
});

describe('client: pings', () => {
  it('pings every readTimeout/2 = 2,000 ms while idle, and anything it sends postpones the ping', () => {
    const ens = ensemble();
    const h = host({ servers: SERVERS, timeoutMs: 6000, firstServer: 3, latencyMs: 1 });
    h.serve(3, serving(ens));
    h.at(0, { kind: 'start' });
    h.runUntil(6000);
    expect(h.sends).toEqual([
      '0 → 3 connect session=0x0 lastZxid=0x0',
      '2000 → 3 ping',
      '4000 → 3 ping',
      '6000 → 3 ping',
    ]);

    h.user(7000, create('/w1'));
    h.runUntil(12_000);
    expect(h.sends.slice(4)).toEqual(['7000 → 3 create /w1', '9000 → 3 ping', '11000 → 3 ping']);
    expect(h.client.view()).toMatchObject({ state: 'connected', lastHeardMs: 11_001 });
    expect(
      h.wire
        .filter((w) => w.message.op.type === 'ping')
        .every((w) => w.message.requestId === PING_REQUEST_ID),
    ).toBe(true);
  });
});

describe('client: the ping rule of ClientCnxn.SendThread.run', () => {
  /** Connects with `timeoutMs`, sends a create at 100 ms that server 3 sits on, and answers it at `answerAtMs`. */
  function slowWrite(timeoutMs: number, answerAtMs: number | null) {
    const ens = ensemble();
    const h = host({ servers: SERVERS, timeoutMs, firstServer: 3 });
    h.serve(3, serving(ens, { answerWrites: false }));
    h.at(0, { kind: 'start' });
    h.user(100, create('/w'));
    const write = h.wire.find((w) => w.message.op.type === 'create')!;
    if (answerAtMs !== null) {
      h.inject(answerAtMs, 3, write.message.requestId, {
        ok: true,
        type: 'created',
        path: '/w',
        zxid: makeZxid(1, 1),
      });
    }
    return h;
  }
  const pings = (h: ReturnType<typeof host>) => h.sends.filter((x) => x.endsWith(' ping'));

  it('idle, it pings every readTimeout/2 (30 s session: readTimeout 20,000 ms, a ping each 10,000 ms) (ClientCnxn.SendThread.run)', () => {
    // Goal: timeToNextPing = readTimeout/2 − idleSend − (idleSend > 1000 ? 1000 : 0); the loop sleeps timeToNextPing, wakes with idleSend = readTimeout/2 and pings. From ClientCnxn.SendThread.run.
    const h = slowWrite(30_000, null);
    h.runUntil(30_200);
    expect(pings(h)).toEqual(['10100 → 3 ping', '20100 → 3 ping', '30100 → 3 ping']);
  });

  it('a reply read more than 1,000 ms after the last send brings the ping 1,000 ms forward (ClientCnxn.SendThread.run)', () => {
    // Goal: a turn at idleSend 1,500 ms computes 10,000 − 1,500 − 1,000 = 7,500 ms, so the ping goes at 100 + 9,000. From ClientCnxn.SendThread.run.
    const h = slowWrite(30_000, 1600);
    h.runUntil(12_000);
    expect(pings(h)).toEqual(['9100 → 3 ping']);
  });

  it('a turn at idleSend ≥ readTimeout/2 − 1,000 ms pings at once (ClientCnxn.SendThread.run)', () => {
    // Goal: 6 s session, readTimeout/2 = 2,000 ms; the reply read at idleSend 1,100 ms gives 2,000 − 1,100 − 1,000 < 0: ping now. From ClientCnxn.SendThread.run.
    const h = slowWrite(6000, 1200);
    h.runUntil(1200);
    expect(pings(h)).toEqual(['1200 → 3 ping']);
    // A reply at idleSend 1,000 ms is not "over 1000": it only sleeps until readTimeout/2.
    const edge = slowWrite(6000, 1100);
    edge.runUntil(2200);
    expect(pings(edge)).toEqual(['2100 → 3 ping']);
  });

  it('MAX_SEND_PING_INTERVAL: a turn after over 10,000 ms without a send pings, even before readTimeout/2 (ClientCnxn.SendThread.run)', () => {
    // Goal: 40 s session, readTimeout/2 = 13,333 ms. Idle, the loop sleeps to 13,333 ms (no turn in between, so no ping at 10 s); a reply read at idleSend 10,001 ms pings then (`idleSend > MAX_SEND_PING_INTERVAL`). From ClientCnxn.SendThread.run.
    expect(MAX_SEND_PING_INTERVAL_MS).toBe(10_000);
    const idle = slowWrite(40_000, null);
    idle.runUntil(14_000);
    expect(pings(idle)).toEqual(['13433 → 3 ping']);
    const h = slowWrite(40_000, 10_101);
    h.runUntil(14_000);
    expect(pings(h)).toEqual(['10101 → 3 ping']);
    // At idleSend exactly 10,000 ms it is not over the cap: 13,333 − 10,000 − 1,000 = 2,333 ms more.
    const edge = slowWrite(40_000, 10_100);
    edge.runUntil(14_000);
    expect(pings(edge)).toEqual(['12433 → 3 ping']);
  });
});

describe('client: losing its server', () => {
  it('hears nothing for readTimeout (4,000 ms), tries the next server, and keeps its session there', () => {
    const ens = ensemble();
    const h = host({ servers: SERVERS, timeoutMs: 6000, firstServer: 3 });
    h.serve(3, serving(ens));
    h.serve(1, serving(ens));
    h.at(0, { kind: 'start' });
    h.runUntil(2000); // the 2,000 ms ping is answered
    h.serve(3, silent); // server 3 freezes (crash, pause, or a cut link): no reset, just silence
    h.runUntil(6000);

    expect(h.sends).toEqual([
      '0 → 3 connect session=0x0 lastZxid=0x0',
      '2000 → 3 ping',
      '4000 → 3 ping', // unanswered
      '6000 → 1 connect session=0x1000 lastZxid=0x100000000',
    ]);
    expect(h.events.slice(2)).toEqual([
      '6000 [disconnected] link-lost server=3 loss=(why=read-timeout silentMs=4000) after=(then=try server=1) sessionId=0x1000',
      '6000 [connected] connected server=1 resumed=true timeoutMs=6000 requestedTimeoutMs=6000 tookMs=0 sessionId=0x1000',
    ]);
    expect(h.client.view()).toMatchObject({ state: 'connected', server: 1, sessionId: 0x1000 });
  });

  it('on a connection reset moves to the next server at once, without waiting for any timeout', () => {
    const ens = ensemble();
    const h = host({ servers: SERVERS, timeoutMs: 6000, firstServer: 3, latencyMs: 2 });
    h.serve(3, serving(ens));
    h.serve(1, serving(ens));
    h.at(0, { kind: 'start' });
    h.at(1500, { kind: 'connection-reset', server: 2 }); // not its server: nothing happens
    expect(h.sends).toHaveLength(1);

    h.at(1500, { kind: 'connection-reset', server: 3 });
    expect(h.client.view()).toMatchObject({ state: 'disconnected', server: null, tryingServer: 1 });
    h.runUntil(1502);
    expect(h.sends).toEqual([
      '0 → 3 connect session=0x0 lastZxid=0x0',
      '1500 → 1 connect session=0x1000 lastZxid=0x100000000',
    ]);
    expect(h.events.slice(2)).toEqual([
      '1500 [disconnected] link-lost server=3 loss=(why=connection-reset) after=(then=try server=1) sessionId=0x1000',
      '1502 [connected] connected server=1 resumed=true timeoutMs=6000 requestedTimeoutMs=6000 tookMs=2 sessionId=0x1000',
    ]);
  });

  it("treats the server's unsolicited CONNECTIONLOSS (requestId -1) as the end of the connection", () => {
    const ens = ensemble();
    const h = host({ servers: SERVERS, timeoutMs: 6000, firstServer: 3 });
    h.serve(3, serving(ens));
    h.serve(1, serving(ens));
    h.at(0, { kind: 'start' });
    h.inject(500, 3, RESET_REQUEST_ID, loss({ why: 'stopped-serving', server: 3 }));
    expect(h.sends).toEqual([
      '0 → 3 connect session=0x0 lastZxid=0x0',
      '500 → 1 connect session=0x1000 lastZxid=0x100000000',
    ]);
    expect(h.events[2]).toBe('500 [disconnected] link-lost server=3 loss=(why=dropped-by-server) after=(then=try server=1) sessionId=0x1000');
  });

  it('gives each connect attempt timeout/servers = 2,000 ms, then rotates; after a full round it waits 1,000 ms', () => {
    const ens = ensemble();
    const h = host({ servers: SERVERS, timeoutMs: 6000, firstServer: 3 });
    h.at(0, { kind: 'start' }); // every server silent
    h.runUntil(6999);
    expect(h.sends).toEqual([
      '0 → 3 connect session=0x0 lastZxid=0x0',
      '2000 → 1 connect session=0x0 lastZxid=0x0',
      '4000 → 2 connect session=0x0 lastZxid=0x0',
    ]);
    expect(h.events.slice(1)).toEqual([
      '2000 [connecting] link-lost server=3 loss=(why=connect-timeout waitedMs=2000) after=(then=try server=1)',
      '4000 [connecting] link-lost server=1 loss=(why=connect-timeout waitedMs=2000) after=(then=try server=2)',
      '6000 [connecting] link-lost server=2 loss=(why=connect-timeout waitedMs=2000) after=(then=wait server=3 waitMs=1000)',
    ]);
    expect(h.client.view()).toMatchObject({
      state: 'connecting',
      tryingServer: null,
      retryAtMs: 6000 + SPIN_DELAY_MS,
    });

    h.serve(3, serving(ens));
    h.runUntil(7000);
    expect(h.sends[3]).toBe('7000 → 3 connect session=0x0 lastZxid=0x0');
    expect(h.client.view()).toMatchObject({ state: 'connected', server: 3, sessionId: 0x1000 });
  });

  it('skips a server that turns it away (not serving, or behind the zxid the client has seen)', () => {
    const ens = ensemble();
    const h = host({ servers: SERVERS, timeoutMs: 6000, firstServer: 3 });
    h.serve(3, serving(ens));
    h.serve(1, serving(ens, { ownZxid: makeZxid(1, 0) })); // a lagging server, stuck at 0x100000000
    h.serve(2, serving(ens));
    h.at(0, { kind: 'start' });
    h.user(100, create('/w1')); // the client now has seen 0x100000001
    h.at(200, { kind: 'connection-reset', server: 3 });
    h.runUntil(200);
    expect(h.sends).toEqual([
      '0 → 3 connect session=0x0 lastZxid=0x0',
      '100 → 3 create /w1',
      '200 → 1 connect session=0x1000 lastZxid=0x100000001',
      '200 → 2 connect session=0x1000 lastZxid=0x100000001',
    ]);
    expect(h.events[3]).toBe(
      '200 [disconnected] link-lost server=1 loss=(why=turned-away lastZxidSeen=0x100000001) after=(then=try server=2) sessionId=0x1000',
    );
    expect(h.client.view()).toMatchObject({ state: 'connected', server: 2, lastZxidSeen: makeZxid(1, 1) });
  });

  it('ignores a late answer from a server it has left', () => {
    const ens = ensemble();
    const h = host({ servers: SERVERS, timeoutMs: 6000, firstServer: 3 });
    h.at(0, { kind: 'start' }); // server 3 silent
    h.runUntil(2000); // gives up on 3, tries 1 (also silent)
    h.inject(2100, 3, 1, { ok: true, type: 'connected', sessionId: 0x77, timeoutMs: 6000 });
    expect(h.client.view()).toMatchObject({ state: 'connecting', sessionId: 0, tryingServer: 1 });
    expect(ens.sessions.size).toBe(0);
  });
});

describe('client: session expiry', () => {
  it('ends for good on SESSIONEXPIRED: pending ops fail, nothing more is sent', () => {
    const ens = ensemble();
    const h = host({ servers: SERVERS, timeoutMs: 6000, firstServer: 3 });
    h.serve(3, serving(ens));
    h.serve(1, serving(ens));
    h.at(0, { kind: 'start' });
    h.serve(3, silent);
    h.runUntil(3999);
    h.user(3000, create('/queued')); // in flight on the silent server 3
    ens.sessions.clear(); // meanwhile the leader expired the session
    h.runUntil(4000);

    expect(h.sends).toEqual([
      '0 → 3 connect session=0x0 lastZxid=0x0',
      '2000 → 3 ping',
      '3000 → 3 create /queued',
      '4000 → 1 connect session=0x1000 lastZxid=0x100000000',
    ]);
    expect(h.events.slice(2)).toEqual([
      '4000 [disconnected] link-lost server=3 loss=(why=read-timeout silentMs=4000) after=(then=try server=1) sessionId=0x1000',
      '4000 [expired] expired server=1 expiry=(why=unknown-to-server) sessionId=0x1000',
    ]);
    expect(h.results).toEqual([
      '4000 create /queued → CONNECTIONLOSS by client',
    ]);
    expect(h.timers.size).toBe(0);

    h.user(5000, create('/late'));
    h.at(5000, { kind: 'start' });
    h.runUntil(60_000);
    expect(h.sends).toHaveLength(4);
    expect(h.results[1]).toBe(
      '5000 create /late → SESSIONEXPIRED by client',
    );
    expect(h.client.view()).toMatchObject({ state: 'expired', server: null, pendingOps: 0 });
  });

  it('fails queued ops with SESSIONEXPIRED when the reconnect learns the session is gone', () => {
    const ens = ensemble();
    const h = host({ servers: SERVERS, timeoutMs: 6000, firstServer: 3, latencyMs: 5 });
    h.serve(3, serving(ens));
    h.serve(1, serving(ens));
    h.at(0, { kind: 'start' });
    ens.sessions.clear(); // the leader expired the session while the client was attached to 3
    h.at(1000, { kind: 'connection-reset', server: 3 });
    h.user(1001, create('/a')); // queued: the reconnect to 1 is under way
    h.runUntil(1005);
    expect(h.results).toEqual([
      '1005 create /a → SESSIONEXPIRED by client',
    ]);
    expect(h.client.view().state).toBe('expired');
  });
});

describe('client: ops', () => {
  it('queues ops issued before it is connected and sends them, in order, right after connecting', () => {
    const ens = ensemble();
    const h = host({ servers: SERVERS, timeoutMs: 6000, firstServer: 3, latencyMs: 10 });
    h.serve(3, serving(ens));
    h.user(0, create('/a')); // before start, too
    h.at(0, { kind: 'start' });
    h.user(5, { type: 'set', path: '/a', value: 'x', version: -1 });
    expect(h.client.view()).toMatchObject({ state: 'connecting', pendingOps: 2 });
    h.runUntil(30);

    expect(h.sends).toEqual(['0 → 3 connect session=0x0 lastZxid=0x0', '10 → 3 create /a', '10 → 3 set /a']);
    expect(h.wire[1]?.message.op).toEqual({
      type: 'create',
      sessionId: 0x1000,
      path: '/a',
      value: 'up',
      mode: 'ephemeral',
    });
    expect(h.results).toEqual([
      '20 create /a → created path=/a zxid=0x100000001 by server',
      '20 set /a → set zxid=0x100000002 version=1 by server',
    ]);
    expect(h.client.view()).toMatchObject({ pendingOps: 0, lastZxidSeen: makeZxid(1, 2) });
    // The first ping counts from the last send (10 ms), not from the connection.
    h.runUntil(2010);
    expect(h.sends[3]).toBe('2010 → 3 ping');
  });

  it('numbers every call as it is made, and every answer carries its number, sent or not', () => {
    const ens = ensemble();
    const h = host({ servers: SERVERS, timeoutMs: 6000, firstServer: 3, latencyMs: 10 });
    h.serve(3, serving(ens));
    h.user(0, create('/a')); // queued before start: its request id comes later, its call id now
    expect(h.client.view().lastCallId).toBe(1);
    h.at(0, { kind: 'start' });
    h.user(5, { type: 'get', path: '/a' });
    h.runUntil(30);
    h.user(40, { type: 'close' });
    h.runUntil(100);
    h.user(110, { type: 'get', path: '/a' }); // closed: answered by the client itself
    const answers = h.outputs.flatMap((o) =>
      o.output.kind === 'event' && o.output.event.kind === 'client-result' ? [[o.output.event.callId, o.output.event.answeredBy]] : [],
    );
    expect(answers).toEqual([[1, 'server'], [2, 'server'], [3, 'server'], [4, 'client']]);
    expect(h.client.view().lastCallId).toBe(4);
  });

  it('queues ops while disconnected and sends them after the reconnect', () => {
    const ens = ensemble();
    const h = host({ servers: SERVERS, timeoutMs: 6000, firstServer: 3, latencyMs: 3 });
    h.serve(3, serving(ens));
    h.serve(1, serving(ens));
    h.at(0, { kind: 'start' });
    h.at(1000, { kind: 'connection-reset', server: 3 });
    h.user(1001, create('/b'));
    h.runUntil(1010);
    expect(h.sends.slice(1)).toEqual([
      '1000 → 1 connect session=0x1000 lastZxid=0x100000000',
      '1003 → 1 create /b',
    ]);
    expect(h.results).toEqual(['1006 create /b → created path=/b zxid=0x100000001 by server']);
  });

  it('fails ops in flight with CONNECTIONLOSS when the connection goes, oldest first', () => {
    const ens = ensemble();
    const h = host({ servers: SERVERS, timeoutMs: 6000, firstServer: 3 });
    h.serve(3, serving(ens, { answerWrites: false })); // answers pings, sits on writes
    h.serve(1, serving(ens));
    h.at(0, { kind: 'start' });
    h.user(100, create('/x'));
    h.user(200, { type: 'delete', path: '/y', version: 3 });
    expect(h.client.view().pendingOps).toBe(2);
    h.at(300, { kind: 'connection-reset', server: 3 });

    const requestIds = h.outputs.flatMap((o) =>
      o.output.kind === 'event' && o.output.event.kind === 'client-result' ? [o.output.event.requestId] : [],
    );
    expect(requestIds).toEqual([h.wire[1]?.message.requestId, h.wire[2]?.message.requestId]);
    expect(h.results).toEqual([
      '300 create /x → CONNECTIONLOSS by client',
      '300 delete /y → CONNECTIONLOSS by client',
    ]);
    // They are not resent: the application decides (the write may have happened).
    h.runUntil(1000);
    expect(h.sends.slice(3)).toEqual(['300 → 1 connect session=0x1000 lastZxid=0x100000000']);
    expect(h.client.view()).toMatchObject({ state: 'connected', server: 1, pendingOps: 0 });
  });

  it('tracks lastZxidSeen from serverZxid and result zxids, never backwards', () => {
    const ens = ensemble();
    const h = host({ servers: SERVERS, timeoutMs: 6000, firstServer: 3 });
    h.serve(3, serving(ens));
    h.at(0, { kind: 'start' });
    h.user(10, create('/a'));
    h.runUntil(10);
    expect(h.client.view().lastZxidSeen).toBe(makeZxid(1, 1));
    h.inject(20, 3, PING_REQUEST_ID, { ok: true, type: 'pong' }, makeZxid(2, 5));
    expect(h.client.view().lastZxidSeen).toBe(makeZxid(2, 5));
    h.inject(30, 3, PING_REQUEST_ID, { ok: true, type: 'pong' }, makeZxid(1, 9));
    expect(h.client.view().lastZxidSeen).toBe(makeZxid(2, 5));
  });
});

describe('client: close and vanish', () => {
  it('close sends close, ends closed on the answer, and stops pinging', () => {
    const ens = ensemble();
    const h = host({ servers: SERVERS, timeoutMs: 6000, firstServer: 3, latencyMs: 2 });
    h.serve(3, serving(ens));
    h.at(0, { kind: 'start' });
    h.user(1000, { type: 'close' });
    expect(h.client.view()).toMatchObject({ state: 'connected', closing: true });
    h.user(1001, create('/too-late'));
    h.runUntil(20_000);

    expect(h.sends).toEqual(['0 → 3 connect session=0x0 lastZxid=0x0', '1000 → 3 close']);
    expect(h.events[2]).toBe('1002 [closed] closed server=3 sessionId=0x1000');
    expect(h.results).toEqual([
      '1001 create /too-late → CONNECTIONLOSS by client',
      '1002 close → closed by server',
    ]);
    expect(ens.sessions.size).toBe(0);
    expect(h.timers.size).toBe(0);
    expect(h.client.view()).toMatchObject({ state: 'closed', server: null, closing: false });
  });

  it('close while disconnected goes out on the reconnect; if that attempt fails the client closes anyway', () => {
    const ens = ensemble();
    const h = host({ servers: SERVERS, timeoutMs: 6000, firstServer: 3 });
    h.serve(3, serving(ens));
    h.at(0, { kind: 'start' });
    h.at(1000, { kind: 'connection-reset', server: 3 }); // server 1 is silent
    h.user(1100, { type: 'close' });
    h.runUntil(10_000);
    expect(h.sends).toEqual([
      '0 → 3 connect session=0x0 lastZxid=0x0',
      '1000 → 1 connect session=0x1000 lastZxid=0x100000000',
    ]);
    expect(h.events.at(-1)).toBe(
      '3000 [closed] link-lost server=1 loss=(why=connect-timeout waitedMs=2000) after=(then=closed sessionTimeoutMs=6000) sessionId=0x1000',
    );
    expect(h.results).toEqual([
      '3000 close → CONNECTIONLOSS by client',
    ]);
    expect(ens.sessions.has(0x1000)).toBe(true);
  });

  it('vanish: silent from then on, disconnected in its own view, flagged vanished', () => {
    const ens = ensemble();
    const h = host({ servers: SERVERS, timeoutMs: 6000, firstServer: 3 });
    h.serve(3, serving(ens));
    h.at(0, { kind: 'start' });
    h.at(500, { kind: 'vanish' });
    h.user(600, create('/ghost'));
    h.at(700, { kind: 'connection-reset', server: 3 });
    h.runUntil(60_000);

    expect(h.sends).toEqual(['0 → 3 connect session=0x0 lastZxid=0x0']);
    expect(h.events.at(-1)).toBe(
      '500 [disconnected] vanished sessionTimeoutMs=6000 pendingOps=0 sessionId=0x1000',
    );
    expect(h.results).toEqual([]);
    expect(h.timers.size).toBe(0);
    expect(h.client.view()).toMatchObject({
      state: 'disconnected',
      vanished: true,
      server: null,
      sessionId: 0x1000,
    });
  });
});
