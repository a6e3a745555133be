// Delivery lag: how much later than its simulated delivery time a message was processed, in real
// ms. Workers fold their samples into log-spaced buckets (5% wide) and ship only the counts, so the
// watchdog costs a few numbers per telemetry batch even during an election storm.

const GROWTH = 1.05;
const LOG_GROWTH = Math.log(GROWTH);
/** Buckets cover 0 … about 10 minutes of lag; anything beyond lands in the last one. */
export const LAG_BUCKETS = 280;

export function lagBucket(lagMs: number): number {
  if (!(lagMs > 0)) return 0;
  return Math.min(LAG_BUCKETS - 1, Math.floor(Math.log1p(lagMs) / LOG_GROWTH));
}

/** The upper edge of a bucket, ms: percentiles read from buckets err on the late side by ≤ 5%. */
export function bucketUpperMs(bucket: number): number {
  return Math.expm1((bucket + 1) * LOG_GROWTH);
}

/** Lag samples folded into sparse [bucket, count, bucket, count, …] pairs. */
export class LagCounter {
  private counts = new Map<number, number>();

  add(lagMs: number): void {
    const b = lagBucket(lagMs);
    this.counts.set(b, (this.counts.get(b) ?? 0) + 1);
  }

  get empty(): boolean {
    return this.counts.size === 0;
  }

  take(): number[] {
    const pairs: number[] = [];
    for (const [bucket, count] of this.counts) pairs.push(bucket, count);
    this.counts.clear();
    return pairs;
  }
}

interface Slice {
  startRealMs: number;
  counts: Float64Array;
  total: number;
}

/** Lag over the last `windowMs` of real time, in slices so old samples fall out cheaply. */
export class LagWindow {
  private readonly sliceMs: number;
  private readonly slices: Slice[] = [];
  private readonly maxSlices: number;

  constructor(windowMs = 1000, sliceMs = 100) {
    this.sliceMs = sliceMs;
    this.maxSlices = Math.ceil(windowMs / sliceMs);
  }

  addPairs(pairs: readonly number[], realNowMs: number): void {
    if (pairs.length === 0) return;
    const slice = this.current(realNowMs);
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const bucket = pairs[i] as number;
      const count = pairs[i + 1] as number;
      if (bucket < 0 || bucket >= LAG_BUCKETS) continue;
      slice.counts[bucket] = (slice.counts[bucket] as number) + count;
      slice.total += count;
    }
  }

  add(lagMs: number, realNowMs: number): void {
    this.addPairs([lagBucket(lagMs), 1], realNowMs);
  }

  /** Percentiles (0…1) over the window, ms; 0 when there were no samples. */
  percentiles(ps: readonly number[], realNowMs: number): { values: number[]; samples: number } {
    this.expire(realNowMs);
    const counts = new Float64Array(LAG_BUCKETS);
    let total = 0;
    for (const s of this.slices) {
      total += s.total;
      for (let b = 0; b < LAG_BUCKETS; b++) counts[b] = (counts[b] as number) + (s.counts[b] as number);
    }
    return { values: percentilesOf(counts, total, ps), samples: total };
  }

  private current(realNowMs: number): Slice {
    this.expire(realNowMs);
    const start = Math.floor(realNowMs / this.sliceMs) * this.sliceMs;
    const last = this.slices[this.slices.length - 1];
    if (last && last.startRealMs === start) return last;
    const slice = { startRealMs: start, counts: new Float64Array(LAG_BUCKETS), total: 0 };
    this.slices.push(slice);
    return slice;
  }

  private expire(realNowMs: number): void {
    const oldest = Math.floor(realNowMs / this.sliceMs) * this.sliceMs - (this.maxSlices - 1) * this.sliceMs;
    while (this.slices.length > 0 && (this.slices[0] as Slice).startRealMs < oldest) this.slices.shift();
  }
}

/** Every sample since it was made (benchmarks report a whole measurement window): one slice that never expires. */
export function lagTotals(): LagWindow {
  return new LagWindow(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
}

function percentilesOf(counts: Float64Array, total: number, ps: readonly number[]): number[] {
  if (total === 0) return ps.map(() => 0);
  return ps.map((p) => {
    const rank = Math.max(1, Math.ceil(p * total));
    let seen = 0;
    for (let b = 0; b < LAG_BUCKETS; b++) {
      seen += counts[b] as number;
      if (seen >= rank) return b === 0 ? 0 : bucketUpperMs(b);
    }
    return bucketUpperMs(LAG_BUCKETS - 1);
  });
}
