import type { FrameClock } from './frameClock.ts';
import { MAX_SPEED, MIN_SPEED } from './spec.ts';

// One simulated clock for several simulated drivers (compare mode): every frame it moves on by the
// real time passed × speed, and runs each driver to exactly that moment in the same call, so the
// clusters never stand at different times between two frames. Pausing, speed and stepping are the
// clock's, hence apply to all of them at once. The drivers must be built with pacedExternally.

/** What the clock needs of a driver: SimDriver's runTo and its time. */
export interface LockstepDriver {
  runTo(atMs: number): boolean;
  readonly timeMs: number;
}

/** Real ms one frame may account for (as the simulated driver's own pacing): a stall resumes, it does not leap. */
export const SHARED_MAX_FRAME_REAL_MS = 100;

export interface SharedClockState {
  timeMs: number;
  speed: number;
  paused: boolean;
}

export class SharedSimClock {
  private readonly listeners = new Set<(state: SharedClockState) => void>();
  private readonly stopVisibility: () => void;
  /** Simulated time with its fraction; the drivers run to its whole part. */
  private exactMs = 0;
  private speedFactor = 1;
  private isPaused = false;
  private lastRealMs: number | null = null;
  private frameHandle: number | null = null;
  private disposed = false;

  constructor(
    private readonly clock: FrameClock,
    private readonly drivers: readonly LockstepDriver[],
  ) {
    this.stopVisibility = clock.onVisibilityChange(() => {
      // Hidden time never counts: the next frame is a fresh start.
      this.lastRealMs = null;
      this.schedule();
    });
  }

  get timeMs(): number {
    return Math.floor(this.exactMs);
  }

  get state(): SharedClockState {
    return { timeMs: this.timeMs, speed: this.speedFactor, paused: this.isPaused };
  }

  /** Starts the frames (again) from `atMs`: call after the drivers (re)started their clusters. */
  restart(atMs = 0): void {
    this.exactMs = atMs;
    this.lastRealMs = null;
    this.runDrivers();
    this.changed();
    this.schedule();
  }

  setSpeed(speed: number): void {
    if (!Number.isFinite(speed)) return;
    this.speedFactor = Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
    this.changed();
  }

  setPaused(paused: boolean): void {
    this.isPaused = paused;
    this.lastRealMs = null;
    this.changed();
    this.schedule();
  }

  /** Pauses and moves every driver on by `ms` of simulated time. */
  stepBy(ms: number): void {
    this.setPaused(true);
    this.runTo(this.timeMs + Math.max(0, ms));
  }

  /** Runs every driver to `atMs` at once (a share link's moment), without waiting for frames. */
  runTo(atMs: number): void {
    this.exactMs = Math.max(this.exactMs, atMs);
    this.runDrivers();
    this.changed();
  }

  /** Called with the clock's state after every change and every frame that moved it. */
  subscribe(listener: (state: SharedClockState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.disposed = true;
    if (this.frameHandle !== null) this.clock.cancelFrame(this.frameHandle);
    this.frameHandle = null;
    this.stopVisibility();
    this.listeners.clear();
  }

  private runs(): boolean {
    return !this.disposed && !this.isPaused && !this.clock.isHidden();
  }

  private schedule(): void {
    if (this.frameHandle === null && this.runs()) this.frameHandle = this.clock.requestFrame(this.onFrame);
  }

  private readonly onFrame = (): void => {
    this.frameHandle = null;
    if (!this.runs()) return;
    const nowMs = this.clock.nowMs();
    if (this.lastRealMs !== null) {
      const realMs = Math.min(Math.max(0, nowMs - this.lastRealMs), SHARED_MAX_FRAME_REAL_MS);
      this.exactMs += realMs * this.speedFactor;
      this.runDrivers();
      this.changed();
    }
    this.lastRealMs = nowMs;
    this.schedule();
  };

  private runDrivers(): void {
    const target = this.timeMs;
    for (const driver of this.drivers) if (driver.timeMs < target) driver.runTo(target);
  }

  private changed(): void {
    const state = this.state;
    for (const listener of [...this.listeners]) listener(state);
  }
}
