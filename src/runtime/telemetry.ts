import type { CoreEvent, ServerId } from '../core/types.ts';
import type { TimelineRecord } from '../host/records.ts';
import { LagCounter } from './lagHistogram.ts';
import type { FlightWire, FromWorker, ReplyWire, SnapshotWire, TelemetryMessage, TimedEvent, TransportCounters } from './protocol.ts';
import type { TimerApi } from './simScheduler.ts';

// What a worker tells the main thread, batched (DESIGN §4): snapshots at most 10 per second,
// events and client replies promptly but one post per macrotask, a capped sample of sent messages
// for the animation, and the delivery-lag histogram for the watchdog.

export const SNAPSHOT_INTERVAL_MS = 100;

/**
 * Telemetry pacing for a cluster size. Small clusters get the full 10 snapshots/s and events at the
 * end of each macrotask; large ones fewer snapshots and events coalesced per frame or so, because
 * in an election storm every one of 101 workers has news in almost every task, and the main thread
 * paid for each post (measured: 10% of its time). The UI shows at most one update per frame anyway.
 */
export function telemetryPacing(clusterSize: number): { snapshotIntervalMs: number; promptIntervalMs: number } {
  return {
    snapshotIntervalMs: Math.min(500, Math.max(SNAPSHOT_INTERVAL_MS, clusterSize * 2.5)),
    promptIntervalMs: clusterSize <= 9 ? 0 : Math.min(50, Math.max(16, clusterSize / 2)),
  };
}
/** Sent messages sampled per snapshot interval, per server, when the animation is on. */
export const FLIGHTS_PER_INTERVAL = 12;

export interface TelemetryOptions {
  id: ServerId;
  timers: TimerApi;
  defer: (fn: () => void) => void;
  post: (message: FromWorker) => void;
  /** Builds a snapshot of the core; called at most once per interval. */
  snapshot: () => SnapshotWire | null;
  counters?: () => TransportCounters;
  intervalMs?: number;
  /** Minimum real ms between two prompt (event) posts; 0: one per macrotask. */
  promptIntervalMs?: number;
}

export class TelemetryBatcher {
  private readonly o: TelemetryOptions;
  private readonly intervalMs: number;
  private readonly promptIntervalMs: number;
  private lastPromptRealMs = -Infinity;
  private events: TimedEvent[] = [];
  private records: TimelineRecord[] = [];
  private replies: ReplyWire[] = [];
  private flights: FlightWire[] = [];
  private flightsThisInterval = 0;
  private readonly lag = new LagCounter();
  private dirty = false;
  private promptQueued = false;
  private snapshotTimer: unknown = null;
  private lastSnapshotRealMs = -Infinity;
  private stopped = false;
  animate: boolean;

  constructor(options: TelemetryOptions, animate = false) {
    this.o = options;
    this.intervalMs = options.intervalMs ?? SNAPSHOT_INTERVAL_MS;
    this.promptIntervalMs = options.promptIntervalMs ?? 0;
    this.animate = animate;
  }

  event(t: number, event: CoreEvent): void {
    this.events.push({ t, event });
    this.queuePrompt();
  }

  record(record: TimelineRecord): void {
    this.records.push(record);
    this.queuePrompt();
  }

  reply(reply: ReplyWire): void {
    this.replies.push(reply);
    this.queuePrompt();
  }

  flight(flight: FlightWire): void {
    if (!this.animate || this.flightsThisInterval >= FLIGHTS_PER_INTERVAL) return;
    this.flightsThisInterval++;
    this.flights.push(flight);
  }

  lagSample(lagRealMs: number): void {
    this.lag.add(lagRealMs);
  }

  /** The core changed: a snapshot goes out within the interval, never more often. */
  markDirty(): void {
    this.dirty = true;
    if (this.snapshotTimer !== null || this.stopped) return;
    const waitMs = Math.max(0, this.lastSnapshotRealMs + this.intervalMs - this.o.timers.realNowMs());
    this.snapshotTimer = this.o.timers.setTimer(this.onSnapshotTimer, waitMs);
  }

  stop(): void {
    this.stopped = true;
    if (this.snapshotTimer !== null) this.o.timers.clearTimer(this.snapshotTimer);
    this.snapshotTimer = null;
  }

  private queuePrompt(): void {
    if (this.promptQueued || this.stopped) return;
    this.promptQueued = true;
    const waitMs = this.lastPromptRealMs + this.promptIntervalMs - this.o.timers.realNowMs();
    if (waitMs <= 0) this.o.defer(this.flushPrompt);
    else this.o.timers.setTimer(this.flushPrompt, waitMs);
  }

  private readonly flushPrompt = (): void => {
    this.promptQueued = false;
    if (this.stopped || (this.events.length === 0 && this.records.length === 0 && this.replies.length === 0)) return;
    this.lastPromptRealMs = this.o.timers.realNowMs();
    this.post(undefined);
  };

  private readonly onSnapshotTimer = (): void => {
    this.snapshotTimer = null;
    if (this.stopped) return;
    this.lastSnapshotRealMs = this.o.timers.realNowMs();
    this.flightsThisInterval = 0;
    const snapshot = this.dirty ? this.o.snapshot() : null;
    this.dirty = false;
    this.post(snapshot ?? undefined);
  };

  private post(snapshot: SnapshotWire | undefined): void {
    const message: TelemetryMessage = {
      type: 'telemetry',
      id: this.o.id,
      events: this.events,
      records: this.records,
      flights: this.flights,
      replies: this.replies,
      lag: this.lag.empty ? [] : this.lag.take(),
    };
    if (snapshot) message.snapshot = snapshot;
    if (snapshot && this.o.counters) message.counters = this.o.counters();
    this.events = [];
    this.records = [];
    this.flights = [];
    this.replies = [];
    this.o.post(message);
  }
}
