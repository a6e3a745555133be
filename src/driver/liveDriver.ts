import type { UserOp } from '../core/client.ts';
import type { ServerId } from '../core/types.ts';
import type { LinkRef } from '../net/network.ts';
import type { TimelineRecord } from '../runtime/clientHost.ts';
import type { TimerApi } from '../runtime/simScheduler.ts';
import { Supervisor, type LiveNode, type WorkerLike } from '../runtime/supervisor.ts';
import { FlightSampler, DEFAULT_FLIGHTS_PER_UPDATE } from './flightSampler.ts';
import { browserFrameClock, type FrameClock } from './frameClock.ts';
import { LiveInvariantMonitor } from './liveInvariants.ts';
import { linkStateOf } from './linkState.ts';
import { detectionOf, type UnstampedAction } from '../host/actionRecords.ts';
import type { ActiveFault, ClientView, ClusterDriver, ClusterSpec, DriverSnapshot, DriverUpdate, LinkState, NodeSnapshot, TimelineEntry } from './types.ts';

// The live ClusterDriver: every server in its own Web Worker (src/runtime/supervisor.ts), the
// clients on the main thread. Updates go out at most once per animation frame:
//  - at the next frame when the timeline has news (events, the user's own actions);
//  - otherwise on a slow tick (4 per second of real time at 1×, up to 20 at high speed), which
//    carries new snapshots and lets ages and timeout arcs advance while the clock runs.
// A frozen, quiet cluster costs no frames at all. Each update re-renders the page, which is most
// of the CPU an idle cluster costs (measured: 10 updates/s ≈ 10% of a core at 5 servers, 4/s ≈ 6%).
// When requestAnimationFrame does not run (a hidden or headless background page), a timer stands
// in for it.

export const MIN_SPEED = 0.1;
export const MAX_SPEED = 10;
/** Updates per second of real time at 1× while nothing urgent happens. */
export const DEFAULT_IDLE_UPDATE_HZ = 4;
/** The tick follows the speed (arcs move faster), but never more often than this, ms. */
const MIN_TICK_MS = 50;
/** How long to wait for an animation frame before a timer delivers the update instead, ms. */
const FRAME_FALLBACK_MS = 100;
/** Events kept while nobody listens (or between frames), oldest dropped first. */
const MAX_PENDING_EVENTS = 2000;

export interface LiveDriverOptions {
  clock?: FrameClock;
  spawnWorker?: () => WorkerLike;
  /** Real time for the runtime (tests); the page's clock by default. */
  timers?: TimerApi;
  idleUpdateHz?: number;
  flightsPerUpdate?: number;
  /** Workers spawned per batch (large clusters). */
  spawnBatch?: number;
  watchdogLagMs?: number;
}

type Listener = (update: DriverUpdate) => void;

/** Read-only figures for benchmarks and end-to-end checks (`globalThis.__zkLive.diagnostics()`). */
export interface LiveDiagnostics {
  cluster: string;
  /** Every worker loaded and every core started. */
  started: boolean;
  workers: number;
  timeMs: number;
  health: { lagP50Ms: number; lagP99Ms: number; behind: boolean; samples: number };
  /** Lag over every message since the last diagnostics({ resetLag: true }). */
  lagSinceReset: { lagP50Ms: number; lagP99Ms: number; samples: number };
  /** DriverUpdates emitted since the driver was made. */
  updates: number;
  /** Sums over the servers' current workers, as of their last snapshots. */
  transport: { sent: number; lost: number; received: number; reordered: number };
}

interface DiagnosticsHook {
  __zkLive?: { diagnostics(options?: { resetLag?: boolean }): LiveDiagnostics };
}

interface NodeCache {
  version: number;
  snapshot: NodeSnapshot;
}

export class LiveDriver implements ClusterDriver {
  readonly kind = 'live' as const;
  private readonly clock: FrameClock;
  private readonly supervisor: Supervisor;
  private readonly listeners = new Set<Listener>();
  private readonly flights: FlightSampler;
  private readonly idleHz: number;
  private speed = 1;
  private readonly stopVisibility: () => void;
  private readonly hook = { diagnostics: (options?: { resetLag?: boolean }) => this.diagnostics(options) };
  private monitor = new LiveInvariantMonitor();
  private pendingEvents: TimelineEntry[] = [];
  private nextEntryId = 1;
  private frameHandle: number | null = null;
  private fallbackTimer: ReturnType<typeof setTimeout> | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private animate = true;
  private running = false;
  private updates = 0;
  private readonly nodeCache = new Map<ServerId, NodeCache>();
  private clientsCache: { version: number; views: ClientView[] } = { version: -1, views: [] };
  private networkCache: { revision: number; faults: ActiveFault[]; links: LinkState } = { revision: -1, faults: [], links: { cuts: [], partition: null } };

  constructor(options: LiveDriverOptions = {}) {
    this.clock = options.clock ?? browserFrameClock();
    this.flights = new FlightSampler(options.flightsPerUpdate ?? DEFAULT_FLIGHTS_PER_UPDATE);
    this.idleHz = options.idleUpdateHz ?? DEFAULT_IDLE_UPDATE_HZ;
    this.supervisor = new Supervisor({
      listener: {
        onRecord: (record) => this.onRecord(record),
        onCoreEvent: (_t, event) => this.monitor.onCoreEvent(event),
        onSnapshot: (id, view, tree) => {
          if (tree) this.monitor.onTree(id, view, tree);
        },
        onFlight: (f) => {
          if (this.animate) this.flights.offer(f.from, f.to, f.type, f.sentMs, f.deliverMs);
        },
        onChange: () => this.scheduleTick(),
      },
      ...(options.spawnWorker ? { spawnWorker: options.spawnWorker } : {}),
      ...(options.timers ? { timers: options.timers } : {}),
      ...(options.spawnBatch ? { spawnBatch: options.spawnBatch } : {}),
      ...(options.watchdogLagMs ? { watchdogLagMs: options.watchdogLagMs } : {}),
    });
    this.supervisor.setHidden(this.clock.isHidden());
    this.stopVisibility = this.clock.onVisibilityChange(() => this.supervisor.setHidden(this.clock.isHidden()));
    (globalThis as DiagnosticsHook).__zkLive = this.hook;
  }

  /** The runtime underneath, for diagnostics, benchmarks and end-to-end checks only. */
  get runtime(): Supervisor {
    return this.supervisor;
  }

  // ------------------------------------------------------------------ lifecycle

  start(spec: ClusterSpec): void {
    this.monitor = new LiveInvariantMonitor();
    this.pendingEvents = [];
    this.flights.clear();
    this.nodeCache.clear();
    this.running = true;
    this.supervisor.start({ settings: spec.settings, seed: spec.seed, latencyMs: spec.latencyMs, jitterMs: spec.jitterMs });
    this.requestUpdate();
  }

  dispose(): void {
    const hook = globalThis as DiagnosticsHook;
    if (hook.__zkLive === this.hook) delete hook.__zkLive;
    this.running = false;
    this.cancelTimers();
    this.stopVisibility();
    this.listeners.clear();
    this.supervisor.dispose();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    this.requestUpdate();
    return () => {
      this.listeners.delete(listener);
    };
  }

  diagnostics(options: { resetLag?: boolean } = {}): LiveDiagnostics {
    const sup = this.supervisor;
    const lagSinceReset = sup.lagSinceReset();
    if (options.resetLag) sup.resetLagTotals();
    const transport = { sent: 0, lost: 0, received: 0, reordered: 0 };
    for (const node of sup.nodes()) {
      if (!node.transport) continue;
      transport.sent += node.transport.sent;
      transport.lost += node.transport.lost;
      transport.received += node.transport.received;
      transport.reordered += node.transport.reordered;
    }
    return { cluster: sup.cluster, started: sup.started, workers: sup.workerCount, timeMs: sup.timeMs(), health: sup.health(), lagSinceReset, updates: this.updates, transport };
  }

  // ------------------------------------------------------------------ update pacing

  /** Something the timeline shows changed: update at the next frame. */
  private requestUpdate(): void {
    if (!this.running || this.frameHandle !== null || this.fallbackTimer !== null) return;
    this.frameHandle = this.clock.requestFrame(this.onFrame);
    this.fallbackTimer = setTimeout(this.onFrame, FRAME_FALLBACK_MS);
  }

  /** Snapshots changed, or time passed: update at the next tick. */
  private scheduleTick(): void {
    if (!this.running || this.idleTimer !== null || this.frameHandle !== null) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      this.requestUpdate();
    }, this.tickMs());
  }

  private tickMs(): number {
    const atOneX = 1000 / this.idleHz;
    return Math.min(atOneX, Math.max(MIN_TICK_MS, atOneX / this.speed));
  }

  private readonly onFrame = (): void => {
    this.cancelFrame();
    if (!this.running) return;
    this.emit();
    // While the clock runs, ages grow even when no server reports.
    if (this.supervisor.clockRunning && this.listeners.size > 0) this.scheduleTick();
  };

  private cancelFrame(): void {
    if (this.frameHandle !== null) this.clock.cancelFrame(this.frameHandle);
    if (this.fallbackTimer !== null) clearTimeout(this.fallbackTimer);
    this.frameHandle = null;
    this.fallbackTimer = null;
  }

  private cancelTimers(): void {
    this.cancelFrame();
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private emit(): void {
    if (this.listeners.size === 0) return;
    const update: DriverUpdate = { snapshot: this.snapshot(), events: this.pendingEvents, messages: this.flights.take() };
    this.updates++;
    this.pendingEvents = [];
    for (const listener of [...this.listeners]) listener(update);
  }

  // ------------------------------------------------------------------ snapshots

  snapshot(): DriverSnapshot {
    const sup = this.supervisor;
    const { lagP50Ms, lagP99Ms, behind } = sup.health();
    this.refreshNetwork();
    return {
      timeMs: sup.timeMs(),
      nodes: sup.nodes().map((node) => this.nodeSnapshot(node)),
      clients: this.clientViews(),
      faults: this.networkCache.faults,
      links: this.networkCache.links,
      invariants: this.monitor.current(),
      health: { lagP50Ms, lagP99Ms, behind },
      ...(sup.started ? {} : { startup: { ready: sup.readyCount, total: sup.ids.length } }),
    };
  }

  /** Reused while the node has not changed, so the UI can skip re-rendering it. */
  private nodeSnapshot(node: LiveNode): NodeSnapshot {
    const cached = this.nodeCache.get(node.id);
    if (cached && cached.version === node.version) return cached.snapshot;
    const snapshot: NodeSnapshot = {
      ...node.view,
      // A down server watches nothing: its stale timestamps would otherwise look like live ages.
      watches: node.status === 'down' ? [] : node.view.watches,
      status: node.status,
      atMs: node.atMs,
      tree: node.tree,
    };
    this.nodeCache.set(node.id, { version: node.version, snapshot });
    return snapshot;
  }

  private clientViews(): ClientView[] {
    const version = this.supervisor.clientsVersion;
    if (version !== this.clientsCache.version) this.clientsCache = { version, views: this.supervisor.clientViews() };
    return this.clientsCache.views;
  }

  private refreshNetwork(): void {
    const network = this.supervisor.network;
    if (network.revision === this.networkCache.revision) return;
    this.networkCache = { revision: network.revision, faults: network.activeFaults(), links: linkStateOf(network.toJSON()) };
  }

  // ------------------------------------------------------------------ timeline

  private onRecord(record: TimelineRecord): void {
    this.pendingEvents.push({ ...record, id: this.nextEntryId++ });
    // Trimmed in halves, not per push: a storm of thousands must not cost a shift per event.
    if (this.pendingEvents.length > 2 * MAX_PENDING_EVENTS) this.pendingEvents = this.pendingEvents.slice(-MAX_PENDING_EVENTS);
    this.requestUpdate();
  }

  /** Records what the user did, so the log tells the whole story in order. */
  private log(action: UnstampedAction): void {
    this.onRecord({ ...action, t: this.supervisor.timeMs() });
  }

  // ------------------------------------------------------------------ server faults

  crash(id: ServerId): void {
    const node = this.supervisor.node(id);
    const settings = this.supervisor.settings;
    if (!node || node.status === 'down' || !settings) return;
    const wasLeading = node.view.role === 'leading';
    this.supervisor.crash(id);
    this.log({ kind: 'crash', node: id, wasLeading, detection: detectionOf(settings) });
  }

  kill(id: ServerId): void {
    const node = this.supervisor.node(id);
    if (!node || node.status === 'down') return;
    this.supervisor.kill(id);
    this.log({ kind: 'kill', node: id });
  }

  pause(id: ServerId): void {
    if (this.supervisor.node(id)?.status !== 'up') return;
    this.supervisor.pause(id);
    this.log({ kind: 'pause', node: id });
  }

  resume(id: ServerId): void {
    if (this.supervisor.node(id)?.status !== 'paused') return;
    this.log({ kind: 'resume', node: id });
    this.supervisor.resume(id);
  }

  /** The supervisor logs the restart once the new process has read its disk. */
  restart(id: ServerId): void {
    this.supervisor.restart(id);
    this.requestUpdate();
  }

  isolate(id: ServerId): void {
    const ids = this.supervisor.ids;
    this.supervisor.mutateNetwork((n) => n.isolate(id, ids));
    this.log({ kind: 'isolate', node: id });
  }

  // ------------------------------------------------------------------ network faults

  /**
   * Runs a request the runtime may refuse (a bad partition, an unknown client): a refusal is told in
   * the log, never thrown at the UI, as the simulated driver does. Returns whether it was done.
   */
  private attempt(change: () => void): boolean {
    try {
      change();
      return true;
    } catch (error) {
      this.log({ kind: 'refused', node: null, error: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }

  cut(link: LinkRef, both: boolean): void {
    if (!this.attempt(() => this.supervisor.mutateNetwork((n) => (both ? n.cutBoth(link.from, link.to) : n.cut(link.from, link.to))))) return;
    this.log({ kind: 'cut', node: link.from, peers: [link.to], link, both });
  }

  restoreLink(link: LinkRef, both: boolean): void {
    const done = this.attempt(() =>
      this.supervisor.mutateNetwork((n) => {
        n.restore(link.from, link.to);
        if (both) n.restore(link.to, link.from);
      }),
    );
    if (done) this.log({ kind: 'restore-link', node: link.from, peers: [link.to], link, both });
  }

  partition(groups: ServerId[][]): void {
    if (!this.attempt(() => this.supervisor.mutateNetwork((n) => n.partition(groups)))) return;
    this.log({ kind: 'partition', node: null, peers: groups.flat(), groups });
  }

  healFault(faultId: string): void {
    const fault = this.supervisor.network.activeFaults().find((f) => f.id === faultId);
    let healed = false;
    this.supervisor.mutateNetwork((n) => {
      healed = n.healFault(faultId);
    });
    if (fault && healed) this.log({ kind: 'heal', node: null, fault });
  }

  healAll(): void {
    this.supervisor.mutateNetwork((n) => n.healAll());
    this.log({ kind: 'heal', node: null, fault: null });
  }

  setDrop(ratePercent: number, link?: LinkRef): void {
    if (!this.attempt(() => this.supervisor.mutateNetwork((n) => n.setDrop(ratePercent / 100, link)))) return;
    this.log({ kind: 'drop', node: link ? link.from : null, ratePercent, link: link ?? null });
  }

  setDelay(latencyMs: number, jitterMs: number, link?: LinkRef): void {
    if (!this.attempt(() => this.supervisor.mutateNetwork((n) => n.setDelay(latencyMs, jitterMs, link)))) return;
    this.log({ kind: 'delay', node: link ? link.from : null, latencyMs, jitterMs, link: link ?? null });
  }

  // ------------------------------------------------------------------ time

  setSpeed(speed: number): void {
    if (!Number.isFinite(speed)) return;
    this.speed = Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
    this.supervisor.setSpeed(this.speed);
    this.requestUpdate();
  }

  setPausedAll(paused: boolean): void {
    this.supervisor.setPausedAll(paused);
    this.requestUpdate();
  }

  setAnimateMessages(on: boolean): void {
    this.animate = on;
    this.flights.clear();
    this.supervisor.setAnimate(on);
  }

  // ------------------------------------------------------------------ clients

  connectClient(name: string, server: ServerId, timeoutMs: number): void {
    this.attempt(() => this.supervisor.connectClient(name, server, timeoutMs));
  }

  clientOp(name: string, op: UserOp): number | null {
    const sent = this.attempt(() => this.supervisor.clientOp(name, op));
    return sent ? (this.supervisor.clientViews().find((c) => c.name === name)?.lastCallId ?? null) : null;
  }

  disconnectClient(name: string): void {
    this.attempt(() => this.supervisor.disconnectClient(name));
  }
}
