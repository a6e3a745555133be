import { performance } from 'node:perf_hooks';
import { defaultClusterSettings, rangeIds } from '../src/core/config.ts';
import { SimCluster } from '../src/sim/cluster.ts';
import { writePerformanceSection } from './performanceDoc.ts';

// Delivered messages per second of wall time, one core, for a steady ensemble under client load:
// pings and their replies every tickTime/2, plus a client writing continuously (PROPOSAL, ACK, COMMIT).

interface Run {
  nodes: number;
  simulatedMs: number;
  delivered: number;
  wallMs: number;
  committed: number;
}

function runOnce(nodes: number, simulatedMs: number, writesPerSecond: number): Run {
  const settings = defaultClusterSettings(rangeIds(nodes));
  const cluster = new SimCluster({ settings, seed: 1, latencyMs: 2, jitterMs: 1, recordEvents: false });
  cluster.startAll();
  cluster.runUntil(5_000);
  cluster.connectClient('load', nodes, 30_000);
  cluster.clientOp('load', { type: 'create', path: '/load', value: '', mode: 'persistent' });
  cluster.runUntil(6_000);
  // One write at a time, each scheduling the next, as a steady client would.
  const gapMs = Math.round(1000 / writesPerSecond);
  const endMs = 6_000 + simulatedMs;
  const write = (): void => {
    cluster.clientOp('load', { type: 'set', path: '/load', value: String(cluster.nowMs), version: -1 });
    if (cluster.nowMs + gapMs < endMs) cluster.schedule(cluster.nowMs + gapMs, write);
  };
  cluster.schedule(6_000, write);
  const before = cluster.deliveredMessages;
  const started = performance.now();
  cluster.runUntil(6_000 + simulatedMs);
  const wallMs = performance.now() - started;
  return { nodes, simulatedMs, delivered: cluster.deliveredMessages - before, wallMs, committed: cluster.invariants.committedCount };
}

function best(nodes: number, simulatedMs: number, writesPerSecond: number, repeats: number): Run {
  runOnce(nodes, Math.min(simulatedMs, 60_000), writesPerSecond); // warm up the JIT
  let bestRun: Run | null = null;
  for (let i = 0; i < repeats; i++) {
    const run = runOnce(nodes, simulatedMs, writesPerSecond);
    if (!bestRun || run.delivered / run.wallMs > bestRun.delivered / bestRun.wallMs) bestRun = run;
  }
  return bestRun!;
}

const runs = [best(5, 3_600_000, 50, 3), best(51, 600_000, 50, 3)];
const rows = runs.map((r) => {
  const perSecond = Math.round(r.delivered / (r.wallMs / 1000));
  return `| ${r.nodes} | ${(r.simulatedMs / 1000).toLocaleString('en-US')} s | ${r.delivered.toLocaleString('en-US')} | ${Math.round(r.wallMs).toLocaleString('en-US')} ms | **${perSecond.toLocaleString('en-US')}** | ${perSecond >= 1_000_000 ? 'met' : 'MISSED'} |`;
});
const body = [
  'Measured by `npm run bench:sim` (bench/sim.bench.ts): a steady ensemble (tickTime 2,000 ms, so pings every 1,000 ms) with one client',
  'writing 50 times per simulated second through the leader (PROPOSAL, ACK, COMMIT). One Node thread; the best of three runs after a warm-up.',
  `Machine: ${process.platform} ${process.arch}, Node ${process.version}, measured ${new Date().toISOString().slice(0, 10)}.`,
  '',
  '| servers | simulated | messages delivered | wall time | messages / s | budget ≥ 1,000,000 / s |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows,
].join('\n');
writePerformanceSection('Simulator throughput', body);
process.stdout.write(body + '\n');
