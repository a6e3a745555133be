// A priority queue ordered by (timeMs, insertion order): equal times keep insertion order, which
// keeps simulator runs deterministic and one sender's messages FIFO when their delivery times tie.
// Shared by the simulator's event queue and the browser runtime's delivery scheduler.
//
// Items of one time wait in a FIFO bucket, and only the distinct times sit in a binary min-heap.
// A simulator's events crowd onto few times (a leader's proposals to 50 followers all land within
// the jitter), so most pushes and pops touch a bucket and not the heap. Buckets are found by a
// whole-ms time's low bits in a fixed table (a Map lookup per push cost more than the heap it saved
// at 5 servers); a time whose slot is taken, or that is not a whole number, goes to a Map instead.
// An emptied bucket is kept for reuse rather than left to the garbage collector.

interface Bucket<T> {
  time: number;
  /** Slots head…tail-1 hold the items; popped slots are cleared, so nothing delivered stays alive. */
  items: (T | undefined)[];
  head: number;
  tail: number;
}

/** Slots of the bucket table: more than the distinct times a simulator has queued at once. */
const SLOTS = 1024;
const SLOT_MASK = SLOTS - 1;

function emptySlots<T>(): (Bucket<T> | undefined)[] {
  return Array.from({ length: SLOTS }, () => undefined);
}

export class TimeHeap<T> {
  /** The distinct times that hold items, as a binary min-heap. */
  private times: number[] = [];
  /** Buckets by their whole-ms time's low bits. */
  private slots: (Bucket<T> | undefined)[] = emptySlots();
  /** Buckets whose slot another time holds, and buckets of fractional times. */
  private readonly overflow = new Map<number, Bucket<T>>();
  /** The bucket of times[0], once looked up. */
  private first: Bucket<T> | null = null;
  private readonly spare: Bucket<T>[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(timeMs: number, item: T): void {
    this.count++;
    const slot = timeMs & SLOT_MASK;
    let bucket = this.slots[slot];
    if (bucket === undefined || bucket.time !== timeMs) bucket = this.newOrOverflow(timeMs, slot, bucket);
    bucket.items[bucket.tail++] = item;
  }

  /** The bucket for a time not in its slot: in the overflow map, or a new one. */
  private newOrOverflow(timeMs: number, slot: number, inSlot: Bucket<T> | undefined): Bucket<T> {
    // Looked up even when the slot is free: the time may have gone to the map while it was taken.
    if (this.overflow.size > 0) {
      const known = this.overflow.get(timeMs);
      if (known !== undefined) return known;
    }
    const bucket = this.spare.pop() ?? { time: 0, items: [], head: 0, tail: 0 };
    bucket.time = timeMs;
    if (inSlot === undefined && Number.isInteger(timeMs)) this.slots[slot] = bucket;
    else this.overflow.set(timeMs, bucket);
    this.pushTime(timeMs);
    return bucket;
  }

  peekTime(): number {
    return this.count === 0 ? Infinity : this.times[0]!;
  }

  pop(): T | undefined {
    if (this.count === 0) return undefined;
    this.count--;
    const bucket = this.first ?? this.firstBucket();
    const item = bucket.items[bucket.head] as T;
    bucket.items[bucket.head] = undefined;
    if (++bucket.head === bucket.tail) this.retireFirst(bucket);
    return item;
  }

  clear(): void {
    this.times = [];
    this.slots = emptySlots();
    this.overflow.clear();
    this.first = null;
    this.count = 0;
  }

  private firstBucket(): Bucket<T> {
    const time = this.times[0]!;
    const inSlot = this.slots[time & SLOT_MASK];
    const bucket = inSlot !== undefined && inSlot.time === time ? inSlot : this.overflow.get(time)!;
    this.first = bucket;
    return bucket;
  }

  /** The earliest time has no items left: its bucket goes back to the spares. */
  private retireFirst(bucket: Bucket<T>): void {
    const slot = bucket.time & SLOT_MASK;
    if (this.slots[slot] === bucket) this.slots[slot] = undefined;
    else this.overflow.delete(bucket.time);
    this.first = null;
    bucket.head = 0;
    bucket.tail = 0;
    this.spare.push(bucket);
    this.popTime();
  }

  private pushTime(timeMs: number): void {
    const times = this.times;
    let i = times.length;
    times.push(timeMs);
    // A new earliest time: the cached bucket is no longer the first.
    if (i > 0 && timeMs < times[0]!) this.first = null;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentTime = times[parent]!;
      if (parentTime <= timeMs) break;
      times[i] = parentTime;
      i = parent;
    }
    times[i] = timeMs;
  }

  private popTime(): void {
    const times = this.times;
    const last = times.pop()!;
    const n = times.length;
    if (n === 0) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && times[right]! < times[left]! ? right : left;
      if (times[child]! >= last) break;
      times[i] = times[child]!;
      i = child;
    }
    times[i] = last;
  }
}
