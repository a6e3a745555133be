import { describe, expect, it } from 'vitest';
import { DataTree } from './dataTree.ts';
import { JUTE_MAX_BUFFER_BYTES } from './limits.ts';
import { prepareOp } from './prep.ts';
import type { ClientOp } from './types.ts';

// Conformance: the server's own znodes, as in apache/zookeeper (read at 53a78e36f9, 3.9 line):
//  - DataTree's constructor adds /zookeeper and /zookeeper/quota, and addConfigNode() adds
//    /zookeeper/config with READ_ACL_UNSAFE (ZOOKEEPER-2014); none of them is a transaction.
//  - PrepRequestProcessor.getParentPathAndValidate refuses a delete of DataTree.isSpecialPath
//    ("/", /zookeeper, /zookeeper/quota, /zookeeper/config) with BadArgumentsException.
//  - create of an existing path throws NodeExistsException; create below and setData on
//    /zookeeper/config fail zks.checkACL with NoAuthException (CREATE on the parent, WRITE on it).
//  - /zookeeper and /zookeeper/quota keep the default OPEN_ACL_UNSAFE: ZooKeeper lets a client
//    create /zookeeper/x or set /zookeeper, so the playground does too.
//  - jute.maxbuffer (BinaryInputArchive.maxBuffer, default 0xfffff): NIOServerCnxn.readLength
//    closes the connection of a request longer than that; no such request reaches the tree.

const SID = 0x51;

function prepare(op: ClientOp, tree = new DataTree()) {
  return prepareOp(tree, op, SID);
}

const create = (path: string, value = ''): ClientOp => ({ type: 'create', sessionId: SID, path, value, mode: 'persistent' });

describe('conformance: /zookeeper, /zookeeper/quota, /zookeeper/config (DataTree, PrepRequestProcessor)', () => {
  it('every tree has them from the start, with no transaction', () => {
    const tree = new DataTree();
    expect(['/zookeeper', '/zookeeper/quota', '/zookeeper/config'].every((p) => tree.exists(p))).toBe(true);
    expect(tree.lastZxid).toBe(0);
    expect(tree.userNodeCount).toBe(0);
  });

  it('create of one of them is NODEEXISTS', () => {
    for (const path of ['/zookeeper', '/zookeeper/quota', '/zookeeper/config']) {
      expect(prepare(create(path))).toMatchObject({ ok: false, code: 'NODEEXISTS' });
    }
  });

  it('delete of a special path is BADARGUMENTS (getParentPathAndValidate)', () => {
    for (const path of ['/', '/zookeeper', '/zookeeper/quota', '/zookeeper/config']) {
      expect(prepare({ type: 'delete', sessionId: SID, path, version: -1 })).toMatchObject({ ok: false, code: 'BADARGUMENTS' });
    }
  });

  it('create below /zookeeper/config and set of it are NOAUTH (READ_ACL_UNSAFE)', () => {
    expect(prepare(create('/zookeeper/config/x'))).toMatchObject({ ok: false, code: 'NOAUTH' });
    expect(prepare({ type: 'set', sessionId: SID, path: '/zookeeper/config', value: 'v', version: -1 })).toMatchObject({ ok: false, code: 'NOAUTH' });
  });

  it('/zookeeper and /zookeeper/quota are open, as their ACL is OPEN_ACL_UNSAFE', () => {
    expect(prepare(create('/zookeeper/x'))).toMatchObject({ ok: true, resolvedPath: '/zookeeper/x' });
    expect(prepare({ type: 'set', sessionId: SID, path: '/zookeeper', value: 'v', version: -1 })).toMatchObject({ ok: true });
  });

  it('a request of more than jute.maxbuffer bytes of path and value is refused, a long path as a long value', () => {
    const longPath = '/' + 'p'.repeat(JUTE_MAX_BUFFER_BYTES);
    expect(prepare(create(longPath))).toMatchObject({ ok: false, code: 'BADARGUMENTS' });
    expect(prepare(create('/' + 'p'.repeat(JUTE_MAX_BUFFER_BYTES - 1)))).toMatchObject({ ok: true });
  });

  it('a snapshot carries them and a tree rebuilt from it is the same', () => {
    const tree = new DataTree();
    const copy = DataTree.fromSnapshot(tree.snapshot());
    expect(copy.nodes()).toEqual(tree.nodes());
    expect(copy.userNodeCount).toBe(0);
  });
});
