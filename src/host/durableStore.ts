import { applyDurableWrite, cloneDurableState, emptyDurableState } from '../core/durable.ts';
import type { DurableState, DurableWrite } from '../core/types.ts';

// The port through which a host keeps a server's durable state between incarnations. The browser
// uses IndexedDB (src/runtime/idbDurableStore.ts), asynchronous; the simulator the in-memory store
// below, synchronous, so a simulated run stays one deterministic sequence. Both replay writes through
// core's own applyDurableWrite, so "disk" can never drift from what the server believes it wrote.
// A host restarts a server from what the store holds, never from the old core's memory.

export interface DurableStore {
  load(): DurableState | Promise<DurableState>;
  /** Applies the writes in order, atomically as a batch; a promise resolves once they are durable. */
  apply(writes: readonly DurableWrite[]): void | Promise<void>;
  close(): void;
}

export class MemoryDurableStore implements DurableStore {
  readonly state: DurableState;
  /** Batches in the order they were applied, for tests. */
  readonly batches: DurableWrite[][] = [];
  /** Keep every batch in `batches` (tests do; the simulator does not). */
  private readonly keepBatches: boolean;

  constructor(initial: DurableState = emptyDurableState(), keepBatches = true) {
    this.state = cloneDurableState(initial);
    this.keepBatches = keepBatches;
  }

  load(): DurableState {
    return cloneDurableState(this.state);
  }

  apply(writes: readonly DurableWrite[]): void {
    if (this.keepBatches) this.batches.push([...writes]);
    for (const write of writes) applyDurableWrite(this.state, write);
  }

  close(): void {}
}
