import { emptyDurableState } from '../core/durable.ts';
import type { DurableState, DurableWrite, ServerId } from '../core/types.ts';
import { MemoryDurableStore, type DurableStore } from '../host/durableStore.ts';

// Disks for a tab without IndexedDB. A crash terminates the server's worker and a restart spawns a
// new one, so a disk cannot live in the worker: the supervisor (main thread) holds every server's
// durable state (MemoryDisks), and the worker's store (MirroredDurableStore) sends it each batch
// and counts the batch durable only once the supervisor confirms it, as write-ahead requires.
// The worker keeps its own copy too, so a restart in the same host reads its disk without a trip.

/** The supervisor's side: one in-memory disk per server, surviving its workers. */
export class MemoryDisks {
  private readonly disks = new Map<ServerId, MemoryDurableStore>();

  apply(id: ServerId, writes: readonly DurableWrite[]): void {
    let disk = this.disks.get(id);
    if (!disk) {
      disk = new MemoryDurableStore(emptyDurableState(), false);
      this.disks.set(id, disk);
    }
    disk.apply(writes);
  }

  /** A copy of what server `id` has persisted (empty if nothing yet). */
  load(id: ServerId): DurableState {
    return this.disks.get(id)?.load() ?? emptyDurableState();
  }

  clear(): void {
    this.disks.clear();
  }
}

/** The worker's side: applies locally, sends each batch away, and resolves once it is confirmed. */
export class MirroredDurableStore implements DurableStore {
  private readonly local: MemoryDurableStore;
  private readonly send: (batch: number, writes: DurableWrite[]) => void;
  private nextBatch = 1;
  private readonly unconfirmed = new Map<number, () => void>();

  constructor(initial: DurableState, send: (batch: number, writes: DurableWrite[]) => void) {
    this.local = new MemoryDurableStore(initial, false);
    this.send = send;
  }

  load(): DurableState {
    return this.local.load();
  }

  apply(writes: readonly DurableWrite[]): Promise<void> | void {
    if (writes.length === 0) return;
    this.local.apply(writes);
    const batch = this.nextBatch++;
    const confirmed = new Promise<void>((resolve) => this.unconfirmed.set(batch, resolve));
    this.send(batch, [...writes]);
    return confirmed;
  }

  /** The supervisor holds batch `batch` (and, messages being FIFO, every one before it). */
  confirm(batch: number): void {
    for (const [pending, resolve] of this.unconfirmed) {
      if (pending > batch) break;
      this.unconfirmed.delete(pending);
      resolve();
    }
  }

  get unconfirmedBatches(): number {
    return this.unconfirmed.size;
  }

  close(): void {
    this.unconfirmed.clear();
  }
}
