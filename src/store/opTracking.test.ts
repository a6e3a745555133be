import { describe, expect, it } from 'vitest';
import type { ClientResult, TimelineEntry, UserOp } from '../driver/index.ts';
import { OPS_KEPT, abandonOps, addOp, latestOp, resolveOps, type OpRecord } from './opTracking.ts';

function rec(id: number, op: UserOp, client = 'c1', callId = id): OpRecord {
  return { id, client, callId, op, atMs: 0, status: 'pending', result: null, server: null, doneAtMs: null, leaderZxid: null, hadLeader: null, serverInQuorum: null };
}

function answer(callId: number, op: UserOp, result: ClientResult, client = 'c1', node: number | null = 3): TimelineEntry {
  return { id: 1, t: 500, node, client, kind: 'client-result', op, result, callId, answeredBy: 'server' };
}

const ctx = { leaderZxid: 0x100000004, hadLeader: true, quorum: [1, 2, 3] };
const get = (path: string): UserOp => ({ type: 'get', path });
const data = (value: string): ClientResult => ({ ok: true, type: 'data', value, version: 0, zxid: 1, serverZxid: 2 });

describe('resolveOps', () => {
  it('matches an answer to its call, even when a read overtakes a write', () => {
    const ops = [rec(1, { type: 'create', path: '/a', value: 'x', mode: 'persistent' }), rec(2, get('/b'))];
    const next = resolveOps(ops, [answer(2, get('/b'), data('v'))], ctx);
    expect(next.map((r) => r.status)).toEqual(['pending', 'ok']);
    expect(next[1]).toMatchObject({ server: 3, doneAtMs: 500, leaderZxid: 0x100000004, hadLeader: true, serverInQuorum: true });
  });

  it('tells two identical calls apart by their call ids, answered out of order', () => {
    const ops = [rec(1, get('/a')), rec(2, get('/a'))];
    const next = resolveOps(ops, [answer(2, get('/a'), data('second')), answer(1, get('/a'), data('first'))], ctx);
    expect(next.map((r) => (r.result?.ok && r.result.type === 'data' ? r.result.value : null))).toEqual(['first', 'second']);
  });

  it('records a failure on the call it answers', () => {
    const ops = [rec(1, { type: 'set', path: '/a', value: 'x', version: -1 }), rec(2, { type: 'delete', path: '/ab', version: 2 })];
    const failure: ClientResult = { ok: false, code: 'BADVERSION', problem: { why: 'bad-version', path: '/ab', expected: 2, actual: 0 } };
    const next = resolveOps(ops, [answer(2, { type: 'delete', path: '/ab', version: 2 }, failure)], ctx);
    expect(next.map((r) => r.status)).toEqual(['pending', 'failed']);
    expect(next[1]!.result).toEqual(failure);
  });

  it('ignores other clients, unknown or already answered calls, and keeps the same array when nothing matched', () => {
    const ops = [rec(1, get('/a'))];
    const events: TimelineEntry[] = [
      answer(1, get('/a'), data('v'), 'c2'),
      answer(9, get('/a'), data('v')),
      { id: 2, t: 1, node: 1, kind: 'client-state', client: 'c1', state: 'connected', change: 'closed', server: 1 },
    ];
    expect(resolveOps(ops, events, ctx)).toBe(ops);
    const once = resolveOps(ops, [answer(1, get('/a'), data('first'))], ctx);
    expect(resolveOps(once, [answer(1, get('/a'), data('again'))], ctx)).toBe(once);
  });

  it('abandons what a vanished client had pending', () => {
    const ops = [rec(1, get('/a')), rec(2, get('/a'), 'c2')];
    expect(abandonOps(ops, 'c1').map((r) => r.status)).toEqual(['abandoned', 'pending']);
    expect(abandonOps(ops, 'c3')).toBe(ops);
  });

  it('keeps the newest OPS_KEPT records and finds a client\'s latest', () => {
    let ops: OpRecord[] = [];
    for (let i = 0; i < OPS_KEPT + 5; i++) ops = addOp(ops, rec(i, get('/a'), i % 2 ? 'c1' : 'c2'));
    expect(ops).toHaveLength(OPS_KEPT);
    expect(ops[0]!.id).toBe(5);
    expect(latestOp(ops, 'c2')!.id).toBe(OPS_KEPT + 4);
    expect(latestOp(ops, 'c9')).toBeNull();
  });
});
