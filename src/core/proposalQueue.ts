import type { Zxid } from './types.ts';

// The leader's outstanding proposals (Leader.outstandingProposals): proposed in zxid order and
// committed from the oldest, so they form a queue that is searched by zxid. An array between a head
// and a tail index does what a Map keyed by zxid did without hashing a zxid (a double, above 2^32)
// on every proposal, ack and commit, and without an iterator per look at the oldest.

export class ProposalQueue<P extends { readonly zxid: Zxid }> {
  /** Slots head…tail-1 hold the outstanding proposals, oldest first; the others are cleared. */
  private items: (P | undefined)[] = [];
  private head = 0;
  private tail = 0;

  get size(): number {
    return this.tail - this.head;
  }

  /** The oldest proposal, or undefined when none is outstanding. */
  oldest(): P | undefined {
    return this.head < this.tail ? this.items[this.head] : undefined;
  }

  /** The i-th oldest (0 is the oldest), for walking them in zxid order. */
  at(i: number): P | undefined {
    return i >= 0 && i < this.size ? this.items[this.head + i] : undefined;
  }

  /** Adds the newest proposal; its zxid must be above every outstanding one. */
  add(proposal: P): void {
    const newest = this.size > 0 ? this.items[this.tail - 1]! : null;
    if (newest !== null && !(proposal.zxid > newest.zxid)) throw new Error(`proposal ${proposal.zxid} is not above the newest outstanding one, ${newest.zxid}`);
    this.items[this.tail++] = proposal;
  }

  get(zxid: Zxid): P | undefined {
    // Binary search: zxids rise from the head.
    let low = this.head;
    let high = this.tail - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const found = this.items[mid]!;
      if (found.zxid === zxid) return found;
      if (found.zxid < zxid) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  }

  has(zxid: Zxid): boolean {
    return this.get(zxid) !== undefined;
  }

  /** Takes the oldest proposal off (it committed). */
  removeOldest(): void {
    if (this.head === this.tail) return;
    this.items[this.head++] = undefined;
    if (this.head === this.tail) {
      // Empty: start again at slot 0, so the array does not grow without end.
      this.head = 0;
      this.tail = 0;
    } else if (this.head >= 64 && this.head * 2 >= this.tail) {
      // Never empty for long (writes outpace commits): drop the committed half of the slots.
      this.items = this.items.slice(this.head, this.tail);
      this.tail -= this.head;
      this.head = 0;
    }
  }
}
