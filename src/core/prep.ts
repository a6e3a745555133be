// The leader's PrepRequestProcessor: turns a client write into a transaction, or refuses it.
import type { DataTree } from './dataTree.ts';
import { JUTE_MAX_BUFFER_BYTES, oversizedPacketBytes } from './limits.ts';
import { isReadOnlyForClients, isSpecialPath, parentOf, pathIssue } from './path.ts';
import type { PrepProblem } from './requestProblems.ts';
import type { ClientErrorCode, ClientOp, CreateMode, TxnOp } from './types.ts';

export type PrepResult =
  { ok: true; txnOp: TxnOp; resolvedPath?: string } | { ok: false; code: ClientErrorCode; problem: PrepProblem };

type CreateOp = Extract<ClientOp, { type: 'create' }>;
type SetOp = Extract<ClientOp, { type: 'set' }>;
type DeleteOp = Extract<ClientOp, { type: 'delete' }>;

function fail(code: ClientErrorCode, problem: PrepProblem): PrepResult {
  return { ok: false, code, problem };
}

function badPath(path: string): PrepResult | null {
  const issue = pathIssue(path);
  return issue ? fail('BADARGUMENTS', { why: 'bad-path', path, issue }) : null;
}

export function prepareOp(tree: DataTree, op: ClientOp, sessionId: number): PrepResult {
  switch (op.type) {
    case 'create':
      return prepareCreate(tree, op, sessionId);
    case 'set':
      return prepareSet(tree, op);
    case 'delete':
      return prepareDelete(tree, op);
    default:
      return fail('BADARGUMENTS', { why: 'not-a-write', op: op.type });
  }
}

export function isSequential(mode: CreateMode): boolean {
  return mode === 'persistent-sequential' || mode === 'ephemeral-sequential';
}

export function isEphemeral(mode: CreateMode): boolean {
  return mode === 'ephemeral' || mode === 'ephemeral-sequential';
}

/** The 10-digit zero-padded suffix ZooKeeper appends (String.format("%010d", cversion)). */
export function sequenceSuffix(cversion: number): string {
  return String(cversion).padStart(10, '0');
}

/**
 * A request above jute.maxbuffer never reaches PrepRequestProcessor in ZooKeeper (the server drops
 * the connection on reading its length); the playground's clients check first, and the leader
 * refuses it here too rather than apply it.
 */
function sizeError(path: string, value: string): PrepResult | null {
  const bytes = oversizedPacketBytes(path, value);
  return bytes === null ? null : fail('BADARGUMENTS', { why: 'too-large', bytes, limitBytes: JUTE_MAX_BUFFER_BYTES });
}

/** /zookeeper/config's ACL is READ_ACL_UNSAFE (DataTree.addConfigNode, ZOOKEEPER-2014). */
function noAuth(path: string, perm: 'CREATE' | 'WRITE'): PrepResult {
  return fail('NOAUTH', { why: 'read-only', path, perm });
}

function prepareCreate(tree: DataTree, op: CreateOp, sessionId: number): PrepResult {
  // Like ZooKeeper, a sequential path is checked with its suffix, so "/jobs/" is a fine prefix.
  const probe = isSequential(op.mode) ? op.path + '1' : op.path;
  const pathError = badPath(probe);
  if (pathError) return pathError;
  const parentPath = parentOf(probe);
  if (parentPath === null) return fail('BADARGUMENTS', { why: 'create-root' });
  const parent = tree.get(parentPath);
  if (!parent) return fail('NONODE', { why: 'no-parent', parent: parentPath });
  if (isReadOnlyForClients(parentPath)) return noAuth(parentPath, 'CREATE');
  const path = isSequential(op.mode) ? op.path + sequenceSuffix(parent.cversion) : op.path;
  if (tree.exists(path)) return fail('NODEEXISTS', { why: 'node-exists', path });
  if (parent.ephemeralOwner !== 0) {
    return fail('NOCHILDRENFOREPHEMERALS', { why: 'ephemeral-parent', parent: parentPath });
  }
  // A session already closing (its closeSession prepared) must not leave an orphan ephemeral.
  if (isEphemeral(op.mode) && !tree.hasSession(sessionId)) {
    return fail('SESSIONEXPIRED', { why: 'session-closed', sessionId });
  }
  const tooBig = sizeError(op.path, op.value);
  if (tooBig) return tooBig;
  const ephemeralOwner = isEphemeral(op.mode) ? sessionId : 0;
  return { ok: true, txnOp: { type: 'create', path, value: op.value, ephemeralOwner }, resolvedPath: path };
}

/**
 * Common checks of set and delete, in PrepRequestProcessor's order: path syntax, not a special path
 * (getParentPathAndValidate, delete only), node exists, ACL, version matches.
 */
function checkExisting(tree: DataTree, path: string, version: number, verb: string): PrepResult | null {
  const pathError = badPath(path);
  if (pathError) return pathError;
  if (path === '/' && verb === 'delete') return fail('BADARGUMENTS', { why: 'delete-root' });
  if (isSpecialPath(path) && verb === 'delete') return fail('BADARGUMENTS', { why: 'delete-special', path });
  const node = tree.get(path);
  if (!node) return fail('NONODE', { why: 'no-node', path });
  if (verb === 'set' && isReadOnlyForClients(path)) return noAuth(path, 'WRITE');
  if (version !== -1 && version !== node.version) {
    return fail('BADVERSION', { why: 'bad-version', path, expected: version, actual: node.version });
  }
  return null;
}

function prepareSet(tree: DataTree, op: SetOp): PrepResult {
  const refused = checkExisting(tree, op.path, op.version, 'set') ?? sizeError(op.path, op.value);
  if (refused) return refused;
  return { ok: true, txnOp: { type: 'set', path: op.path, value: op.value }, resolvedPath: op.path };
}

function prepareDelete(tree: DataTree, op: DeleteOp): PrepResult {
  const refused = checkExisting(tree, op.path, op.version, 'delete');
  if (refused) return refused;
  const children = tree.children(op.path);
  if (children.length > 0) {
    return fail('NOTEMPTY', { why: 'not-empty', path: op.path, children: children.length, some: children.slice(0, 3) });
  }
  return { ok: true, txnOp: { type: 'delete', path: op.path }, resolvedPath: op.path };
}
