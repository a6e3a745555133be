import type { ServerId, ZnodeData, Zxid } from '../../core/types.ts';
import type { BridgeTime } from '../../driver/real/protocol.ts';
import type { ChildMessage, HostCommand, ServerAddress } from './childProtocol.ts';

// One hidden reader session per server, connected to that server only, and its walks of the tree.
// Each session costs a createSession transaction (real-zookeeper.md, Sessions cost transactions), so
// it is opened once, with a long timeout, and reopened only when it is really gone (expired, or its
// process died). A walk is accepted only when it is zxid-stable: the server's polled zxid did not
// change while it ran, and every reply of the walk carried the same zxid.

export interface ReaderTree {
  tree: ZnodeData[];
  zxid: Zxid;
  atMs: BridgeTime;
}

export interface TreeReadersOptions {
  servers: ServerAddress[];
  send: (command: HostCommand) => boolean;
  nowMs: () => BridgeTime;
  polledZxid: (id: ServerId) => Zxid | null;
  /** A server's tree is walked at most this often. */
  walkIntervalMs: number;
  /** The reader sessions' requested timeout (the servers clamp it to their maxSessionTimeout). */
  sessionTimeoutMs: number;
}

/** A walk not answered by then is given up, so the next can start (its late answer is ignored). */
const WALK_GIVE_UP_MS = 10_000;

interface Reader {
  connected: boolean;
  walk: { walkId: number; zxidBefore: Zxid; sentAtMs: BridgeTime } | null;
  lastWalkAtMs: BridgeTime;
  latest: ReaderTree | null;
}

export const READER_PREFIX = 'reader:';

export function readerKey(id: ServerId): string {
  return READER_PREFIX + id;
}

export class TreeReaders {
  private readonly readers = new Map<ServerId, Reader>();
  private nextWalkId = 1;
  /** Walks sent, accepted, and turned down as not zxid-stable: for tests and the report. */
  readonly counts = { sent: 0, accepted: 0, unstable: 0, failed: 0 };

  constructor(private readonly options: TreeReadersOptions) {
    for (const s of options.servers) this.readers.set(s.id, { connected: false, walk: null, lastWalkAtMs: -Infinity, latest: null });
  }

  /** A fresh child process: every reader session is opened (again). */
  openAll(): void {
    for (const s of this.options.servers) this.open(s.id);
  }

  /** The child died: its sessions are gone; the trees already accepted stay the latest known. */
  childDied(): void {
    for (const reader of this.readers.values()) {
      reader.connected = false;
      reader.walk = null;
    }
  }

  tree(id: ServerId): ReaderTree | null {
    return this.readers.get(id)?.latest ?? null;
  }

  isConnected(id: ServerId): boolean {
    return this.readers.get(id)?.connected ?? false;
  }

  onMessage(id: ServerId, message: ChildMessage): void {
    const reader = this.readers.get(id);
    if (!reader) return;
    switch (message.type) {
      case 'connected':
        reader.connected = true;
        return;
      case 'lost':
        reader.connected = false;
        return;
      case 'expired':
      case 'closed':
        reader.connected = false;
        reader.walk = null;
        return this.open(id);
      case 'walked':
        return this.onWalked(id, reader, message);
      case 'walk-failed':
        if (reader.walk?.walkId === message.walkId) reader.walk = null;
        this.counts.failed++;
        return;
      default:
        return;
    }
  }

  /** Starts the walks that are due. */
  tick(): void {
    const nowMs = this.options.nowMs();
    for (const [id, reader] of this.readers) {
      if (reader.walk !== null && nowMs - reader.walk.sentAtMs > WALK_GIVE_UP_MS) reader.walk = null;
      if (!reader.connected || reader.walk !== null || nowMs - reader.lastWalkAtMs < this.options.walkIntervalMs) continue;
      // Without an answered poll there is nothing to check the walk against.
      const zxidBefore = this.options.polledZxid(id);
      if (zxidBefore === null) continue;
      const walkId = this.nextWalkId++;
      if (!this.options.send({ type: 'walk', key: readerKey(id), walkId })) continue;
      reader.walk = { walkId, zxidBefore, sentAtMs: nowMs };
      reader.lastWalkAtMs = nowMs;
      this.counts.sent++;
    }
  }

  private open(id: ServerId): void {
    const address = this.options.servers.find((s) => s.id === id);
    if (address) this.options.send({ type: 'open', key: readerKey(id), servers: [address], firstServer: id, timeoutMs: this.options.sessionTimeoutMs });
  }

  private onWalked(id: ServerId, reader: Reader, message: Extract<ChildMessage, { type: 'walked' }>): void {
    const walk = reader.walk;
    if (walk === null || walk.walkId !== message.walkId) return;
    reader.walk = null;
    const stable = this.options.polledZxid(id) === walk.zxidBefore && message.minZxid === message.maxZxid;
    if (!stable) {
      this.counts.unstable++;
      return;
    }
    reader.latest = { tree: message.nodes, zxid: message.minZxid, atMs: this.options.nowMs() };
    this.counts.accepted++;
  }
}
