import type { ServerId } from '../core/types.ts';
import { browserIndexedDb } from './diskAvailability.ts';
import { databaseName } from './protocol.ts';
import { lockName } from './storageJanitor.ts';

// Deleting disks: a cluster's own when it ends, and the sweep of those left by tabs that closed
// without cleaning up (storageJanitor.ts says how they are told apart). Housekeeping nothing waits
// for: the supervisor loads this on demand (some seconds after a cluster started, or as one ends),
// so it is not part of the page's first load. A deletion cut short by the page closing is the next
// visit's sweep.

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
