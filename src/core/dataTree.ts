import { baseName, parentOf, SYSTEM_PATHS } from './path.ts';
import type { SessionRecord, TreeSnapshot, Txn, TxnOp, ZnodeData, Zxid } from './types.ts';

export interface ApplyResult {
  /** False when the txn was at or below lastZxid (already applied) and so ignored. */
  applied: boolean;
  /** Ephemeral znodes a closeSession removed (DataTree.killSession), sorted; else empty. */
  deletedPaths: string[];
  /** Set when an applied txn changed nothing, saying why (log replay after TRUNC/SNAP). */
  noop?: string;
}

const ROOT = '/';
/** Shared result for the common case; callers only read it. */
const APPLIED: ApplyResult = Object.freeze({ applied: true, deletedPaths: Object.freeze([]) as unknown as string[] });

function emptyNode(path: string): ZnodeData {
  return { path, value: '', ephemeralOwner: 0, version: 0, czxid: 0, mzxid: 0, cversion: 0 };
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

function addToIndex<K>(index: Map<K, Set<string>>, key: K, value: string): void {
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(value);
}

function removeFromIndex<K>(index: Map<K, Set<string>>, key: K, value: string): void {
  const set = index.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) index.delete(key);
}

function copySetMap<K>(source: Map<K, Set<string>>): Map<K, Set<string>> {
  const copy = new Map<K, Set<string>>();
  for (const [key, set] of source) copy.set(key, new Set(set));
  return copy;
}

/**
 * The replicated znode tree and session table of one server. Znode records are never mutated
 * in place (a change replaces the record), so readers may keep what get()/nodes() return.
 */
export class DataTree {
  /**
   * DataTree.lastProcessedZxid: the last transaction applied, or (epoch, 0) once a leader established
   * that epoch (ZKDatabase.setlastProcessedZxid). Votes, syncs and client checks use it.
   */
  lastZxid: Zxid = 0;
  /** The last transaction applied (or the snapshot's last): what the playground shows as applied. */
  lastTxnZxid: Zxid = 0;
  private nodeMap = new Map<string, ZnodeData>([[ROOT, emptyNode(ROOT)]]);
  /** parent path → child names. */
  private childIndex = new Map<string, Set<string>>();
  /** session id → paths of its ephemeral znodes, so killSession is O(ephemerals). */
  private ephemeralIndex = new Map<number, Set<string>>();
  private sessionMap = new Map<number, SessionRecord>();

  /** As ZooKeeper's DataTree, every tree starts with /zookeeper, /zookeeper/quota and /zookeeper/config (no txn, zxid 0). */
  constructor() {
    for (const path of SYSTEM_PATHS) this.insert(emptyNode(path));
  }

  static fromSnapshot(s: TreeSnapshot | null): DataTree {
    const tree = new DataTree();
    if (!s) return tree;
    tree.lastZxid = s.zxid;
    tree.lastTxnZxid = s.lastTxnZxid ?? s.zxid;
    // Sorted by path, every parent (a strict prefix) comes before its children.
    for (const node of [...s.nodes].sort(byPath)) tree.insert({ ...node });
    for (const session of s.sessions) tree.sessionMap.set(session.sessionId, { ...session });
    return tree;
  }

  snapshot(): TreeSnapshot {
    return {
      zxid: this.lastZxid,
      ...(this.lastTxnZxid !== this.lastZxid ? { lastTxnZxid: this.lastTxnZxid } : {}),
      nodes: this.nodes().map((n) => ({ ...n })),
      sessions: this.sessions().map((s) => ({ ...s })),
    };
  }

  clone(): DataTree {
    const tree = new DataTree();
    tree.lastZxid = this.lastZxid;
    tree.lastTxnZxid = this.lastTxnZxid;
    tree.nodeMap = new Map(this.nodeMap); // records are immutable, so sharing them is safe
    tree.childIndex = copySetMap(this.childIndex);
    tree.ephemeralIndex = copySetMap(this.ephemeralIndex);
    tree.sessionMap = new Map(this.sessionMap);
    return tree;
  }

  apply(txn: Txn): ApplyResult {
    if (txn.zxid <= this.lastZxid) return { applied: false, deletedPaths: [] };
    this.lastZxid = txn.zxid;
    this.lastTxnZxid = txn.zxid;
    return this.applyOp(txn.op, txn.zxid);
  }

  /** ZKDatabase.setlastProcessedZxid: a new leader marks its epoch's start, (epoch, 0), with no txn. */
  setLastProcessedZxid(zxid: Zxid): void {
    this.lastZxid = zxid;
  }

  // ------------------------------------------------------------ reads

  get(path: string): Readonly<ZnodeData> | undefined {
    return this.nodeMap.get(path);
  }

  exists(path: string): boolean {
    return this.nodeMap.has(path);
  }

  /** Child names (not full paths), sorted, like ZooKeeper's getChildren. */
  children(path: string): string[] {
    return [...(this.childIndex.get(path) ?? [])].sort();
  }

  nodes(): Readonly<ZnodeData>[] {
    return [...this.nodeMap.values()].sort(byPath);
  }

  ephemeralsOf(sessionId: number): string[] {
    return [...(this.ephemeralIndex.get(sessionId) ?? [])].sort();
  }

  hasSession(sessionId: number): boolean {
    return this.sessionMap.has(sessionId);
  }

  getSession(sessionId: number): Readonly<SessionRecord> | undefined {
    return this.sessionMap.get(sessionId);
  }

  sessions(): SessionRecord[] {
    return [...this.sessionMap.values()].sort((a, b) => a.sessionId - b.sessionId);
  }

  get sessionCount(): number {
    return this.sessionMap.size;
  }

  /** Every znode, the root included. */
  get nodeCount(): number {
    return this.nodeMap.size;
  }

  /** Znodes a client created: all but the root and the server's own (which no client can delete). */
  get userNodeCount(): number {
    return this.nodeMap.size - 1 - SYSTEM_PATHS.length;
  }

  // ------------------------------------------------------------ transactions

  private applyOp(op: TxnOp, zxid: Zxid): ApplyResult {
    switch (op.type) {
      case 'create':
        return this.create(op.path, op.value, op.ephemeralOwner, zxid);
      case 'set':
        return this.setData(op.path, op.value, zxid);
      case 'delete':
        return this.deleteNode(op.path);
      case 'createSession':
        this.sessionMap.set(op.sessionId, {
          sessionId: op.sessionId,
          timeoutMs: op.timeoutMs,
          client: op.client,
        });
        return { applied: true, deletedPaths: [] };
      case 'closeSession':
        return this.killSession(op.sessionId);
    }
  }

  private create(path: string, value: string, ephemeralOwner: number, zxid: Zxid): ApplyResult {
    if (this.nodeMap.has(path)) return noop(`${path} already exists`);
    const parentPath = parentOf(path);
    const parent = parentPath === null ? undefined : this.nodeMap.get(parentPath);
    if (!parent) return noop(`parent of ${path} does not exist`);
    // Copied, then changed: V8 (Node 20) runs `{ ...parent, cversion }` on a slow path.
    const bumped = Object.assign({}, parent);
    bumped.cversion = parent.cversion + 1;
    this.nodeMap.set(parent.path, bumped);
    this.insert({ path, value, ephemeralOwner, version: 0, czxid: zxid, mzxid: zxid, cversion: 0 });
    return APPLIED;
  }

  private setData(path: string, value: string, zxid: Zxid): ApplyResult {
    const node = this.nodeMap.get(path);
    if (!node) return noop(`${path} does not exist`);
    this.nodeMap.set(path, {
      path,
      value,
      ephemeralOwner: node.ephemeralOwner,
      version: node.version + 1,
      czxid: node.czxid,
      mzxid: zxid,
      cversion: node.cversion,
    });
    return APPLIED;
  }

  private deleteNode(path: string): ApplyResult {
    const node = this.nodeMap.get(path);
    if (!node || path === ROOT) return noop(`${path} does not exist`);
    // Removing a node with children would orphan them; the leader never proposes it.
    if (this.childIndex.has(path)) return noop(`${path} has children`);
    this.nodeMap.delete(path);
    removeFromIndex(this.childIndex, parentOf(path) ?? ROOT, baseName(path));
    if (node.ephemeralOwner !== 0) removeFromIndex(this.ephemeralIndex, node.ephemeralOwner, path);
    return APPLIED;
  }

  private killSession(sessionId: number): ApplyResult {
    this.sessionMap.delete(sessionId);
    // Deepest first: should an ephemeral ever have an ephemeral child, the child goes first.
    const paths = this.ephemeralsOf(sessionId).reverse();
    const deleted = paths.filter((path) => this.deleteNode(path).noop === undefined);
    return { applied: true, deletedPaths: deleted.reverse() };
  }

  /** Adds a record and indexes it; the parent must already be present (or it is the root). */
  private insert(node: ZnodeData): void {
    this.nodeMap.set(node.path, node);
    const parentPath = parentOf(node.path);
    if (parentPath !== null) addToIndex(this.childIndex, parentPath, baseName(node.path));
    if (node.ephemeralOwner !== 0) addToIndex(this.ephemeralIndex, node.ephemeralOwner, node.path);
  }
}

function noop(why: string): ApplyResult {
  return { applied: true, deletedPaths: [], noop: why };
}
