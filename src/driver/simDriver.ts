import { SimCluster, type TimelineEvent } from '../sim/cluster.ts';
import { FlightSampler, DEFAULT_FLIGHTS_PER_UPDATE } from './flightSampler.ts';
import { MessageLog } from './messageLog.ts';
import { summarizeSegment } from './messageSummary.ts';
import { browserFrameClock, type FrameClock } from './frameClock.ts';
import type { UnstampedAction } from '../host/actionRecords.ts';
import { CommandDriver, type ClusterPort } from './commandDriver.ts';
import { SimSnapshotter } from './simSnapshot.ts';
import type { Action } from '../sim/scenario.ts';
import { ManualFrameClock } from './manualFrameClock.ts';
import { forkAt, playScript, type ScriptOutcome } from './scriptRun.ts';
import { buildTrace } from './traceBuild.ts';
import { printRecording } from './scriptText.ts';
import { MAX_SIM_WORK } from '../core/limits.ts';
import { pausesOn } from './autoPause.ts';
import { SIM_CAPABILITIES } from './capabilities.ts';
import { StepProbe, runToNext } from './simStep.ts';
import type { ClusterSpec, DeliveryHealth, DriverCapabilities, DriverUpdate, StepKind, StepPhase, StepResult, TimelineEntry } from './types.ts';

// The simulated ClusterDriver: the deterministic SimCluster, paced by real time for the UI.
// Simulated ms = real ms × speed. The clock stops while everything is paused and while the page is
// hidden, so no timer "fires all at once" on return. Updates go out at most once per frame.

/** Real ms one frame may account for: after a stall the simulation resumes instead of leaping. */
export const MAX_FRAME_REAL_MS = 100;
/** Real ms of simulation work per frame; beyond it the simulated clock gives way to keep frames short. */
export const FRAME_WORK_BUDGET_MS = 12;
/** The "falling behind" warning needs the budget to run out in this many frames within a second: */
/** an election burst that costs a few frames is not worth an alarm, a cluster that never keeps up is. */
const BEHIND_FRAMES = 8;
const BEHIND_WINDOW_MS = 1000;
/** Events kept while nobody listens (or between frames), oldest dropped first. */
const MAX_PENDING_EVENTS = 2000;
/** How often (in processed events) the work budget is checked; reading the clock is not free. */
const BUDGET_CHECK_EVERY = 256;
const INTERVAL_SLACK_MS = 4;

/**
 * Least real time between two updates, by cluster size: 30 a second up to 25 servers (ages and arcs
 * still move smoothly, and an idle page stays cheap), 20 up to 51, 15 beyond, where one update
 * redraws more than a frame comfortably holds. The clock itself advances every frame, and an
 * action always shows on the next frame.
 */
export function updateIntervalMs(serverCount: number): number {
  if (serverCount > 51) return 66;
  if (serverCount > 25) return 50;
  return 33;
}

export interface SimDriverOptions {
  clock?: FrameClock;
  flightsPerUpdate?: number;
  workBudgetMs?: number;
  /**
   * The simulated clock is moved from outside, by runTo (a SharedSimClock: compare mode's two
   * clusters under one clock); frames then only send updates and never advance it themselves.
   */
  pacedExternally?: boolean;
}

export class SimDriver extends CommandDriver {
  readonly kind = 'simulated' as const;
  readonly capabilities: DriverCapabilities = SIM_CAPABILITIES;
  private readonly clock: FrameClock;
  private readonly workBudgetMs: number;
  private readonly pacedExternally: boolean;
  private readonly flights: FlightSampler;
  private readonly stopVisibility: () => void;
  private cluster: SimCluster | null = null;
  private snapshotter = new SimSnapshotter();
  /** Every server-to-server message, for the space-time diagram; a new one per run. */
  private messageLog = new MessageLog({ sampled: false });
  private pendingEvents: TimelineEntry[] = [];
  private nextEntryId = 1;
  private pausedAll = false;
  private animate = true;
  /** Simulated time with its fraction; the cluster runs to its whole part. */
  private simExactMs = 0;
  /** Real time of the last frame that advanced the clock; null when the next frame is a fresh start. */
  private lastRealMs: number | null = null;
  private frameHandle: number | null = null;
  /** Real time of the last update sent, and whether the next frame must send one regardless. */
  private lastEmitMs = -Infinity;
  private urgent = true;
  private intervalMs = 0;
  /** Real times of recent frames that ran out of work budget. */
  private overBudgetMs: number[] = [];
  /** Sees each new cluster before its servers start (a headless trace export listens to it). */
  private clusterObserver: ((cluster: SimCluster) => void) | null = null;
  /** The record an auto-pause stopped at, for the next update. */
  private pausedBy: TimelineEntry | null = null;
  /** Set by onEvent when a record matches the auto-pause toggles while the clock runs. */
  private autoPauseHit: TimelineEntry | null = null;
  /** While a step runs: it counts the records (and, for an event step, holds back all but the first). */
  private stepProbe: StepProbe | null = null;
  private holdAfterFirst = false;
  /** Records of one server step beyond the one an event step showed; the next event steps show them. */
  private heldEvents: TimelineEntry[] = [];
  /** The phase the last step stopped at, while nothing else happened since (see StepProbe). */
  private lastStepPhase: StepPhase | null = null;

  constructor(options: SimDriverOptions = {}) {
    super();
    this.clock = options.clock ?? browserFrameClock();
    this.workBudgetMs = options.workBudgetMs ?? FRAME_WORK_BUDGET_MS;
    this.pacedExternally = options.pacedExternally ?? false;
    this.flights = new FlightSampler(options.flightsPerUpdate ?? DEFAULT_FLIGHTS_PER_UPDATE);
    this.stopVisibility = this.clock.onVisibilityChange(() => this.onVisibilityChange());
    this.setScriptPrinter(printRecording);
  }

  /** The simulated clock, ms (for tests and diagnostics). */
  get timeMs(): number {
    return this.cluster ? this.cluster.nowMs : 0;
  }

  nowMs(): number {
    return this.timeMs;
  }

  /** The wrapped simulator, for tests only: the UI reads snapshots. */
  get simCluster(): SimCluster | null {
    return this.cluster;
  }

  // ------------------------------------------------------------------ lifecycle

  start(spec: ClusterSpec): void {
    this.cancelFrame();
    this.beginRecording(spec);
    const cluster = new SimCluster({ settings: spec.settings, seed: spec.seed, latencyMs: spec.latencyMs, jitterMs: spec.jitterMs, recordEvents: false });
    cluster.eventListener = (event) => this.onEvent(event);
    this.cluster = cluster;
    this.snapshotter = new SimSnapshotter();
    this.pendingEvents = [];
    this.heldEvents = [];
    this.pausedBy = null;
    this.autoPauseHit = null;
    this.flights.clear();
    this.attachMessageListener();
    this.messageLog = new MessageLog({ sampled: false });
    const log = this.messageLog;
    cluster.packetListener = (from, to, segment, sentMs, deliverMs, held) => log.append(from, to, segment.type, sentMs, deliverMs, held, summarizeSegment(segment));
    this.simExactMs = 0;
    this.lastRealMs = null;
    this.intervalMs = updateIntervalMs(spec.settings.voters.length + spec.settings.observers.length);
    this.urgent = true;
    this.clusterObserver?.(cluster);
    cluster.startAll();
    this.requestFrame();
  }

  dispose(): void {
    this.cancelFrame();
    this.stopVisibility();
    this.listeners.clear();
    if (this.cluster) {
      this.cluster.eventListener = null;
      this.cluster.messageListener = null;
      this.cluster.packetListener = null;
    }
    this.cluster = null;
  }

  protected subscribed(): void {
    this.changed();
  }

  // ------------------------------------------------------------------ time

  /** Read at every frame: nothing to do now. */
  protected speedChanged(): void {}

  setPausedAll(paused: boolean): void {
    if (!paused) {
      this.flushHeld();
      this.lastStepPhase = null;
    }
    this.pausedAll = paused;
    this.lastRealMs = null;
    this.urgent = true;
    this.requestFrame();
  }

  setAnimateMessages(on: boolean): void {
    this.animate = on;
    this.flights.clear();
    this.attachMessageListener();
  }

  private clockRuns(): boolean {
    return this.cluster !== null && !this.pacedExternally && !this.pausedAll && !this.clock.isHidden();
  }

  private onVisibilityChange(): void {
    // Hidden: stop. Visible again: the next frame is a fresh start, so the hidden time never counts.
    this.lastRealMs = null;
    if (this.clock.isHidden()) this.cancelFrame();
    else this.requestFrame();
  }

  private readonly onFrame = (): void => {
    this.frameHandle = null;
    if (!this.cluster) return;
    const nowMs = this.clock.nowMs();
    if (this.clockRuns()) this.advance(this.cluster, nowMs);
    else this.lastRealMs = null;
    // A few ms of slack, so a 50 ms interval means every third 60 Hz frame despite frame jitter.
    if (this.urgent || nowMs - this.lastEmitMs >= this.intervalMs - INTERVAL_SLACK_MS) this.emit(nowMs);
    if (this.clockRuns()) this.requestFrame();
  };

  private advance(cluster: SimCluster, nowMs: number): void {
    if (this.lastRealMs === null) {
      this.lastRealMs = nowMs;
      return;
    }
    const realMs = Math.min(Math.max(0, nowMs - this.lastRealMs), MAX_FRAME_REAL_MS);
    this.lastRealMs = nowMs;
    this.simExactMs += realMs * this.speed;
    const outcome = this.runWithinBudget(cluster, Math.floor(this.simExactMs), nowMs);
    if (outcome === 'over-budget') {
      // Out of time this frame: the simulated clock slows down rather than freezing the page.
      this.simExactMs = cluster.nowMs;
      this.overBudgetMs.push(nowMs);
    } else if (outcome === 'auto-paused') {
      // Stopped right after the server step that recorded it: the clock stands at that record.
      this.simExactMs = cluster.nowMs;
      this.pausedAll = true;
      this.pausedBy = this.autoPauseHit;
      this.autoPauseHit = null;
      this.lastRealMs = null;
      this.urgent = true;
    }
  }

  /** Runs the cluster to `targetMs`, unless the frame's work budget runs out or an auto-pause hits first. */
  private runWithinBudget(cluster: SimCluster, targetMs: number, frameStartMs: number): 'done' | 'over-budget' | 'auto-paused' {
    let processed = 0;
    this.autoPauseHit = null;
    while (cluster.nextEventMs <= targetMs) {
      cluster.processNext();
      if (this.autoPauseHit) return 'auto-paused';
      processed++;
      if (processed % BUDGET_CHECK_EVERY === 0 && this.clock.nowMs() - frameStartMs > this.workBudgetMs) return 'over-budget';
    }
    cluster.runUntil(targetMs);
    return 'done';
  }

  // ------------------------------------------------------------------ stepping

  /**
   * Pauses, runs the cluster exactly to the next timeline event, message delivery or phase, and
   * shows it at once. One server step may record several events at one instant (a suspicion, then
   * LOOKING): an event step shows the first and holds the rest back for the next event steps, so
   * each shows exactly one; the servers' state already includes the whole step.
   */
  step(kind: StepKind): StepResult {
    const cluster = this.cluster;
    const fromMs = cluster ? cluster.nowMs : 0;
    if (!cluster) return { kind, reached: false, fromMs, atMs: fromMs, events: 0, held: 0 };
    this.pausedAll = true;
    this.lastRealMs = null;
    this.cancelFrame();
    let result: StepResult;
    if (kind === 'event' && this.heldEvents.length > 0) {
      this.pendingEvents.push(this.heldEvents.shift()!);
      result = { kind, reached: true, fromMs, atMs: fromMs, events: 1, held: this.heldEvents.length };
    } else {
      const shownBefore = this.flushHeld();
      const probe = new StepProbe(this.lastStepPhase);
      this.stepProbe = probe;
      this.holdAfterFirst = kind === 'event';
      try {
        const run = runToNext(cluster, kind, probe);
        const events = kind === 'event' ? Math.min(1, probe.records) : probe.records;
        result = { kind, ...run, fromMs, atMs: cluster.nowMs, events: shownBefore + events, held: this.heldEvents.length };
        if (run.phase) this.lastStepPhase = run.phase;
      } finally {
        this.stepProbe = null;
        this.holdAfterFirst = false;
      }
    }
    this.simExactMs = cluster.nowMs;
    this.urgent = true;
    this.emit(this.clock.nowMs());
    return result;
  }

  /** Shows every held record now (the run goes on, or a step of another kind); returns how many. */
  private flushHeld(): number {
    const count = this.heldEvents.length;
    if (count > 0) this.pendingEvents.push(...this.heldEvents);
    this.heldEvents = [];
    return count;
  }

  private requestFrame(): void {
    if (this.frameHandle === null && this.cluster !== null) this.frameHandle = this.clock.requestFrame(this.onFrame);
  }

  private cancelFrame(): void {
    if (this.frameHandle !== null) this.clock.cancelFrame(this.frameHandle);
    this.frameHandle = null;
  }

  // ------------------------------------------------------------------ output

  private emit(nowMs: number): void {
    if (!this.cluster || this.listeners.size === 0) return;
    this.urgent = false;
    this.lastEmitMs = nowMs;
    while (this.overBudgetMs.length > 0 && this.overBudgetMs[0]! < nowMs - BEHIND_WINDOW_MS) this.overBudgetMs.shift();
    const health: DeliveryHealth = { lagP50Ms: 0, lagP99Ms: 0, behind: this.overBudgetMs.length >= BEHIND_FRAMES };
    const update: DriverUpdate = {
      snapshot: this.snapshotter.snapshot(this.cluster, health),
      events: this.pendingEvents,
      messages: this.flights.take(),
      log: this.messageLog,
      ...(this.pausedBy ? { pausedBy: this.pausedBy } : {}),
    };
    this.pendingEvents = [];
    this.pausedBy = null;
    this.send(update);
  }

  private onEvent(event: TimelineEvent): void {
    const entry: TimelineEntry = { ...event, id: this.nextEntryId++ };
    const probe = this.stepProbe;
    if (probe) {
      probe.onRecord(event);
      if (this.holdAfterFirst && probe.records > 1) {
        this.heldEvents.push(entry);
        return;
      }
    } else {
      // Anything new (an action, the run going on) comes after what a step held back.
      this.flushHeld();
      if (!this.pausedAll && this.autoPauseHit === null && pausesOn(event, this.autoPauseOn)) this.autoPauseHit = entry;
    }
    this.pendingEvents.push(entry);
    if (this.pendingEvents.length > MAX_PENDING_EVENTS) this.pendingEvents.splice(0, this.pendingEvents.length - MAX_PENDING_EVENTS);
  }

  private attachMessageListener(): void {
    if (!this.cluster) return;
    this.cluster.messageListener = this.animate
      ? (from, to, type, sentMs, deliverMs) => {
          // Client traffic has no link in the topology; only server-to-server messages are drawn.
          if (typeof from === 'number' && typeof to === 'number') this.flights.offer(from, to, type, sentMs, deliverMs);
        }
      : null;
  }

  /** Records what the user did in the timeline, so the log tells the whole story in order. */
  protected log(action: UnstampedAction): void {
    if (!this.cluster) return;
    this.cluster.record({ ...action, t: this.cluster.nowMs });
  }

  protected changed(): void {
    // An action starts a new story: its first suspicion is a phase again.
    this.lastStepPhase = null;
    this.urgent = true;
    this.requestFrame();
  }

  // ------------------------------------------------------------------ scripts (scriptRun.ts, replay.ts)

  /** Plays a script from a fresh cluster; with `atMs`, runs there at once and pauses. Refused scripts change nothing. */
  playScript(text: string, options: { atMs?: number } = {}): ScriptOutcome {
    return playScript(this, text, options);
  }

  /** Rebuilds the run from the recording's actions at or before `atMs`, runs to `atMs`, and pauses there. */
  forkAt(atMs: number): void {
    forkAt(this, atMs);
  }

  /** The JSON trace of the run up to `atMs`, regenerated by a headless replay of the recording. */
  exportTrace(atMs: number): { ok: true; text: string } | { ok: false; message: string } {
    const headless = new SimDriver({ clock: new ManualFrameClock() });
    try {
      return buildTrace(headless, this.recording.scriptUpTo(atMs), atMs);
    } finally {
      headless.dispose();
    }
  }

  observe(listener: (cluster: SimCluster) => void): void {
    this.clusterObserver = listener;
  }

  recordedRun() {
    return { spec: this.recording.recordedSpec, steps: this.recording.recordedSteps };
  }

  recordApplied(action: Action): void {
    if (!this.cluster) return;
    this.recording.add(this.cluster.nowMs, action);
    this.changed();
  }

  /**
   * Runs the simulation to `atMs` now, without waiting for frames; the clock then goes on from there.
   * Stops short after `maxEvents` simulator events (the CLI's work bound): false then.
   */
  runTo(atMs: number, maxEvents = MAX_SIM_WORK): boolean {
    const c = this.cluster;
    if (!c) return true;
    let events = 0;
    while (c.nextEventMs <= atMs && events < maxEvents) {
      c.processNext();
      events++;
    }
    const reached = c.nextEventMs > atMs;
    if (reached) c.runUntil(Math.max(c.nowMs, atMs));
    this.simExactMs = c.nowMs;
    this.lastRealMs = null;
    this.changed();
    return reached;
  }

  protected port(): ClusterPort | null {
    const c = this.cluster;
    if (!c) return null;
    // A person acts between frames, after every event of this ms: a frame cut short by its work
    // budget may have left some, and a replay (replay.ts) must find the same state.
    c.runUntil(c.nowMs);
    return {
      ids: c.ids,
      settings: c.settings,
      nowMs: () => c.nowMs,
      status: (id) => c.status(id),
      isLeading: (id) => c.server(id).role === 'leading',
      crash: (id) => c.crash(id),
      kill: (id) => c.kill(id),
      pause: (id) => c.pause(id),
      resume: (id) => c.resume(id),
      restart: (id) => c.restart(id),
      activeFaults: () => c.network.activeFaults(),
      mutateNetwork: (change) => change(c.network),
      connectClient: (name, server, timeoutMs) => c.connectClient(name, server, timeoutMs),
      clientOp: (name, op) => c.clientOp(name, op),
      disconnectClient: (name) => c.vanishClient(name),
    };
  }
}
