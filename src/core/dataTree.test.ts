import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataTree } from './dataTree.ts';
import { baseName, parentOf, SYSTEM_PATHS } from './path.ts';
import { prepareOp } from './prep.ts';
import type { ClientOp, CreateMode, Txn, TxnOp } from './types.ts';
import { makeZxid } from './zxid.ts';

/** Builds a log of txns with consecutive zxids in epoch 1. */
function log(...ops: TxnOp[]): Txn[] {
  return ops.map((op, i) => ({ zxid: makeZxid(1, i + 1), op, origin: 1, requestId: i }));
}

const create = (path: string, value = '', ephemeralOwner = 0): TxnOp => ({
  type: 'create',
  path,
  value,
  ephemeralOwner,
});
const session = (sessionId: number): TxnOp => ({
  type: 'createSession',
  sessionId,
  timeoutMs: 6000,
  client: `c${sessionId}`,
});
const close = (sessionId: number): TxnOp => ({ type: 'closeSession', sessionId, reason: 'expired' });

function treeOf(...ops: TxnOp[]): DataTree {
  const tree = new DataTree();
  for (const txn of log(...ops)) tree.apply(txn);
  return tree;
}

describe('DataTree', () => {
  it('starts with the root and the server\'s own znodes, as ZooKeeper\'s DataTree', () => {
    const tree = new DataTree();
    expect(tree.exists('/')).toBe(true);
    expect(tree.nodes().map((n) => n.path)).toEqual(['/', '/zookeeper', '/zookeeper/config', '/zookeeper/quota']);
    expect(tree.nodeCount).toBe(4);
    expect(tree.userNodeCount).toBe(0);
    expect(tree.lastZxid).toBe(0);
    expect(tree.children('/')).toEqual(['zookeeper']);
    expect(tree.children('/zookeeper')).toEqual(['config', 'quota']);
    // No transaction made them: the root's cversion, which numbers sequential children, stays 0.
    expect(tree.get('/')?.cversion).toBe(0);
  });

  it('creates with zxids, version 0, and bumps the parent cversion', () => {
    const tree = treeOf(create('/a', 'x'), create('/a/b', 'y'), create('/a/c'));
    const zxid2 = makeZxid(1, 2);
    expect(tree.get('/a/b')).toEqual({
      path: '/a/b',
      value: 'y',
      ephemeralOwner: 0,
      version: 0,
      czxid: zxid2,
      mzxid: zxid2,
      cversion: 0,
    });
    expect(tree.get('/a')?.cversion).toBe(2);
    expect(tree.get('/')?.cversion).toBe(1);
    expect(tree.children('/a')).toEqual(['b', 'c']);
    expect(tree.lastZxid).toBe(makeZxid(1, 3));
    expect(tree.userNodeCount).toBe(3);
  });

  it('set bumps version and mzxid, keeps czxid', () => {
    const tree = treeOf(
      create('/a', 'x'),
      { type: 'set', path: '/a', value: 'y' },
      { type: 'set', path: '/a', value: 'z' },
    );
    expect(tree.get('/a')).toMatchObject({
      value: 'z',
      version: 2,
      czxid: makeZxid(1, 1),
      mzxid: makeZxid(1, 3),
    });
  });

  it('delete removes the node and its index entry', () => {
    const tree = treeOf(create('/a'), create('/a/b'), { type: 'delete', path: '/a/b' });
    expect(tree.exists('/a/b')).toBe(false);
    expect(tree.children('/a')).toEqual([]);
    expect(tree.nodes().map((n) => n.path)).toEqual(['/', '/a', '/zookeeper', '/zookeeper/config', '/zookeeper/quota']);
  });

  it('never mutates a record a reader holds', () => {
    const tree = treeOf(create('/a', 'x'));
    const before = tree.get('/a');
    tree.apply(log(create('/a'), { type: 'set', path: '/a', value: 'y' })[1]!);
    expect(before?.value).toBe('x');
    expect(tree.get('/a')?.value).toBe('y');
  });

  it('closeSession removes the session and only its ephemerals', () => {
    const tree = treeOf(
      session(7),
      session(8),
      create('/workers'),
      create('/workers/a', '', 7),
      create('/workers/b', '', 8),
      create('/lock', '', 7),
      create('/keep'),
      close(7),
    );
    expect(tree.hasSession(7)).toBe(false);
    expect(tree.hasSession(8)).toBe(true);
    expect(tree.sessionCount).toBe(1);
    expect(tree.nodes().map((n) => n.path)).toEqual(['/', '/keep', '/workers', '/workers/b', '/zookeeper', '/zookeeper/config', '/zookeeper/quota']);
    expect(tree.ephemeralsOf(7)).toEqual([]);
    expect(tree.ephemeralsOf(8)).toEqual(['/workers/b']);
    expect(tree.children('/workers')).toEqual(['b']);
  });

  it('reports the ephemerals a closeSession deleted', () => {
    const tree = treeOf(session(7), create('/b', '', 7), create('/a', '', 7));
    const result = tree.apply({ zxid: makeZxid(1, 9), op: close(7), origin: 1, requestId: 0 });
    expect(result).toEqual({ applied: true, deletedPaths: ['/a', '/b'] });
  });

  it('tracks ephemerals through explicit deletes', () => {
    const tree = treeOf(session(7), create('/e', '', 7), { type: 'delete', path: '/e' });
    expect(tree.ephemeralsOf(7)).toEqual([]);
    expect(tree.sessions()).toEqual([{ sessionId: 7, timeoutMs: 6000, client: 'c7' }]);
  });

  it('ignores txns at or below lastZxid (idempotent replay)', () => {
    const txns = log(create('/a', 'x'), { type: 'set', path: '/a', value: 'y' });
    const tree = new DataTree();
    for (const txn of txns) expect(tree.apply(txn).applied).toBe(true);
    const before = tree.snapshot();
    for (const txn of txns) expect(tree.apply(txn)).toEqual({ applied: false, deletedPaths: [] });
    expect(tree.snapshot()).toEqual(before);
    expect(tree.get('/a')?.version).toBe(1);
  });

  it('treats impossible creates and deletes as no-ops that still advance lastZxid', () => {
    const tree = treeOf(create('/a'), create('/x/y'), create('/a'), { type: 'delete', path: '/missing' });
    expect(tree.lastZxid).toBe(makeZxid(1, 4));
    expect(tree.nodes().map((n) => n.path)).toEqual(['/', '/a', '/zookeeper', '/zookeeper/config', '/zookeeper/quota']);
    const result = tree.apply({
      zxid: makeZxid(1, 5),
      op: { type: 'delete', path: '/' },
      origin: 1,
      requestId: 0,
    });
    expect(result.noop).toBeDefined();
    expect(tree.exists('/')).toBe(true);
    const setMissing = tree.apply({
      zxid: makeZxid(1, 6),
      op: { type: 'set', path: '/nope', value: '' },
      origin: 1,
      requestId: 0,
    });
    expect(setMissing).toMatchObject({ applied: true, noop: '/nope does not exist' });
  });

  it('refuses to orphan children on delete', () => {
    const tree = treeOf(create('/a'), create('/a/b'), { type: 'delete', path: '/a' });
    expect(tree.exists('/a')).toBe(true);
    expect(tree.children('/a')).toEqual(['b']);
  });

  it('snapshots in path order and round-trips through fromSnapshot', () => {
    const tree = treeOf(session(9), create('/b'), create('/a', 'v'), create('/a-b'), create('/a/c', '', 9));
    const snap = tree.snapshot();
    expect(snap.zxid).toBe(makeZxid(1, 5));
    expect(snap.nodes.map((n) => n.path)).toEqual(['/', '/a', '/a-b', '/a/c', '/b', '/zookeeper', '/zookeeper/config', '/zookeeper/quota']);
    const copy = DataTree.fromSnapshot(snap);
    expect(copy.snapshot()).toEqual(snap);
    expect(copy.ephemeralsOf(9)).toEqual(['/a/c']);
    expect(copy.children('/a')).toEqual(['c']);
    expect(copy.lastZxid).toBe(tree.lastZxid);
  });

  it('snapshot is a deep copy', () => {
    const tree = treeOf(session(1), create('/a', 'v'));
    const snap = tree.snapshot();
    snap.nodes[1]!.value = 'changed';
    snap.sessions[0]!.timeoutMs = 1;
    expect(tree.get('/a')?.value).toBe('v');
    expect(tree.sessions()[0]?.timeoutMs).toBe(6000);
  });

  it('fromSnapshot(null) is an empty tree', () => {
    expect(DataTree.fromSnapshot(null).snapshot()).toEqual(new DataTree().snapshot());
  });

  it('clones independently', () => {
    const tree = treeOf(session(3), create('/a'), create('/a/e', '', 3));
    const copy = tree.clone();
    copy.apply({ zxid: makeZxid(1, 10), op: close(3), origin: 1, requestId: 0 });
    copy.apply({ zxid: makeZxid(1, 11), op: create('/a/z'), origin: 1, requestId: 0 });
    expect(tree.ephemeralsOf(3)).toEqual(['/a/e']);
    expect(tree.children('/a')).toEqual(['e']);
    expect(tree.hasSession(3)).toBe(true);
    expect(copy.children('/a')).toEqual(['z']);
    expect(tree.lastZxid).toBe(makeZxid(1, 3));
  });
});

// ---------------------------------------------------------------- property: prepared + applied ops

type Step =
  | { kind: 'open' | 'close'; sessionId: number }
  | { kind: 'create'; path: string; mode: CreateMode; sessionId: number }
  | { kind: 'set' | 'delete'; path: string; version: number };

// Shallow paths are likelier, so parents often exist and trees grow several levels deep.
const segmentArb = fc.constantFrom('a', 'b', 'c');
const pathArb = fc
  .oneof(
    { arbitrary: fc.array(segmentArb, { minLength: 1, maxLength: 1 }), weight: 4 },
    { arbitrary: fc.array(segmentArb, { minLength: 2, maxLength: 2 }), weight: 3 },
    { arbitrary: fc.array(segmentArb, { minLength: 3, maxLength: 3 }), weight: 2 },
  )
  .map((segments) => '/' + segments.join('/'));
const sessionArb = fc.constantFrom(1, 2, 3);
const versionArb = fc.constantFrom(-1, 0, 1, 2);
const modeArb = fc.oneof(
  { arbitrary: fc.constant<CreateMode>('persistent'), weight: 4 },
  {
    arbitrary: fc.constantFrom<CreateMode>('ephemeral', 'persistent-sequential', 'ephemeral-sequential'),
    weight: 3,
  },
);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    arbitrary: fc.record({ kind: fc.constantFrom('open' as const, 'close' as const), sessionId: sessionArb }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('create' as const),
      path: pathArb,
      mode: modeArb,
      sessionId: sessionArb,
    }),
    weight: 5,
  },
  {
    arbitrary: fc.record({
      kind: fc.constantFrom('set' as const, 'delete' as const),
      path: pathArb,
      version: versionArb,
    }),
    weight: 2,
  },
);

function toTxnOp(tree: DataTree, step: Step): TxnOp | null {
  switch (step.kind) {
    case 'open':
      return tree.hasSession(step.sessionId) ? null : session(step.sessionId);
    case 'close':
      return tree.hasSession(step.sessionId) ? close(step.sessionId) : null;
    case 'create': {
      const op: ClientOp = {
        type: 'create',
        sessionId: step.sessionId,
        path: step.path,
        value: 'v',
        mode: step.mode,
      };
      const result = prepareOp(tree, op, step.sessionId);
      return result.ok ? result.txnOp : null;
    }
    default: {
      const { path, version } = step;
      const op: ClientOp =
        step.kind === 'set'
          ? { type: 'set', sessionId: 1, path, value: 'w', version }
          : { type: 'delete', sessionId: 1, path, version };
      const result = prepareOp(tree, op, 1);
      return result.ok ? result.txnOp : null;
    }
  }
}

function runSteps(steps: Step[]): { tree: DataTree; txns: Txn[]; killed: number } {
  const tree = new DataTree();
  const txns: Txn[] = [];
  let killed = 0;
  for (const step of steps) {
    const op = toTxnOp(tree, step);
    if (!op) continue;
    const txn: Txn = { zxid: makeZxid(1, txns.length + 1), op, origin: 1, requestId: txns.length };
    const result = tree.apply(txn);
    expect(result.applied && result.noop === undefined).toBe(true);
    killed += result.deletedPaths.length;
    txns.push(txn);
  }
  return { tree, txns, killed };
}

function expectIndexesConsistent(tree: DataTree): void {
  const nodes = tree.nodes();
  const paths = new Set(nodes.map((n) => n.path));
  for (const node of nodes) {
    const parent = parentOf(node.path);
    if (parent !== null) expect(paths.has(parent)).toBe(true);
    const expected = nodes
      .filter((n) => parentOf(n.path) === node.path)
      .map((n) => baseName(n.path))
      .sort();
    expect(tree.children(node.path)).toEqual(expected);
  }
  expect(tree.nodeCount).toBe(nodes.length);
  expect(tree.userNodeCount).toBe(nodes.length - 1 - SYSTEM_PATHS.length);
  for (const owner of new Set([1, 2, 3, ...nodes.map((n) => n.ephemeralOwner)])) {
    if (owner === 0) continue;
    const owned = nodes.filter((n) => n.ephemeralOwner === owner).map((n) => n.path);
    expect(tree.ephemeralsOf(owner)).toEqual(owned);
    // No ephemeral outlives its session: prep refuses closed sessions, closeSession kills.
    if (owned.length > 0) expect(tree.hasSession(owner)).toBe(true);
  }
}

describe('DataTree properties', () => {
  it('keeps indexes consistent, round-trips snapshots and replays idempotently', () => {
    const seen = { maxNodes: 0, killed: 0 };
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 80, size: 'max' }), (steps) => {
        const { tree, txns, killed } = runSteps(steps);
        seen.maxNodes = Math.max(seen.maxNodes, tree.userNodeCount);
        seen.killed += killed;
        expectIndexesConsistent(tree);
        const snap = tree.snapshot();
        expect(DataTree.fromSnapshot(snap).snapshot()).toEqual(snap);
        expectIndexesConsistent(DataTree.fromSnapshot(snap));
        const replayed = tree.clone();
        for (const txn of txns) expect(replayed.apply(txn).applied).toBe(false);
        expect(replayed.snapshot()).toEqual(snap);
        const fresh = new DataTree();
        for (const txn of [...txns, ...txns]) fresh.apply(txn);
        expect(fresh.snapshot()).toEqual(snap);
      }),
      { numRuns: 300 },
    );
    // Guard against a vacuous property: the runs must build real trees and kill sessions.
    expect(seen.maxNodes).toBeGreaterThanOrEqual(8);
    expect(seen.killed).toBeGreaterThanOrEqual(20);
  });
});
