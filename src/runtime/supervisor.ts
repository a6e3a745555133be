import { serverConfig, type ClusterSettings } from '../core/config.ts';
import type { UserOp } from '../core/client.ts';
import { createPrng, type Prng } from '../core/prng.ts';
import type { ClientName, ClientRequestMessage, CoreEvent, ServerId, ServerView, ZnodeData } from '../core/types.ts';
import { coreEventRecord, diskInMemoryRecord, runtimeErrorRecord, type DownKind, type NodeStatus, type RuntimeFailure, type StorageUnavailable, type TimelineRecord } from '../host/records.ts';
import { NetworkModel } from '../net/network.ts';
import type { ClientHost } from './clientHost.ts';
import { newClusterId } from './clusterId.ts';
import { browserTimers } from './browserEnv.ts';
import { probeIndexedDb } from './diskAvailability.ts';
import { spawnBrowserSwitch, startSwitch, type SwitchWorkerLike } from './switchWorker.ts';
import { lagTotals, LagWindow } from './lagHistogram.ts';
import { MemoryDisks } from './memoryDisks.ts';
import type { DiskPlace, FromWorker, TelemetryMessage, ToWorker, TransportCounters } from './protocol.ts';
import { retimeClock, simNowMs, startClock, type ClockState } from './simClock.ts';
import type { TimerApi } from './simScheduler.ts';
import { holdClusterLock, type ClusterLock } from './storageJanitor.ts';

// The main-thread side of the live cluster: one module worker per server, spawned in batches,
// plus the ZooKeeper clients. It owns the simulated clock and the authoritative network fault
// model, pushes both to the workers whenever they change (a low-rate postMessage), and turns the
// faults of DESIGN §4 into what a real ensemble would see:
//  - crash: terminate the worker, tell nobody (only timeouts reveal it);
//  - kill: the worker stays as the server's host, without its process: the shared kernel there
//    resets the connections (packets a partition holds like any other) and answers later ones;
//  - pause/resume: the worker queues input and freezes timers;
//  - restart: a new process from the server's disk in IndexedDB: in the same worker when its host
//    is up, in a new worker after a crash.
// Where IndexedDB is missing, refuses or never answers, the disks live here instead (MemoryDisks),
// so they outlive the workers a crash terminates; the timeline says so once.
// It reads telemetry (≤ 10 snapshots/s/server, events per macrotask) and keeps the delivery-lag
// watchdog. It knows nothing of React or of the driver contract; the live driver adapts it.

export type { NodeStatus, DownKind } from '../host/records.ts';

export interface ClusterLaunch {
  settings: ClusterSettings;
  seed: number;
  latencyMs: number;
  jitterMs: number;
}

export interface LiveNode {
  readonly id: ServerId;
  status: NodeStatus;
  downKind: DownKind | null;
  view: ServerView;
  /** Simulated time of the last snapshot. */
  atMs: number;
  tree: ZnodeData[];
  /** Bumped whenever this record changes, so readers can cache what they derive from it. */
  version: number;
  /** Transport counters of the current worker, as of its last snapshot. */
  transport: TransportCounters | null;
}

export interface FlightRecord {
  from: ServerId;
  to: ServerId;
  type: string;
  sentMs: number;
  deliverMs: number;
}

export interface SupervisorListener {
  /** Timeline entries: the servers' narrated events, client events, restarts. */
  onRecord(record: TimelineRecord): void;
  /** Raw core events, for the live invariant monitor. */
  onCoreEvent?(t: number, event: CoreEvent): void;
  /** A server's snapshot; `tree` only when its data tree changed. */
  onSnapshot?(id: ServerId, view: ServerView, tree: ZnodeData[] | undefined): void;
  onFlight?(flight: FlightRecord): void;
  /** Something changed; a frame should show it. */
  onChange(): void;
}

/** What the supervisor needs of a Worker (injectable for tests). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface SupervisorOptions {
  listener: SupervisorListener;
  spawnWorker?: () => WorkerLike;
  /**
   * The switch all server traffic goes through (switchWorker.ts). Null runs without one: only for
   * tests whose fake workers never talk to each other.
   */
  spawnSwitch?: (() => SwitchWorkerLike) | null;
  timers?: TimerApi;
  /** Workers spawned at once; the next batch waits until these have loaded. */
  spawnBatch?: number;
  /** p99 delivery lag (real ms) above which the watchdog reports the cluster as behind. */
  watchdogLagMs?: number;
  /** Null when IndexedDB can hold the disks, else why not (injectable for tests). */
  probeDisk?: () => Promise<StorageUnavailable | null>;
}

export const DEFAULT_SPAWN_BATCH = 12;
export const DEFAULT_WATCHDOG_LAG_MS = 250;
/** The watchdog needs this many samples in its window before it judges. */
const WATCHDOG_MIN_SAMPLES = 5;
/** A worker that has not loaded after this long is given up on for the batch (it may still come). */
const READY_TIMEOUT_MS = 10_000;
const LOCK_WAIT_MS = 500;
/** Real ms after a cluster's start before the disks of closed tabs are swept (nothing waits for it). */
const STALE_SWEEP_DELAY_MS = 15_000;

interface Slot extends LiveNode {
  worker: WorkerLike | null;
  disk: DiskPlace['kind'];
  ready: boolean;
  onReady: (() => void) | null;
}

/** Vite bundles the worker because of this literal form (DESIGN §4). */
function spawnNodeWorker(): WorkerLike {
  return new Worker(new URL('./node.worker.ts', import.meta.url), { type: 'module' });
}


export class Supervisor {
  private readonly listener: SupervisorListener;
  private readonly spawnWorker: () => WorkerLike;
  private readonly spawnSwitch: (() => SwitchWorkerLike) | null;
  private switchWorker: SwitchWorkerLike | null = null;
  private readonly timers: TimerApi;
  private readonly spawnBatch: number;
  private readonly watchdogLagMs: number;
  private readonly probeDisk: () => Promise<StorageUnavailable | null>;
  private readonly memoryDisks = new MemoryDisks();
  private clusterId = '';
  private launch: ClusterLaunch | null = null;
  private readonly slots = new Map<ServerId, Slot>();
  private prng: Prng = createPrng(1);
  private model: NetworkModel = new NetworkModel(createPrng(1), { latencyMs: 2, jitterMs: 1 });
  private clock: ClockState;
  private clients: ClientHost | null = null;
  private lag = new LagWindow();
  /** Every lag sample since resetLagTotals(), for benchmarks. */
  private lagTotals = lagTotals();
  private lock: ClusterLock | null = null;
  private generation = 0;
  private coresStarted = false;
  private speed = 1;
  private pausedAll = false;
  private hidden = false;
  private animate = true;

  constructor(options: SupervisorOptions) {
    this.listener = options.listener;
    this.spawnWorker = options.spawnWorker ?? spawnNodeWorker;
    this.spawnSwitch = options.spawnSwitch === undefined ? spawnBrowserSwitch : options.spawnSwitch;
    this.timers = options.timers ?? browserTimers;
    this.spawnBatch = options.spawnBatch ?? DEFAULT_SPAWN_BATCH;
    this.watchdogLagMs = options.watchdogLagMs ?? DEFAULT_WATCHDOG_LAG_MS;
    this.probeDisk = options.probeDisk ?? (() => probeIndexedDb(this.timers));
    this.clock = startClock(this.timers.realNowMs());
  }

  // ------------------------------------------------------------------ lifecycle

  /** Builds a new cluster (a fresh cluster id, so nothing of an earlier one can leak in). */
  start(launch: ClusterLaunch): void {
    this.stopCluster();
    const gen = ++this.generation;
    this.launch = launch;
    this.clusterId = newClusterId();
    this.prng = createPrng(launch.seed);
    this.model = new NetworkModel(this.prng.fork(), { latencyMs: launch.latencyMs, jitterMs: launch.jitterMs });
    this.model.onChange = () => this.clients?.networkChanged();
    this.clock = { ...startClock(this.timers.realNowMs(), this.speed), frozen: this.frozen() };
    this.lag = new LagWindow();
    this.lagTotals = lagTotals();
    if (this.clientModule) this.clients = this.newClientHost(this.clientModule);
    for (const id of this.ids) {
      this.slots.set(id, { id, status: 'up', downKind: null, view: placeholderView(id), atMs: 0, tree: [], version: 0, transport: null, worker: null, disk: 'indexeddb', ready: false, onReady: null });
    }
    this.lock = holdClusterLock(this.clusterId);
    void this.spawnAll(gen);
    this.listener.onChange();
  }

  dispose(): void {
    this.stopCluster();
    this.generation++;
  }

  get cluster(): string {
    return this.clusterId;
  }

  get ids(): ServerId[] {
    if (!this.launch) return [];
    return [...this.launch.settings.voters, ...this.launch.settings.observers];
  }

  get settings(): ClusterSettings | null {
    return this.launch ? this.launch.settings : null;
  }

  /** The authoritative fault model; change it only through mutateNetwork(). */
  get network(): NetworkModel {
    return this.model;
  }

  /** True once every worker of the cluster has loaded and its core was started. */
  get started(): boolean {
    return this.coresStarted;
  }

  private stopCluster(): void {
    this.switchWorker?.terminate();
    this.switchWorker = null;
    for (const slot of this.slots.values()) this.terminate(slot);
    this.clients?.dispose();
    this.clients = null;
    this.clientCallsWaiting = [];
    this.lock?.release();
    this.lock = null;
    const onIdb = [...this.slots.values()].filter((slot) => slot.disk === 'indexeddb').map((slot) => slot.id);
    const cluster = this.clusterId;
    if (cluster && onIdb.length > 0) void import('./diskCleanup.ts').then((m) => m.deleteClusterDatabases(cluster, onIdb)).catch(() => 0);
    this.memoryDisks.clear();
    this.slots.clear();
    this.coresStarted = false;
  }

  private async spawnAll(gen: number): Promise<void> {
    const lock = this.lock;
    const [, noDisk] = await Promise.all([lock ? Promise.race([lock.held, sleep(LOCK_WAIT_MS)]) : null, this.probeDisk()]);
    if (gen !== this.generation) return;
    if (noDisk) this.useMemoryDisks(noDisk);
    else this.timers.setTimer(() => void import('./diskCleanup.ts').then((m) => m.sweepStaleDatabases()).catch(() => 0), STALE_SWEEP_DELAY_MS);
    const ids = this.ids;
    if (this.spawnSwitch) {
      this.switchWorker = this.spawnSwitch();
      await startSwitch(this.switchWorker, this.timers, { type: 'switch-init', cluster: this.clusterId, ids });
      if (gen !== this.generation) return;
    }
    for (let i = 0; i < ids.length; i += this.spawnBatch) {
      const batch = ids.slice(i, i + this.spawnBatch).map((id) => this.slots.get(id) as Slot);
      // A server crashed or restarted by hand meanwhile is left as it is.
      await Promise.all(batch.map((slot) => (slot.status === 'down' || slot.worker ? Promise.resolve() : this.spawn(slot))));
      if (gen !== this.generation) return;
    }
    // Every server starts together, as an ensemble started by one script.
    this.coresStarted = true;
    for (const slot of this.slots.values()) if (slot.ready && slot.status !== 'down') slot.worker?.postMessage({ type: 'start' });
    this.listener.onChange();
  }

  private useMemoryDisks(why: StorageUnavailable): void {
    for (const slot of this.slots.values()) slot.disk = 'memory';
    this.listener.onRecord(diskInMemoryRecord(this.timeMs(), null, why));
  }

  private diskPlace(slot: Slot): DiskPlace {
    return slot.disk === 'memory' ? { kind: 'memory', durable: this.memoryDisks.load(slot.id) } : { kind: 'indexeddb' };
  }

  /** Spawns the slot's worker; resolves once it has loaded its disk (or after a timeout). */
  private spawn(slot: Slot, restarted = false): Promise<void> {
    const launch = this.launch as ClusterLaunch;
    this.terminate(slot);
    const worker = this.spawnWorker();
    slot.worker = worker;
    slot.ready = false;
    worker.onmessage = (event) => {
      if (slot.worker === worker) this.onWorkerMessage(slot, event.data);
    };
    worker.onerror = (event) => {
      if (slot.worker === worker) this.onWorkerFailure(slot, { cause: 'worker', error: event.message || 'worker error' });
    };
    worker.postMessage({
      type: 'init',
      cluster: this.clusterId,
      config: serverConfig(launch.settings, slot.id),
      seed: this.prng.int(1, 0x7fffffff),
      clock: this.clock,
      network: this.model.toJSON(),
      restarted,
      animate: this.animate,
      disk: this.diskPlace(slot),
    });
    return new Promise((resolve) => {
      const timer = this.timers.setTimer(() => finish(), READY_TIMEOUT_MS);
      const finish = (): void => {
        this.timers.clearTimer(timer);
        if (slot.onReady === finish) slot.onReady = null;
        resolve();
      };
      slot.onReady = finish;
    });
  }

  private terminate(slot: Slot): void {
    slot.worker?.terminate();
    slot.worker = null;
    slot.ready = false;
    slot.onReady?.();
  }

  // ------------------------------------------------------------------ worker messages

  private onWorkerMessage(slot: Slot, message: FromWorker): void {
    switch (message.type) {
      case 'ready':
        slot.ready = true;
        slot.onReady?.();
        this.listener.onChange();
        // A server spawned after the ensemble started starts on its own, from what it found on disk.
        if (this.coresStarted && slot.status === 'up') slot.worker?.postMessage({ type: 'start' });
        this.listener.onChange();
        return;
      case 'telemetry':
        this.onTelemetry(slot, message);
        return;
      case 'fatal':
        this.onWorkerFailure(slot, message.failure);
        return;
      case 'persist':
        this.memoryDisks.apply(slot.id, message.writes);
        slot.worker?.postMessage({ type: 'persisted', batch: message.batch });
        return;
      case 'disk-fallback':
        slot.disk = 'memory';
        this.listener.onRecord(diskInMemoryRecord(this.timeMs(), slot.id, message.why));
        this.listener.onChange();
        return;
    }
  }

  private onWorkerFailure(slot: Slot, failure: RuntimeFailure): void {
    console.error(`zk runtime: server ${slot.id}: ${failure.cause}: ${failure.error}`);
    this.terminate(slot);
    slot.status = 'down';
    slot.downKind = 'crash';
    slot.version++;
    this.listener.onRecord(runtimeErrorRecord(this.timeMs(), slot.id, failure));
    this.listener.onChange();
  }

  private onTelemetry(slot: Slot, m: TelemetryMessage): void {
    if (m.snapshot) {
      slot.view = m.snapshot.view;
      slot.atMs = m.snapshot.atMs;
      if (m.snapshot.tree) slot.tree = m.snapshot.tree;
      if (m.counters) slot.transport = m.counters;
      slot.version++;
      this.listener.onSnapshot?.(slot.id, m.snapshot.view, m.snapshot.tree);
    }
    for (const { t, event } of m.events) {
      this.listener.onCoreEvent?.(t, event);
      this.listener.onRecord(coreEventRecord(t, event));
    }
    for (const record of m.records) this.listener.onRecord(record);
    if (this.listener.onFlight) for (const f of m.flights) this.listener.onFlight({ from: slot.id, ...f });
    for (const r of m.replies) this.clients?.receive(slot.id, r.client, r.message, r.deliverAtSimMs);
    if (m.lag.length > 0) {
      this.lag.addPairs(m.lag, this.timers.realNowMs());
      this.lagTotals.addPairs(m.lag, this.timers.realNowMs());
    }
    this.listener.onChange();
  }

  // ------------------------------------------------------------------ server faults

  /** Host down, cable pulled: the worker stops and nobody is told. */
  crash(id: ServerId): void {
    const slot = this.slots.get(id);
    if (!slot || slot.status === 'down') return;
    this.takeDown(slot, 'crash');
  }

  /** Process killed, host alive: its host resets the peers' and clients' connections. */
  kill(id: ServerId): void {
    const slot = this.slots.get(id);
    if (!slot || slot.status === 'down') return;
    slot.status = 'down';
    slot.downKind = 'kill';
    slot.version++;
    slot.worker?.postMessage({ type: 'kill', clients: this.clients?.socketsOf(id) ?? [] });
    this.listener.onChange();
  }

  pause(id: ServerId): void {
    const slot = this.slots.get(id);
    if (!slot || slot.status !== 'up') return;
    slot.status = 'paused';
    slot.version++;
    slot.worker?.postMessage({ type: 'pause' });
    this.listener.onChange();
  }

  resume(id: ServerId): void {
    const slot = this.slots.get(id);
    if (!slot || slot.status !== 'paused') return;
    slot.status = 'up';
    slot.version++;
    slot.worker?.postMessage({ type: 'resume' });
    this.listener.onChange();
  }

  /** A new process from the server's disk; a running one is killed first. */
  restart(id: ServerId): void {
    const slot = this.slots.get(id);
    if (!slot || !this.launch) return;
    // Restarting a live or frozen process kills it first: its connections reset (the kernel's rule).
    const hostUp = slot.worker !== null && slot.downKind !== 'crash';
    const clients = slot.status !== 'down' ? (this.clients?.socketsOf(id) ?? []) : [];
    slot.status = 'up';
    slot.downKind = null;
    slot.view = placeholderView(id, slot.view);
    slot.transport = null;
    slot.version++;
    for (const other of this.slots.values()) if (other.id !== id) other.worker?.postMessage({ type: 'peer-restarted', peer: id });
    if (hostUp) slot.worker?.postMessage({ type: 'restart', clients });
    else void this.spawn(slot, this.coresStarted);
    this.listener.onChange();
  }

  private takeDown(slot: Slot, kind: DownKind): void {
    this.terminate(slot);
    slot.status = 'down';
    slot.downKind = kind;
    slot.version++;
    this.listener.onChange();
  }

  // ------------------------------------------------------------------ network faults

  /** Applies a change to the fault model and pushes it to every worker. */
  mutateNetwork(change: (model: NetworkModel) => void): void {
    change(this.model);
    this.pushNetwork();
    this.listener.onChange();
  }

  private pushNetwork(): void {
    const message: ToWorker = { type: 'network', network: this.model.toJSON() };
    this.broadcast(message);
  }

  // ------------------------------------------------------------------ time

  setSpeed(speed: number): void {
    if (!(speed > 0) || speed === this.speed) return;
    this.speed = speed;
    this.retime({ speed });
  }

  setPausedAll(paused: boolean): void {
    this.pausedAll = paused;
    this.retime({ frozen: this.frozen() });
  }

  /** The tab was hidden or shown: a hidden tab's clock stands still (no election storm on return). */
  setHidden(hidden: boolean): void {
    this.hidden = hidden;
    this.retime({ frozen: this.frozen() });
  }

  setAnimate(on: boolean): void {
    this.animate = on;
    this.broadcast({ type: 'animate', on });
  }

  /** The simulated time now, ms. */
  timeMs(): number {
    return Math.floor(simNowMs(this.clock, this.timers.realNowMs()));
  }

  get clockRunning(): boolean {
    return !this.clock.frozen;
  }

  private frozen(): boolean {
    return this.pausedAll || this.hidden;
  }

  private retime(change: { speed?: number; frozen?: boolean }): void {
    const next = retimeClock(this.clock, this.timers.realNowMs(), change);
    if (next.frozen === this.clock.frozen && next.speed === this.clock.speed) return;
    this.clock = next;
    this.clients?.setClock(next);
    this.broadcast({ type: 'clock', clock: next });
    this.listener.onChange();
  }

  private broadcast(message: ToWorker): void {
    for (const slot of this.slots.values()) slot.worker?.postMessage(message);
  }

  // ------------------------------------------------------------------ clients

  // The ZooKeeper clients run on this thread, but their code (the client core, its connection and
  // calls) is not part of the first load: it arrives with the first connect. Calls made while it
  // loads wait in order, and a client waiting to connect already counts as connected for hasClient.

  private clientModule: typeof import('./clientHost.ts') | null = null;
  private clientModuleLoad: Promise<void> | null = null;
  private clientCallsWaiting: { name: ClientName; connects: boolean; call: (host: ClientHost) => void }[] = [];

  private newClientHost(module: typeof import('./clientHost.ts')): ClientHost {
    return new module.ClientHost(this.timers, this.clock, this.model, {
      route: (to, message, atMs) => this.routeClientRequest(to, message, atMs),
      record: (record) => this.listener.onRecord(record),
      lagSample: (lagMs) => {
        this.lag.add(lagMs, this.timers.realNowMs());
        this.lagTotals.add(lagMs, this.timers.realNowMs());
      },
    });
  }

  /** Loads the client code and, with a cluster running, its host; resolves once clients can connect. */
  prepareClients(): Promise<void> {
    const gen = this.generation;
    this.clientModuleLoad ??= import('./clientHost.ts').then((module) => {
      this.clientModule = module;
    });
    return this.clientModuleLoad.then(() => {
      if (gen !== this.generation || this.clients || !this.clientModule || !this.launch) return;
      this.clients = this.newClientHost(this.clientModule);
      const waiting = this.clientCallsWaiting;
      this.clientCallsWaiting = [];
      for (const { call } of waiting) call(this.clients);
      this.listener.onChange();
    });
  }

  get clientsReady(): boolean {
    return this.clients !== null;
  }

  /** Runs a client call now, or once the client code has loaded (in the order called). */
  private withClients(name: ClientName, connects: boolean, call: (host: ClientHost) => void): void {
    if (this.clients) {
      call(this.clients);
      this.listener.onChange();
      return;
    }
    if (!this.launch) return;
    this.clientCallsWaiting.push({ name, connects, call });
    void this.prepareClients();
  }

  connectClient(name: ClientName, server: ServerId, timeoutMs: number): void {
    const ids = this.ids;
    const prng = this.prng.fork(); // forked now, so the clients' randomness does not depend on load time
    this.withClients(name, true, (host) => host.connect(name, ids, server, timeoutMs, prng));
  }

  clientOp(name: ClientName, op: UserOp): void {
    this.withClients(name, false, (host) => host.op(name, op));
  }

  /** The client process vanishes: its session expires after its timeout. */
  disconnectClient(name: ClientName): void {
    this.withClients(name, false, (host) => host.vanish(name));
  }

  hasClient(name: ClientName): boolean {
    return (this.clients?.has(name) ?? false) || this.clientCallsWaiting.some((waiting) => waiting.connects && waiting.name === name);
  }

  /** A crashed server has no worker: nothing answers. Any other host decides in its kernel. */
  private routeClientRequest(to: ServerId, message: ClientRequestMessage, deliverAtSimMs: number): void {
    this.slots.get(to)?.worker?.postMessage({ type: 'client-request', message, deliverAtSimMs });
  }

  // ------------------------------------------------------------------ reading

  nodes(): readonly LiveNode[] {
    return [...this.slots.values()];
  }

  node(id: ServerId): LiveNode | undefined {
    return this.slots.get(id);
  }

  /** Workers that have loaded their disk (start-up progress). */
  get readyCount(): number {
    let count = 0;
    for (const slot of this.slots.values()) if (slot.ready) count++;
    return count;
  }

  /** The switch worker runs (it is not counted in workerCount). */
  get switchRunning(): boolean {
    return this.switchWorker !== null;
  }

  /** Server workers alive now (spawned and not terminated); the switch is not one of them. */
  get workerCount(): number {
    let count = 0;
    for (const slot of this.slots.values()) if (slot.worker) count++;
    return count;
  }

  clientViews(): ReturnType<ClientHost['views']> {
    return this.clients ? this.clients.views() : [];
  }

  get clientsVersion(): number {
    return this.clients ? this.clients.version : 0;
  }

  /** Delivery lag percentiles over every sample since the last reset (benchmarks). */
  lagSinceReset(): { lagP50Ms: number; lagP99Ms: number; samples: number } {
    const { values, samples } = this.lagTotals.percentiles([0.5, 0.99], this.timers.realNowMs());
    return { lagP50Ms: round2(values[0] ?? 0), lagP99Ms: round2(values[1] ?? 0), samples };
  }

  resetLagTotals(): void {
    this.lagTotals = lagTotals();
  }

  /** Delivery lag over the last second of real time, and the watchdog's verdict. */
  health(): { lagP50Ms: number; lagP99Ms: number; behind: boolean; samples: number } {
    const { values, samples } = this.lag.percentiles([0.5, 0.99], this.timers.realNowMs());
    const [p50 = 0, p99 = 0] = values;
    return { lagP50Ms: round2(p50), lagP99Ms: round2(p99), behind: samples >= WATCHDOG_MIN_SAMPLES && p99 > this.watchdogLagMs, samples };
  }
}

function placeholderView(id: ServerId, previous?: ServerView): ServerView {
  return {
    id,
    role: 'looking',
    acceptedEpoch: previous?.acceptedEpoch ?? 0,
    currentEpoch: previous?.currentEpoch ?? 0,
    lastZxid: previous?.lastZxid ?? 0,
    lastCommittedZxid: previous?.lastCommittedZxid ?? 0,
    leader: null,
    established: false,
    electionRound: 0, electionPoll: null,
    vote: null,
    watches: [],
    syncedLearners: [],
    outstandingProposals: 0,
    sessions: 0,
    znodes: previous?.znodes ?? 0,
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
