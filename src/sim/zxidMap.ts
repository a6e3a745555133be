import { counterOf, epochOf } from '../core/zxid.ts';
import type { Zxid } from '../core/types.ts';

// A map from zxid to value for a table that gains an entry with every commit (the invariant
// checker's committed history). A Map keyed by every zxid is slow to grow in V8: its keys are
// doubles, and its table is rehashed each time it doubles, which cost more than anything else a
// commit does. Here each epoch holds an array indexed by counter, which grows like a push.

export class ZxidMap<V> {
  private readonly byEpoch = new Map<number, V[]>();
  /** Every key, in the order it was first set (as a Map iterates). */
  private readonly order: Zxid[] = [];

  get size(): number {
    return this.order.length;
  }

  get(zxid: Zxid): V | undefined {
    const counters = this.byEpoch.get(epochOf(zxid));
    return counters === undefined ? undefined : counters[counterOf(zxid)];
  }

  has(zxid: Zxid): boolean {
    return this.get(zxid) !== undefined;
  }

  /** `value` must not be undefined: undefined marks a zxid never set. */
  set(zxid: Zxid, value: V): void {
    const epoch = epochOf(zxid);
    let counters = this.byEpoch.get(epoch);
    if (counters === undefined) {
      counters = [];
      this.byEpoch.set(epoch, counters);
    }
    const counter = counterOf(zxid);
    if (counters[counter] === undefined) this.order.push(zxid);
    counters[counter] = value;
  }

  /** The keys in insertion order. */
  keys(): readonly Zxid[] {
    return this.order;
  }
}
