import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rangeIds } from '../core/config.ts';
import type { EnsembleInfo, ObservedRecord } from '../driver/real/protocol.ts';
import { Bridge } from './bridge.ts';
import type { BridgeArgs } from './bridgeArgs.ts';
import { createBridgeClock } from './bridgeClock.ts';
import type { BridgeClock, EnsembleSetup } from './contract.ts';
import { createClients } from './clients/clientHost.ts';
import { createEnsemble } from './ensemble/ensemble.ts';
import { installReaper } from './ensemble/reaper.ts';
import { findFreePortRun } from './freePorts.ts';
import { startPageServer, type PageServer } from './pageServer.ts';
import { planPorts, portsNeeded } from './portPlan.ts';
import { createRelay } from './relay/relay.ts';

// Starts everything `npm run real` runs, in order, and stops it all again: ports, configs, the
// relay, the JVMs, the client sessions, then the page server. Whatever fails on the way, what was
// started is stopped before the error goes up: no JVM outlives the bridge.

/** The command line's sizes and timing, with what the CLI found and chose. `port` 0 picks a free one. */
export interface BridgeRequest extends Pick<BridgeArgs, 'servers' | 'observers' | 'tickTimeMs' | 'initLimitTicks' | 'syncLimitTicks' | 'port' | 'extraOrigins'> {
  java: string;
  classpath: string[];
  /** The built page. */
  distDir: string;
  token: string;
  /** Where the port search starts (tests use their own range). */
  portSearchFrom?: number;
}

export interface RunningBridge {
  bridge: Bridge;
  clock: BridgeClock;
  info: EnsembleInfo;
  /** Null when started without a page (the script runner). */
  page: PageServer | null;
  /** Every record observed since start, oldest first (the script report reads them). */
  records: ObservedRecord[];
  workDir: string;
  stop(): Promise<void>;
}

/** ZooKeeper's default session bounds: 2 and 20 ticks. */
export function sessionBoundsMs(tickTimeMs: number): { minSessionTimeoutMs: number; maxSessionTimeoutMs: number } {
  return { minSessionTimeoutMs: 2 * tickTimeMs, maxSessionTimeoutMs: 20 * tickTimeMs };
}

export async function startBridge(request: BridgeRequest, withPage = true): Promise<RunningBridge> {
  const ids = rangeIds(request.servers);
  const voters = ids.slice(0, request.servers - request.observers);
  const observers = ids.slice(request.servers - request.observers);
  const base = await findFreePortRun(portsNeeded(ids.length), request.portSearchFrom ?? 12_000);
  if (base === null) throw new Error(`no ${portsNeeded(ids.length)} free ports below 32768 on 127.0.0.1`);
  const workDir = await mkdtemp(join(tmpdir(), 'zk-playground-'));
  const clock = createBridgeClock();
  const records: ObservedRecord[] = [];
  /** What the parts report before the bridge exists (the relay and the JVMs start first). */
  const early: ObservedRecord[] = [];
  let bridge: Bridge | null = null;
  const sink = (record: ObservedRecord) => (bridge ? bridge.record(record) : early.push(record));
  const timing = { tickTimeMs: request.tickTimeMs, initLimitTicks: request.initLimitTicks, syncLimitTicks: request.syncLimitTicks, ...sessionBoundsMs(request.tickTimeMs) };
  const setup: EnsembleSetup = { voters, observers, ...timing, java: request.java, classpath: request.classpath, workDir, ports: planPorts(ids, base) };
  const info: EnsembleInfo = { zookeeperVersion: null, voters, observers, ...timing };
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    bridge?.stop();
    for (const step of stops.reverse()) await step().catch(() => undefined);
    stops.length = 0;
    await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  };
  try {
    const relay = createRelay({ plan: setup.ports, clock, sink, syncLimitMs: request.syncLimitTicks * request.tickTimeMs, onMessage: (m) => bridge?.flight(m) });
    await relay.start();
    stops.push(() => relay.stop());
    const ensemble = createEnsemble(setup, clock, sink);
    // The CLI handles Ctrl-C itself (it tells the pages first); the reaper only guarantees no JVM
    // outlives a bridge that exits or crashes any way at all.
    const uninstall = installReaper(() => ensemble.stopAllSync(), { exitOnSignal: false });
    stops.push(async () => {
      await ensemble.stopAll();
      uninstall();
    });
    await ensemble.start();
    const clients = createClients({ servers: setup.ports.servers.map((s) => ({ id: s.id, clientPort: s.clientPort })), clock, sink, polledZxid: (id) => ensemble.polledZxid(id) });
    await clients.start();
    stops.push(() => clients.stop());
    bridge = new Bridge({ clock, ensemble, relay, clients, info, onRecord: (record) => records.push(record) });
    for (const record of early.splice(0)) bridge.record(record);
    bridge.start();
    let page: PageServer | null = null;
    if (withPage) {
      const running = bridge;
      page = await startPageServer({ port: request.port, distDir: request.distDir, token: request.token, extraOrigins: request.extraOrigins, onConnection: (socket) => running.attach(socket) });
      stops.push(() => page!.close());
    }
    return { bridge, clock, info, page, records, workDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
