import type { ServerId } from '../core/types.ts';
import type { TimelineRecord } from '../runtime/clientHost.ts';
import type { TimerApi } from '../runtime/simScheduler.ts';
import { Supervisor, type LiveNode, type WorkerLike } from '../runtime/supervisor.ts';
import type { SwitchWorkerLike } from '../runtime/switchWorker.ts';
import type { LiveDiagnostics } from './liveDiagnostics.ts';
import { FlightSampler, DEFAULT_FLIGHTS_PER_UPDATE } from './flightSampler.ts';
import { MessageLog } from './messageLog.ts';
import { browserFrameClock, type FrameClock } from './frameClock.ts';
import { LiveInvariantMonitor } from './liveInvariants.ts';
import { linkStateOf } from './linkState.ts';
import type { UnstampedAction } from '../host/actionRecords.ts';
import { RefusedError } from '../net/refusal.ts';
import { CommandDriver, type ClusterPort } from './commandDriver.ts';
import { pausesOn } from './autoPause.ts';
import { LIVE_CAPABILITIES } from './capabilities.ts';
import type { ActiveFault, ClientView, ClusterSpec, DriverCapabilities, DriverSnapshot, DriverUpdate, LinkState, NodeSnapshot, TimelineEntry } from './types.ts';

// The live ClusterDriver: every server in its own Web Worker (src/runtime/supervisor.ts), the
// clients on the main thread. Updates go out at most once per animation frame:
//  - at the next frame when the timeline has news (events, the user's own actions);
//  - otherwise, when a snapshot changed, on a slow tick (2 per second of real time at 1×, up to 20
//    at high speed), which carries the new snapshots and the messages sent since.
// Ages and timeout arcs grow between updates on the page's own frame clock (store/nowClock.ts), so
// a quiet cluster sends nothing. Each update repaints most of the page, which is most of the CPU
// an idle cluster costs (measured: 10 updates/s ≈ 10% of a core at 5 servers, 4/s ≈ 6%).
// When requestAnimationFrame does not run (a hidden or headless background page), a timer stands
// in for it.

/** Updates per second of real time at 1× while nothing urgent happens. */
export const DEFAULT_IDLE_UPDATE_HZ = 2;
/** The tick follows the speed (arcs move faster), but never more often than this, ms. */
const MIN_TICK_MS = 50;
/** How long to wait for an animation frame before a timer delivers the update instead, ms. */
const FRAME_FALLBACK_MS = 100;
/** Events kept while nobody listens (or between frames), oldest dropped first. */
const MAX_PENDING_EVENTS = 2000;

export interface LiveDriverOptions {
  clock?: FrameClock;
  spawnWorker?: () => WorkerLike;
  /** The switch between the servers (tests: a fake, or null when the workers never talk). */
  spawnSwitch?: (() => SwitchWorkerLike) | null;
  /** Real time for the runtime (tests); the page's clock by default. */
  timers?: TimerApi;
  idleUpdateHz?: number;
  flightsPerUpdate?: number;
  /** Workers spawned per batch (large clusters). */
  spawnBatch?: number;
  watchdogLagMs?: number;
  /** Installs `globalThis.__zkLive` for end-to-end tests and benchmarks; by default only when the page's URL asks (`?testHooks=1`). */
  testHooks?: boolean;
}

/** Whether a page's query string asks for the test hook: `testHooks=1` (or `true`). */
export function testHooksRequested(search: string): boolean {
  const value = new URLSearchParams(search).get('testHooks');
  return value === '1' || value === 'true';
}

function pageAsksForTestHooks(): boolean {
  const location = (globalThis as { location?: { search?: string } }).location;
  return testHooksRequested(location?.search ?? '');
}

interface DiagnosticsHook {
  __zkLive?: { diagnostics(options?: { resetLag?: boolean }): Promise<LiveDiagnostics> };
}

interface NodeCache {
  version: number;
  snapshot: NodeSnapshot;
}

export class LiveDriver extends CommandDriver {
  readonly kind = 'live' as const;
  /** Workers run on their own clocks: no stepping, and an auto-pause lands as soon as the record arrives. */
  readonly capabilities: DriverCapabilities = LIVE_CAPABILITIES;
  private pausedAll = false;
  /** The record an auto-pause stopped at, for the next update. */
  private pausedBy: TimelineEntry | null = null;
  private readonly clock: FrameClock;
  private readonly supervisor: Supervisor;
  private readonly flights: FlightSampler;
  private readonly idleHz: number;
  private readonly stopVisibility: () => void;
  // The hook's code loads when a test first asks (liveDiagnostics.ts): no page's first load carries it.
  private readonly hook = { diagnostics: (options?: { resetLag?: boolean }) => import('./liveDiagnostics.ts').then((m) => m.liveDiagnostics(this.supervisor, this.updates, options)) };
  private monitor = new LiveInvariantMonitor();
  /** The flights telemetry samples (not every message), for the space-time diagram; a new one per run. */
  private messageLog = new MessageLog({ sampled: true });
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
    super();
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
          this.messageLog.append(f.from, f.to, f.type, f.sentMs, f.deliverMs, false, null);
          if (this.animate) this.flights.offer(f.from, f.to, f.type, f.sentMs, f.deliverMs);
        },
        onChange: () => this.scheduleTick(),
      },
      ...(options.spawnWorker ? { spawnWorker: options.spawnWorker } : {}),
      ...(options.spawnSwitch !== undefined ? { spawnSwitch: options.spawnSwitch } : {}),
      ...(options.timers ? { timers: options.timers } : {}),
      ...(options.spawnBatch ? { spawnBatch: options.spawnBatch } : {}),
      ...(options.watchdogLagMs ? { watchdogLagMs: options.watchdogLagMs } : {}),
    });
    this.supervisor.setHidden(this.clock.isHidden());
    this.stopVisibility = this.clock.onVisibilityChange(() => this.supervisor.setHidden(this.clock.isHidden()));
    // Production pages carry no global handle into the runtime; tests ask for it in the URL.
    if (options.testHooks ?? pageAsksForTestHooks()) (globalThis as DiagnosticsHook).__zkLive = this.hook;
  }

  /** The runtime underneath, for diagnostics, benchmarks and end-to-end checks only. */
  get runtime(): Supervisor {
    return this.supervisor;
  }

  // ------------------------------------------------------------------ lifecycle

  start(spec: ClusterSpec): void {
    this.monitor = new LiveInvariantMonitor();
    this.messageLog = new MessageLog({ sampled: true });
    this.pendingEvents = [];
    this.pausedBy = null;
    this.flights.clear();
    this.nodeCache.clear();
    this.running = true;
    this.beginRecording(spec);
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

  protected subscribed(): void {
    this.requestUpdate();
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
    const update: DriverUpdate = { snapshot: this.snapshot(), events: this.pendingEvents, messages: this.flights.take(), log: this.messageLog, ...(this.pausedBy ? { pausedBy: this.pausedBy } : {}) };
    this.updates++;
    this.pendingEvents = [];
    this.pausedBy = null;
    this.send(update);
  }

  // ------------------------------------------------------------------ snapshots

  nowMs(): number {
    return this.supervisor.timeMs();
  }

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
    const entry: TimelineEntry = { ...record, id: this.nextEntryId++ };
    this.pendingEvents.push(entry);
    if (!this.pausedAll && pausesOn(record, this.autoPauseOn)) {
      this.setPausedAll(true);
      this.pausedBy = entry;
    }
    // Trimmed in halves, not per push: a storm of thousands must not cost a shift per event.
    if (this.pendingEvents.length > 2 * MAX_PENDING_EVENTS) this.pendingEvents = this.pendingEvents.slice(-MAX_PENDING_EVENTS);
    this.requestUpdate();
  }

  /** Records what the user did, so the log tells the whole story in order. */
  protected log(action: UnstampedAction): void {
    this.onRecord({ ...action, t: this.supervisor.timeMs() });
  }

  protected changed(): void {
    this.requestUpdate();
  }

  protected port(): ClusterPort | null {
    const sup = this.supervisor;
    const settings = sup.settings;
    if (!settings) return null;
    return {
      ids: sup.ids,
      settings,
      nowMs: () => sup.timeMs(),
      status: (id) => sup.node(id)!.status,
      isLeading: (id) => sup.node(id)!.view.role === 'leading',
      crash: (id) => sup.crash(id),
      kill: (id) => sup.kill(id),
      pause: (id) => sup.pause(id),
      resume: (id) => sup.resume(id),
      restart: (id) => sup.restart(id),
      activeFaults: () => sup.network.activeFaults(),
      mutateNetwork: (change) => sup.mutateNetwork(change),
      connectClient: (name, server, timeoutMs) => sup.connectClient(name, server, timeoutMs),
      clientOp: (name, op) => {
        if (!sup.hasClient(name)) throw new RefusedError({ why: 'no-client', client: name });
        if (!sup.clientsReady) throw new RefusedError({ why: 'client-starting', client: name });
        sup.clientOp(name, op);
        return sup.clientViews().find((c) => c.name === name)!.lastCallId;
      },
      disconnectClient: (name) => {
        if (!sup.hasClient(name)) throw new RefusedError({ why: 'no-client', client: name });
        sup.disconnectClient(name);
      },
    };
  }

  override prepareClients(): Promise<void> {
    return this.supervisor.prepareClients();
  }

  // ------------------------------------------------------------------ time

  protected speedChanged(): void {
    this.supervisor.setSpeed(this.speed);
    this.requestUpdate();
  }

  setPausedAll(paused: boolean): void {
    this.pausedAll = paused;
    this.supervisor.setPausedAll(paused);
    this.requestUpdate();
  }

  setAnimateMessages(on: boolean): void {
    this.animate = on;
    this.flights.clear();
    this.supervisor.setAnimate(on);
  }
}
