import { applyDurableWrite, cloneDurableState, emptyDurableState } from '../core/durable.ts';
import type { DurableState, DurableWrite } from '../core/types.ts';

// Where a server's durable state lives between incarnations. The worker uses IndexedDB
// (idbDurableStore.ts); tests use the in-memory one below. Both replay writes through core's own
// applyDurableWrite, so "disk" can never drift from what the server believes it wrote.

export interface DurableStore {
  load(): Promise<DurableState>;
  /** Resolves once every write is durable; writes apply in order, atomically as a batch. */
  apply(writes: readonly DurableWrite[]): Promise<void>;
  close(): void;
}

export class MemoryDurableStore implements DurableStore {
  readonly state: DurableState;
  /** Batches in the order they were applied, for tests. */
  readonly batches: DurableWrite[][] = [];

  constructor(initial: DurableState = emptyDurableState()) {
    this.state = cloneDurableState(initial);
  }

  async load(): Promise<DurableState> {
    return cloneDurableState(this.state);
  }

  async apply(writes: readonly DurableWrite[]): Promise<void> {
    this.batches.push([...writes]);
    for (const write of writes) applyDurableWrite(this.state, write);
  }

  close(): void {}
}
