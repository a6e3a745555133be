import type { Supervisor } from '../runtime/supervisor.ts';

// The live driver's test hook (`globalThis.__zkLive.diagnostics()` with `?testHooks=1`), loaded when
// a test or a benchmark first asks, so that no page's first load carries it.

/** Read-only figures for benchmarks and end-to-end checks (`globalThis.__zkLive.diagnostics()` with `?testHooks=1`). */
export interface LiveDiagnostics {
  cluster: string;
  /** Every worker loaded and every core started. */
  started: boolean;
  /** Server workers alive now: one per host that is up. */
  workers: number;
  /** The switch between the servers runs (one more Web Worker). */
  switchUp: boolean;
  /** Servers up or paused. */
  serversNotDown: number;
  /** Servers whose host is up: those not down, and killed ones (the worker stays as the host of a killed process). */
  hostsUp: number;
  timeMs: number;
  health: { lagP50Ms: number; lagP99Ms: number; behind: boolean; samples: number };
  /** Lag over every message since the last diagnostics({ resetLag: true }). */
  lagSinceReset: { lagP50Ms: number; lagP99Ms: number; samples: number };
  /** DriverUpdates emitted since the driver was made. */
  updates: number;
  /** Sums over the servers' current workers, as of their last snapshots. */
  transport: { sent: number; lost: number; received: number; reordered: number };
}

/** The figures now; `resetLag` restarts the lag totals after reading them. */
export function liveDiagnostics(sup: Supervisor, updates: number, options: { resetLag?: boolean } = {}): LiveDiagnostics {
  const lagSinceReset = sup.lagSinceReset();
  if (options.resetLag) sup.resetLagTotals();
  const transport = { sent: 0, lost: 0, received: 0, reordered: 0 };
  let serversNotDown = 0;
  let hostsUp = 0;
  for (const node of sup.nodes()) {
    if (node.status !== 'down') serversNotDown++;
    if (node.status !== 'down' || node.downKind === 'kill') hostsUp++;
    if (!node.transport) continue;
    transport.sent += node.transport.sent;
    transport.lost += node.transport.lost;
    transport.received += node.transport.received;
    transport.reordered += node.transport.reordered;
  }
  return { cluster: sup.cluster, started: sup.started, workers: sup.workerCount, switchUp: sup.switchRunning, serversNotDown, hostsUp, timeMs: sup.timeMs(), health: sup.health(), lagSinceReset, updates, transport };
}
