import { describe, expect, it } from 'vitest';
import type { ClientEvent } from '../../core/clientEvents.ts';
import type { Refusal } from '../../net/refusal.ts';
import { applyMessage, newUserSession, vanish, viewOf } from './userSession.ts';

function recorder() {
  const events: Array<{ t: number; event: ClientEvent }> = [];
  const refusals: Refusal[] = [];
  return { events, refusals, out: { event: (t: number, event: ClientEvent) => events.push({ t, event }), refused: (_t: number, _c: string | null, r: Refusal) => refusals.push(r) } };
}

describe('a user session as the host keeps it', () => {
  it('reports the connect, a loss and the resumed session as the model\'s client does', () => {
    const { events, out } = recorder();
    const s = newUserSession('c1', 2, 3, 4000, 100);
    applyMessage(s, { type: 'opened', key: 'user:c1', serverOrder: [2, 3, 1] }, 101, out);
    applyMessage(s, { type: 'connected', key: 'user:c1', server: 2, sessionId: 42, timeoutMs: 4000, lastZxid: 9 }, 150, out);
    applyMessage(s, { type: 'lost', key: 'user:c1', server: 2, loss: { why: 'connection-reset' }, next: 3, spunMs: null, sinceLossMs: 5 }, 300, out);
    expect(viewOf(s)).toMatchObject({ state: 'disconnected', server: null, tryingServer: 3, sessionId: 42 });
    applyMessage(s, { type: 'connected', key: 'user:c1', server: 3, sessionId: 42, timeoutMs: 4000, lastZxid: 9 }, 320, out);

    expect(events.map((e) => e.event)).toEqual([
      { kind: 'client-state', client: 'c1', state: 'connecting', change: 'connecting', server: 2, requestedTimeoutMs: 4000, serverOrder: [2, 3, 1] },
      { kind: 'client-state', client: 'c1', state: 'connected', sessionId: 42, change: 'connected', server: 2, resumed: false, timeoutMs: 4000, requestedTimeoutMs: 4000, tookMs: 50 },
      { kind: 'client-state', client: 'c1', state: 'disconnected', sessionId: 42, change: 'link-lost', server: 2, loss: { why: 'connection-reset' }, after: { then: 'try', server: 3 } },
      { kind: 'client-state', client: 'c1', state: 'connected', sessionId: 42, change: 'connected', server: 3, resumed: true, timeoutMs: 4000, requestedTimeoutMs: 4000, tookMs: 20 },
    ]);
    // The loss is stamped when it happened, not when the next attempt began.
    expect(events[2]?.t).toBe(295);
    expect(viewOf(s)).toMatchObject({ state: 'connected', server: 3, tryingServer: null, readTimeoutMs: 2667, connectTimeoutMs: 1333, lastZxidSeen: 9 });
  });

  it('says the library waited when every server had failed in a row', () => {
    const { events, out } = recorder();
    const s = newUserSession('c1', 1, 3, 4000, 0);
    applyMessage(s, { type: 'lost', key: 'user:c1', server: 1, loss: { why: 'connect-timeout', waitedMs: 1333 }, next: 2, spunMs: 640, sinceLossMs: 640 }, 2000, out);
    expect(events[0]?.event).toMatchObject({ state: 'connecting', after: { then: 'wait', server: 2, waitMs: 640 } });
  });

  it('answers a pending call with the mapped result, once', () => {
    const { events, refusals, out } = recorder();
    const s = newUserSession('c1', 1, 3, 4000, 0);
    applyMessage(s, { type: 'connected', key: 'user:c1', server: 1, sessionId: 7, timeoutMs: 4000, lastZxid: 0 }, 10, out);
    s.pending.set(3, { type: 'get', path: '/nope' });
    const answer = { type: 'result' as const, key: 'user:c1', callId: 3, server: 1, outcome: { ok: false as const, zkCode: -101, followUp: null }, lastZxid: 12 };
    applyMessage(s, answer, 20, out);
    applyMessage(s, answer, 21, out);
    const results = events.filter((e) => e.event.kind === 'client-result').map((e) => e.event);
    expect(results).toEqual([{ kind: 'client-result', client: 'c1', op: { type: 'get', path: '/nope' }, result: { ok: false, code: 'NONODE', problem: { why: 'no-node', path: '/nope' } }, callId: 3, answeredBy: 'server', server: 1, sessionId: 7 }]);
    expect(viewOf(s)).toMatchObject({ pendingOps: 0, lastZxidSeen: 12, lastHeardMs: 20 });
    expect(refusals).toEqual([]);
  });

  it('refuses to word a code the project has none for', () => {
    const { events, refusals, out } = recorder();
    const s = newUserSession('c1', 1, 3, 4000, 0);
    s.pending.set(1, { type: 'get', path: '/a' });
    applyMessage(s, { type: 'result', key: 'user:c1', callId: 1, server: 1, outcome: { ok: false, zkCode: -118, followUp: null }, lastZxid: 0 }, 5, out);
    expect(events).toEqual([]);
    expect(refusals).toEqual([{ why: 'failed', error: 'ZooKeeper answered SESSIONMOVED (-118) to get /a' }]);
  });

  it('vanishes with its pending calls when the child dies, and only once', () => {
    const { events, out } = recorder();
    const s = newUserSession('c1', 1, 3, 4000, 0);
    s.pending.set(1, { type: 'get', path: '/a' });
    vanish(s, 50, out);
    vanish(s, 60, out);
    expect(events.map((e) => e.event)).toEqual([{ kind: 'client-state', client: 'c1', state: 'disconnected', change: 'vanished', sessionTimeoutMs: 4000, pendingOps: 1 }]);
    expect(viewOf(s)).toMatchObject({ vanished: true, pendingOps: 0, tryingServer: null });
  });

  it('closes locally when no server was attached', () => {
    const { events, out } = recorder();
    const s = newUserSession('c1', 1, 3, 4000, 0);
    applyMessage(s, { type: 'closed', key: 'user:c1', server: null }, 5, out);
    expect(events[0]?.event).toEqual({ kind: 'client-state', client: 'c1', state: 'closed', change: 'closed-locally', sessionTimeoutMs: 4000 });
  });
});
