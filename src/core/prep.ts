// The leader's PrepRequestProcessor: turns a client write into a transaction, or refuses it.
import type { DataTree } from './dataTree.ts';
import { packetProblem } from './limits.ts';
import { isReadOnlyForClients, isSpecialPath, parentOf, validatePath } from './path.ts';
import { formatSessionId } from './zxid.ts';
import type { ClientErrorCode, ClientOp, CreateMode, TxnOp } from './types.ts';

export type PrepResult =
  { ok: true; txnOp: TxnOp; resolvedPath?: string } | { ok: false; code: ClientErrorCode; message: string };


type CreateOp = Extract<ClientOp, { type: 'create' }>;
type SetOp = Extract<ClientOp, { type: 'set' }>;
type DeleteOp = Extract<ClientOp, { type: 'delete' }>;

function fail(code: ClientErrorCode, message: string): PrepResult {
  return { ok: false, code, message };
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
      return fail('BADARGUMENTS', `${op.type} is not a write`);
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
  const problem = packetProblem(path, value);
  return problem ? fail('BADARGUMENTS', problem) : null;
}

/** /zookeeper/config's ACL is READ_ACL_UNSAFE (DataTree.addConfigNode, ZOOKEEPER-2014). */
function noAuth(path: string, perm: string): PrepResult {
  return fail('NOAUTH', `${path} grants clients only READ, not ${perm} (ZooKeeper's READ_ACL_UNSAFE on /zookeeper/config)`);
}

function prepareCreate(tree: DataTree, op: CreateOp, sessionId: number): PrepResult {
  // Like ZooKeeper, a sequential path is checked with its suffix, so "/jobs/" is a fine prefix.
  const probe = isSequential(op.mode) ? op.path + '1' : op.path;
  const pathError = validatePath(probe);
  if (pathError) return fail('BADARGUMENTS', pathError);
  const parentPath = parentOf(probe);
  if (parentPath === null) return fail('BADARGUMENTS', 'cannot create the root /');
  const parent = tree.get(parentPath);
  if (!parent) return fail('NONODE', `parent ${parentPath} does not exist`);
  if (isReadOnlyForClients(parentPath)) return noAuth(parentPath, 'CREATE');
  const path = isSequential(op.mode) ? op.path + sequenceSuffix(parent.cversion) : op.path;
  if (tree.exists(path)) return fail('NODEEXISTS', `node ${path} already exists`);
  if (parent.ephemeralOwner !== 0) {
    return fail('NOCHILDRENFOREPHEMERALS', `parent ${parentPath} is ephemeral and cannot have children`);
  }
  // A session already closing (its closeSession prepared) must not leave an orphan ephemeral.
  if (isEphemeral(op.mode) && !tree.hasSession(sessionId)) {
    return fail('SESSIONEXPIRED', `session ${formatSessionId(sessionId)} is closed or expired`);
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
  const pathError = validatePath(path);
  if (pathError) return fail('BADARGUMENTS', pathError);
  if (path === '/' && verb === 'delete') return fail('BADARGUMENTS', 'cannot delete the root /');
  if (isSpecialPath(path) && verb === 'delete') return fail('BADARGUMENTS', `cannot delete ${path}: the server owns it`);
  const node = tree.get(path);
  if (!node) return fail('NONODE', `node ${path} does not exist`);
  if (verb === 'set' && isReadOnlyForClients(path)) return noAuth(path, 'WRITE');
  if (version !== -1 && version !== node.version) {
    return fail('BADVERSION', `expected version ${version}, node ${path} is at version ${node.version}`);
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
    const some = children.slice(0, 3).join(', ') + (children.length > 3 ? ', …' : '');
    return fail('NOTEMPTY', `node ${op.path} has ${children.length} children (${some})`);
  }
  return { ok: true, txnOp: { type: 'delete', path: op.path }, resolvedPath: op.path };
}
