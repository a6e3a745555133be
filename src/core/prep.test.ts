import { describe, expect, it } from 'vitest';
import { DataTree } from './dataTree.ts';
import { JUTE_MAX_BUFFER_BYTES as MAX_VALUE_BYTES, utf8Length } from './limits.ts';
import { prepareOp } from './prep.ts';
import type { PrepProblem } from './requestProblems.ts';
import type { ClientOp, CreateMode, TxnOp } from './types.ts';

const SID = 0x51;

/** A leader-side tree: prepares and applies each op in turn, failing loudly on refusal. */
class Leader {
  tree = new DataTree();
  private zxid = 0;

  constructor(...sessions: number[]) {
    for (const sessionId of sessions)
      this.commit({ type: 'createSession', sessionId, timeoutMs: 6000, client: 'c' });
  }

  commit(op: TxnOp): void {
    this.tree.apply({ zxid: ++this.zxid, op, origin: 1, requestId: this.zxid });
  }

  run(op: ClientOp, sessionId = SID): string | undefined {
    const result = prepareOp(this.tree, op, sessionId);
    if (!result.ok) throw new Error(`${result.code}: ${JSON.stringify(result.problem)}`);
    this.commit(result.txnOp);
    return result.resolvedPath;
  }

  create(path: string, mode: CreateMode = 'persistent', value = ''): string | undefined {
    return this.run({ type: 'create', sessionId: SID, path, value, mode });
  }
}

const createOp = (path: string, mode: CreateMode = 'persistent', value = ''): ClientOp => ({
  type: 'create',
  sessionId: SID,
  path,
  value,
  mode,
});

describe('prepareOp: create', () => {
  it('resolves a plain create to a txn', () => {
    const leader = new Leader(SID);
    expect(prepareOp(leader.tree, createOp('/a', 'persistent', 'v'), SID)).toEqual({
      ok: true,
      txnOp: { type: 'create', path: '/a', value: 'v', ephemeralOwner: 0 },
      resolvedPath: '/a',
    });
  });

  it('names sequential nodes from the parent cversion, 10 digits', () => {
    const leader = new Leader(SID);
    leader.create('/workers');
    leader.create('/workers/x');
    leader.create('/workers/y');
    leader.create('/workers/z');
    expect(leader.create('/workers/w', 'persistent-sequential')).toBe('/workers/w0000000003');
    expect(leader.create('/workers/w', 'ephemeral-sequential')).toBe('/workers/w0000000004');
    expect(leader.tree.get('/workers/w0000000004')?.ephemeralOwner).toBe(SID);
    expect(leader.tree.get('/workers/w0000000003')?.ephemeralOwner).toBe(0);
  });

  it('keeps counting after children are deleted, so names are never reused', () => {
    const leader = new Leader(SID);
    leader.create('/q');
    const first = leader.create('/q/n-', 'persistent-sequential');
    leader.run({ type: 'delete', sessionId: SID, path: first!, version: -1 });
    expect(leader.create('/q/n-', 'persistent-sequential')).toBe('/q/n-0000000001');
  });

  it('accepts a sequential path ending in "/" and under the root, like ZooKeeper', () => {
    const leader = new Leader(SID);
    leader.create('/jobs');
    expect(leader.create('/jobs/', 'persistent-sequential')).toBe('/jobs/0000000000');
    expect(leader.create('/', 'persistent-sequential')).toBe('/0000000001');
  });

  it('sets ephemeralOwner for ephemeral modes', () => {
    const leader = new Leader(SID);
    const result = prepareOp(leader.tree, createOp('/e', 'ephemeral'), SID);
    expect(result).toMatchObject({ ok: true, txnOp: { ephemeralOwner: SID } });
  });

  it.each<[ClientOp, string, PrepProblem]>([
    [createOp('a'), 'BADARGUMENTS', { why: 'bad-path', path: 'a', issue: { kind: 'no-leading-slash' } }],
    [
      createOp('/a/'),
      'BADARGUMENTS',
      { why: 'bad-path', path: '/a/', issue: { kind: 'trailing-slash' } },
    ],
    [createOp('/a//b'), 'BADARGUMENTS', { why: 'bad-path', path: '/a//b', issue: { kind: 'empty-name', at: 3 } }],
    [createOp('/'), 'BADARGUMENTS', { why: 'create-root' }],
    [createOp('/a/b'), 'NONODE', { why: 'no-parent', parent: '/a' }],
    [createOp('/p'), 'NODEEXISTS', { why: 'node-exists', path: '/p' }],
    [createOp('/eph/child'), 'NOCHILDRENFOREPHEMERALS', { why: 'ephemeral-parent', parent: '/eph' }],
    [{ type: 'get', sessionId: SID, path: '/p' }, 'BADARGUMENTS', { why: 'not-a-write', op: 'get' }],
    [{ type: 'ping', sessionId: SID }, 'BADARGUMENTS', { why: 'not-a-write', op: 'ping' }],
    [{ type: 'close', sessionId: SID }, 'BADARGUMENTS', { why: 'not-a-write', op: 'close' }],
    [
      { type: 'connect', sessionId: 0, timeoutMs: 1, lastZxidSeen: 0 },
      'BADARGUMENTS',
      { why: 'not-a-write', op: 'connect' },
    ],
  ])('refuses %j with %s', (op, code, problem) => {
    const leader = new Leader(SID);
    leader.create('/p');
    leader.create('/eph', 'ephemeral');
    expect(prepareOp(leader.tree, op, SID)).toEqual({ ok: false, code, problem });
  });

  it('sees outstanding creates applied to the prepared tree', () => {
    const leader = new Leader(SID);
    leader.create('/a');
    expect(prepareOp(leader.tree, createOp('/a'), SID)).toMatchObject({ ok: false, code: 'NODEEXISTS' });
  });

  it('refuses an ephemeral for a session that is closed or closing', () => {
    const leader = new Leader(SID);
    leader.commit({ type: 'closeSession', sessionId: SID, reason: 'expired' });
    expect(prepareOp(leader.tree, createOp('/e', 'ephemeral'), SID)).toMatchObject({
      ok: false,
      code: 'SESSIONEXPIRED',
    });
  });

  it('limits path and value together to jute.maxbuffer (0xfffff bytes) of UTF-8', () => {
    const leader = new Leader(SID);
    expect(prepareOp(leader.tree, createOp('/ok', 'persistent', 'x'.repeat(MAX_VALUE_BYTES - 3)), SID).ok).toBe(
      true,
    );
    expect(prepareOp(leader.tree, createOp('/no', 'persistent', 'x'.repeat(MAX_VALUE_BYTES - 2)), SID)).toMatchObject({ ok: false, code: 'BADARGUMENTS' });
    const big = prepareOp(
      leader.tree,
      createOp('/big', 'persistent', 'é'.repeat(MAX_VALUE_BYTES / 2 + 1)),
      SID,
    );
    expect(big).toMatchObject({ ok: false, code: 'BADARGUMENTS' });
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
  });
});

describe('prepareOp: set and delete', () => {
  function setup(): Leader {
    const leader = new Leader(SID);
    leader.create('/a', 'persistent', 'v0');
    for (let i = 1; i <= 3; i++)
      leader.run({ type: 'set', sessionId: SID, path: '/a', value: `v${i}`, version: -1 });
    leader.create('/a/kid');
    return leader;
  }

  it('set with the current version or -1', () => {
    const leader = setup();
    expect(
      prepareOp(leader.tree, { type: 'set', sessionId: SID, path: '/a', value: 'n', version: 3 }, SID),
    ).toEqual({
      ok: true,
      txnOp: { type: 'set', path: '/a', value: 'n' },
      resolvedPath: '/a',
    });
    expect(
      prepareOp(leader.tree, { type: 'set', sessionId: SID, path: '/a', value: 'n', version: -1 }, SID).ok,
    ).toBe(true);
  });

  it.each<[ClientOp, string, PrepProblem]>([
    [
      { type: 'set', sessionId: SID, path: '/a', value: '', version: 2 },
      'BADVERSION',
      { why: 'bad-version', path: '/a', expected: 2, actual: 3 },
    ],
    [
      { type: 'set', sessionId: SID, path: '/zz', value: '', version: -1 },
      'NONODE',
      { why: 'no-node', path: '/zz' },
    ],
    [
      { type: 'set', sessionId: SID, path: '/a/.', value: '', version: -1 },
      'BADARGUMENTS',
      { why: 'bad-path', path: '/a/.', issue: { kind: 'relative', at: 3 } },
    ],
    [
      { type: 'delete', sessionId: SID, path: '/a/kid', version: 4 },
      'BADVERSION',
      { why: 'bad-version', path: '/a/kid', expected: 4, actual: 0 },
    ],
    [{ type: 'delete', sessionId: SID, path: '/a', version: 3 }, 'NOTEMPTY', { why: 'not-empty', path: '/a', children: 1, some: ['kid'] }],
    [{ type: 'delete', sessionId: SID, path: '/nope', version: -1 }, 'NONODE', { why: 'no-node', path: '/nope' }],
    [{ type: 'delete', sessionId: SID, path: '/', version: -1 }, 'BADARGUMENTS', { why: 'delete-root' }],
  ])('refuses %j with %s', (op, code, problem) => {
    expect(prepareOp(setup().tree, op, SID)).toEqual({ ok: false, code, problem });
  });

  it('delete of a leaf with a matching version', () => {
    const leader = setup();
    expect(
      prepareOp(leader.tree, { type: 'delete', sessionId: SID, path: '/a/kid', version: 0 }, SID),
    ).toEqual({
      ok: true,
      txnOp: { type: 'delete', path: '/a/kid' },
      resolvedPath: '/a/kid',
    });
  });
});
