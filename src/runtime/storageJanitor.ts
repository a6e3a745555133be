import type { ServerId } from '../core/types.ts';
import { browserIndexedDb } from './diskAvailability.ts';
import { databaseName } from './protocol.ts';

// Every cluster's disks are IndexedDB databases named `zk:<cluster>:<id>`. A tab holds a Web Lock
// named `zk:<cluster>` while its cluster lives; at start, databases whose cluster lock nobody holds
// belong to tabs that closed without cleaning up, and are deleted. Other open tabs keep theirs.

export interface ClusterLock {
  /** Resolves once the lock is held (or at once where Web Locks are missing). */
  held: Promise<void>;
  release(): void;
}

export function lockName(cluster: string): string {
  return `zk:${cluster}`;
}

export function holdClusterLock(cluster: string): ClusterLock {
  let release = (): void => {};
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return { held: Promise.resolve(), release };
  const held = new Promise<void>((granted) => {
    void locks.request(lockName(cluster), () => {
      granted();
      return new Promise<void>((done) => {
        release = done;
      });
    });
  });
  return { held, release: () => release() };
}

/** Deletes databases of clusters whose tab is gone; returns how many. */
export async function sweepStaleDatabases(): Promise<number> {
  const idb = browserIndexedDb();
  if (!idb || typeof idb.databases !== 'function' || typeof navigator === 'undefined' || !navigator.locks) return 0;
  const [databases, state] = await Promise.all([idb.databases(), navigator.locks.query()]);
  const live = new Set([...(state.held ?? []), ...(state.pending ?? [])].map((l) => l.name));
  let deleted = 0;
  for (const { name } of databases) {
    const match = name ? /^zk:([^:]+):\d+$/.exec(name) : null;
    if (!match || live.has(lockName(match[1] as string))) continue;
    idb.deleteDatabase(name as string);
    deleted++;
  }
  return deleted;
}

/** Deletes this cluster's databases once its workers are gone (deletion waits for them to close). */
export function deleteClusterDatabases(cluster: string, ids: readonly ServerId[]): void {
  const idb = browserIndexedDb();
  if (!idb) return;
  try {
    for (const id of ids) idb.deleteDatabase(databaseName(cluster, id));
  } catch {
    // An IndexedDB that refuses to delete never held these disks either.
  }
}
