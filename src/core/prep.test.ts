import { describe, expect, it } from 'vitest';
import { DataTree } from './dataTree.ts';
import { JUTE_MAX_BUFFER_BYTES as MAX_VALUE_BYTES, utf8Length } from './limits.ts';
import { prepareOp } from './prep.ts';
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
    if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
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

  it.each<[ClientOp, string, string]>([
    [createOp('a'), 'BADARGUMENTS', 'Invalid path string "a" caused by Path must start with / character'],
    [
      createOp('/a/'),
      'BADARGUMENTS',
      'Invalid path string "/a/" caused by Path must not end with / character',
    ],
    [createOp('/a//b'), 'BADARGUMENTS', 'Invalid path string "/a//b" caused by empty node name specified @3'],
    [createOp('/'), 'BADARGUMENTS', 'cannot create the root /'],
    [createOp('/a/b'), 'NONODE', 'parent /a does not exist'],
    [createOp('/p'), 'NODEEXISTS', 'node /p already exists'],
    [createOp('/eph/child'), 'NOCHILDRENFOREPHEMERALS', 'parent /eph is ephemeral and cannot have children'],
    [{ type: 'get', sessionId: SID, path: '/p' }, 'BADARGUMENTS', 'get is not a write'],
    [{ type: 'ping', sessionId: SID }, 'BADARGUMENTS', 'ping is not a write'],
    [{ type: 'close', sessionId: SID }, 'BADARGUMENTS', 'close is not a write'],
    [
      { type: 'connect', sessionId: 0, timeoutMs: 1, lastZxidSeen: 0 },
      'BADARGUMENTS',
      'connect is not a write',
    ],
  ])('refuses %j with %s', (op, code, message) => {
    const leader = new Leader(SID);
    leader.create('/p');
    leader.create('/eph', 'ephemeral');
    expect(prepareOp(leader.tree, op, SID)).toEqual({ ok: false, code, message });
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

  it.each<[ClientOp, string, string]>([
    [
      { type: 'set', sessionId: SID, path: '/a', value: '', version: 2 },
      'BADVERSION',
      'expected version 2, node /a is at version 3',
    ],
    [
      { type: 'set', sessionId: SID, path: '/zz', value: '', version: -1 },
      'NONODE',
      'node /zz does not exist',
    ],
    [
      { type: 'set', sessionId: SID, path: '/a/.', value: '', version: -1 },
      'BADARGUMENTS',
      'Invalid path string "/a/." caused by relative paths not allowed @3',
    ],
    [
      { type: 'delete', sessionId: SID, path: '/a/kid', version: 4 },
      'BADVERSION',
      'expected version 4, node /a/kid is at version 0',
    ],
    [{ type: 'delete', sessionId: SID, path: '/a', version: 3 }, 'NOTEMPTY', 'node /a has 1 children (kid)'],
    [{ type: 'delete', sessionId: SID, path: '/nope', version: -1 }, 'NONODE', 'node /nope does not exist'],
    [{ type: 'delete', sessionId: SID, path: '/', version: -1 }, 'BADARGUMENTS', 'cannot delete the root /'],
  ])('refuses %j with %s', (op, code, message) => {
    expect(prepareOp(setup().tree, op, SID)).toEqual({ ok: false, code, message });
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
