import { emptyDurableState } from '../core/durable.ts';
import type { DurableState, DurableWrite, Txn, TreeSnapshot } from '../core/types.ts';
import type { DurableStore } from '../host/durableStore.ts';
import { browserIndexedDb, openDatabase } from './diskAvailability.ts';

// A server's disk in IndexedDB: one database per server (`zk:<cluster>:<id>`), the epochs and the
// snapshot under fixed keys in `meta`, the transaction log in `log` keyed by zxid (numbers sort
// numerically as IndexedDB keys, so a truncate is one key range). Each batch of writes is one
// transaction; the host awaits it before releasing the messages that follow (write-ahead).
//
// Durability is 'relaxed': our "crash" terminates a worker, not the OS, and a committed relaxed
// transaction survives that; strict durability would add an fsync per proposal for nothing.

const VERSION = 1;
const META = 'meta';
const LOG = 'log';

export class IdbDurableStore implements DurableStore {
  private readonly name: string;
  private db: Promise<IDBDatabase> | null = null;

  constructor(name: string) {
    this.name = name;
  }

  async load(): Promise<DurableState> {
    const db = await this.open();
    const tx = db.transaction([META, LOG], 'readonly');
    const meta = tx.objectStore(META);
    const [acceptedEpoch, currentEpoch, snapshot, log] = await Promise.all([
      request<number | undefined>(meta.get('acceptedEpoch')),
      request<number | undefined>(meta.get('currentEpoch')),
      request<TreeSnapshot | undefined>(meta.get('snapshot')),
      request<Txn[]>(tx.objectStore(LOG).getAll()),
    ]);
    const state = emptyDurableState();
    state.acceptedEpoch = acceptedEpoch ?? 0;
    state.currentEpoch = currentEpoch ?? 0;
    state.snapshot = snapshot ?? null;
    state.log = log;
    return state;
  }

  async apply(writes: readonly DurableWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const db = await this.open();
    const tx = db.transaction([META, LOG], 'readwrite', { durability: 'relaxed' });
    const meta = tx.objectStore(META);
    const log = tx.objectStore(LOG);
    for (const write of writes) {
      switch (write.type) {
        case 'accepted-epoch':
          meta.put(write.epoch, 'acceptedEpoch');
          break;
        case 'current-epoch':
          meta.put(write.epoch, 'currentEpoch');
          break;
        case 'append':
          log.put(write.txn, write.txn.zxid);
          break;
        case 'truncate':
          log.delete(IDBKeyRange.lowerBound(write.toZxid, true));
          break;
        case 'snapshot':
          meta.put(write.snapshot, 'snapshot');
          log.clear();
          break;
        case 'clear-data':
          meta.delete('snapshot');
          log.clear();
          break;
      }
    }
    await done(tx);
  }

  close(): void {
    void this.db?.then(
      (db) => db.close(),
      () => {},
    );
    this.db = null;
  }

  /** Rejects with a DiskUnavailableError when IndexedDB is missing or refuses (the host falls back). */
  private open(): Promise<IDBDatabase> {
    this.db ??= openDatabase(browserIndexedDb(), this.name, VERSION, (db) => {
      db.createObjectStore(META);
      db.createObjectStore(LOG);
    });
    return this.db;
  }
}

function request<T>(req: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}
