import { SimCluster } from '../src/sim/cluster.ts';
import { SimSnapshotter } from '../src/driver/simSnapshot.ts';
import { defaultSpecInput, makeSpec } from '../src/driver/spec.ts';
import { emptyHistory, recordFrame, type History } from '../src/store/history.ts';

// Heap kept by the scrubber's history: runs the simulator for a session, snapshots it as the page
// would (every 33–66 ms of simulated time at 1×) and records frames at the store's cadence, with a
// crash and restart every few minutes. Prints the heap the frames hold (after GC) per size.
//   npx tsx --expose-gc bench/historyMemory.ts  [servers minutes]...

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npx tsx --expose-gc bench/historyMemory.ts)');

function heapMb(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed / 1e6;
}

function measure(servers: number, minutes: number, detector: 'zookeeper' | 'all-to-all'): { frames: number; mb: number } {
  const spec = makeSpec({ ...defaultSpecInput(servers, 1), detector });
  const cluster = new SimCluster({ settings: spec.settings, seed: spec.seed, latencyMs: spec.latencyMs, jitterMs: spec.jitterMs, recordEvents: false });
  const snapshotter = new SimSnapshotter();
  const health = { lagP50Ms: 0, lagP99Ms: 0, behind: false };
  cluster.startAll();
  const emitEveryMs = servers > 51 ? 66 : servers > 25 ? 50 : 33;
  let history: History = emptyHistory(servers);
  const before = heapMb();
  const endMs = minutes * 60_000;
  let down: number | null = null;
  for (let t = emitEveryMs; t <= endMs; t += emitEveryMs) {
    cluster.runUntil(t);
    // A fault every 3 minutes, healed after one: elections and syncs along the way.
    if (t % 180_000 < emitEveryMs) {
      down = cluster.currentLeader();
      if (down !== null) cluster.crash(down);
    } else if (down !== null && t % 180_000 >= 60_000) {
      cluster.restart(down);
      down = null;
    }
    history = recordFrame(history, snapshotter.snapshot(cluster, health), [], { force: false, lastEntryId: 0 });
  }
  const mb = heapMb() - before;
  // Keep the history alive until measured.
  return { frames: history.frames.length, mb };
}

const args = process.argv.slice(2).map(Number);
const runs: [number, number][] = args.length >= 2 ? [[args[0]!, args[1]!]] : [[5, 30], [101, 10]];
for (const [servers, minutes] of runs) {
  for (const detector of ['zookeeper', 'all-to-all'] as const) {
    const { frames, mb } = measure(servers, minutes, detector);
    console.log(`${servers} servers, ${minutes} min, ${detector}: ${frames} frames, ${mb.toFixed(1)} MB of heap (${((mb * 1e6) / Math.max(1, frames) / 1024).toFixed(1)} KB a frame)`);
  }
}
