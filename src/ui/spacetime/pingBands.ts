import type { ServerId } from '../../driver/index.ts';

// Pings aggregated: at 101 servers a leader pings 100 followers every half tick, thousands of
// arrows a window. Instead each sending lane gets one band, cut into runs of time buckets that had
// pings, each run with its count; a gap in the band is a silence (a crashed leader's). Buckets sit
// on multiples of bucketMs, so a band does not shimmer as the window moves.

export interface PingSample {
  from: ServerId;
  sentMs: number;
}

export interface PingBand {
  from: ServerId;
  startMs: number;
  endMs: number;
  count: number;
}

/**
 * Runs of non-empty buckets per sending lane, in lane order then time. A bucket without pings
 * ends a run, so a silence longer than one bucket shows as a gap.
 */
export function aggregatePings(pings: readonly PingSample[], lanes: readonly ServerId[], bucketMs: number): PingBand[] {
  if (bucketMs <= 0) throw new Error(`bucketMs must be positive, got ${bucketMs}`);
  const onLane = new Set(lanes);
  const bucketsByLane = new Map<ServerId, Map<number, number>>();
  for (const p of pings) {
    if (!onLane.has(p.from)) continue;
    let buckets = bucketsByLane.get(p.from);
    if (!buckets) {
      buckets = new Map();
      bucketsByLane.set(p.from, buckets);
    }
    const bucket = Math.floor(p.sentMs / bucketMs);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
  }
  const bands: PingBand[] = [];
  for (const lane of lanes) {
    const buckets = bucketsByLane.get(lane);
    if (!buckets) continue;
    const keys = [...buckets.keys()].sort((a, b) => a - b);
    let run: PingBand | null = null;
    for (const key of keys) {
      const count = buckets.get(key)!;
      if (run && key * bucketMs === run.endMs) {
        run.endMs += bucketMs;
        run.count += count;
        continue;
      }
      if (run) bands.push(run);
      run = { from: lane, startMs: key * bucketMs, endMs: (key + 1) * bucketMs, count };
    }
    if (run) bands.push(run);
  }
  return bands;
}

/**
 * A bucket about `targetPx` wide at this zoom, rounded to a readable step (250 ms, 500 ms, 1 s …),
 * and never under `minMs`: with one tickTime, a lane that pings every half tick fills every bucket,
 * so only a real silence breaks its band.
 */
export function pingBucketMs(msPerPx: number, minMs: number, targetPx = 24): number {
  const steps = [250, 500, 1000, 2000, 5000, 10_000, 30_000, 60_000, 300_000];
  const wanted = Math.max(minMs, msPerPx * targetPx);
  return steps.find((s) => s >= wanted) ?? Math.ceil(wanted / 60_000) * 60_000;
}
