import { describe, expect, it } from 'vitest';
import type { ClientResult, TimelineEntry, UserOp } from '../driver/index.ts';
import { OPS_KEPT, abandonOps, addOp, latestOp, resolveOps, type OpRecord } from './opTracking.ts';

function rec(id: number, op: UserOp, client = 'c1'): OpRecord {
  return { id, client, op, atMs: 0, status: 'pending', result: null, server: null, doneAtMs: null, leaderZxid: null, hadLeader: null, serverInQuorum: null };
}

function answer(op: UserOp, result: ClientResult, client = 'c1', node: number | null = 3): TimelineEntry {
  return { id: 1, t: 500, node, client, kind: 'client-result', op, result, answeredBy: 'server' };
}

const ctx = { leaderZxid: 0x100000004, hadLeader: true, quorum: [1, 2, 3] };

describe('resolveOps', () => {
  it('matches an answer to the oldest pending op of its kind, even when a read overtakes a write', () => {
    const ops = [rec(1, { type: 'create', path: '/a', value: 'x', mode: 'persistent' }), rec(2, { type: 'get', path: '/b' })];
    const next = resolveOps(ops, [answer({ type: 'get', path: '/b' }, { ok: true, type: 'data', value: 'v', version: 0, zxid: 1, serverZxid: 2 })], ctx);
    expect(next.map((r) => r.status)).toEqual(['pending', 'ok']);
    expect(next[1]).toMatchObject({ server: 3, doneAtMs: 500, leaderZxid: 0x100000004, hadLeader: true, serverInQuorum: true });
  });

  it('matches a failure by its op', () => {
    const ops = [rec(1, { type: 'set', path: '/a', value: 'x', version: -1 }), rec(2, { type: 'delete', path: '/ab', version: 2 })];
    const failure: ClientResult = { ok: false, code: 'BADVERSION', message: 'expected version 2, node /ab is at version 0' };
    const next = resolveOps(ops, [answer({ type: 'delete', path: '/ab', version: 2 }, failure)], ctx);
    expect(next.map((r) => r.status)).toEqual(['pending', 'failed']);
    expect(next[1]!.result).toEqual(failure);
  });

  it('does not confuse /a with /ab', () => {
    const ops = [rec(1, { type: 'delete', path: '/a', version: -1 }), rec(2, { type: 'delete', path: '/ab', version: -1 })];
    const next = resolveOps(ops, [answer({ type: 'delete', path: '/ab', version: -1 }, { ok: false, code: 'CONNECTIONLOSS', message: '' })], ctx);
    expect(next.map((r) => r.status)).toEqual(['pending', 'failed']);
  });

  it('ignores other clients, other kinds, and keeps the same array when nothing matched', () => {
    const ops = [rec(1, { type: 'get', path: '/a' })];
    const events: TimelineEntry[] = [
      answer({ type: 'get', path: '/a' }, { ok: true, type: 'data', value: 'v', version: 0, zxid: 1, serverZxid: 1 }, 'c2'),
      { id: 2, t: 1, node: 1, kind: 'client-state', client: 'c1', state: 'connected', change: 'closed', server: 1 },
    ];
    expect(resolveOps(ops, events, ctx)).toBe(ops);
  });

  it('abandons what a vanished client had pending', () => {
    const ops = [rec(1, { type: 'get', path: '/a' }), rec(2, { type: 'get', path: '/a' }, 'c2')];
    expect(abandonOps(ops, 'c1').map((r) => r.status)).toEqual(['abandoned', 'pending']);
    expect(abandonOps(ops, 'c3')).toBe(ops);
  });

  it('keeps the newest OPS_KEPT records and finds a client\'s latest', () => {
    let ops: OpRecord[] = [];
    for (let i = 0; i < OPS_KEPT + 5; i++) ops = addOp(ops, rec(i, { type: 'get', path: '/a' }, i % 2 ? 'c1' : 'c2'));
    expect(ops).toHaveLength(OPS_KEPT);
    expect(ops[0]!.id).toBe(5);
    expect(latestOp(ops, 'c2')!.id).toBe(OPS_KEPT + 4);
    expect(latestOp(ops, 'c9')).toBeNull();
  });
});
