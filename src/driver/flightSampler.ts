import type { MessageFlight } from './types.ts';

// Keeps a uniform sample of at most `capacity` messages per update (reservoir sampling), so an
// election storm of 100,000 messages among 101 servers costs the UI no more than a quiet cluster.
// A tiny deterministic generator picks the sample: reproducible in tests, and no Math.random.

export const DEFAULT_FLIGHTS_PER_UPDATE = 40;

export class FlightSampler {
  private readonly capacity: number;
  private sample: MessageFlight[] = [];
  private seen = 0;
  private state = 0x2545f491;

  constructor(capacity: number = DEFAULT_FLIGHTS_PER_UPDATE) {
    this.capacity = capacity;
  }

  /** Messages offered since the last take(), sampled or not. */
  get offered(): number {
    return this.seen;
  }

  offer(from: number, to: number, type: string, sentMs: number, deliverMs: number): void {
    this.seen++;
    if (this.sample.length < this.capacity) {
      this.sample.push({ from, to, type, sentMs, deliverMs });
      return;
    }
    const slot = this.nextInt(this.seen);
    if (slot < this.capacity) this.sample[slot] = { from, to, type, sentMs, deliverMs };
  }

  /** The sample since the last take(), in send order; starts a new one. */
  take(): MessageFlight[] {
    const taken = this.sample.sort((a, b) => a.sentMs - b.sentMs);
    this.sample = [];
    this.seen = 0;
    return taken;
  }

  clear(): void {
    this.sample = [];
    this.seen = 0;
  }

  /** xorshift32, reduced to [0, bound). */
  private nextInt(bound: number): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state % bound;
  }
}
