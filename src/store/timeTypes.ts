import type { AutoPauseOn, DriverCapabilities, StepKind, StepResult, TimelineEntry } from '../driver/index.ts';
import type { History } from './history.ts';
import type { AppState } from './types.ts';

// The time slice's shape: step, pause-on, slow motion, and the scrubber's history and position.

/** What the screen shows: the live state, or the same fields rebuilt from a recorded frame. */
export type ShownView = Pick<AppState, 'snapshot' | 'nodeById' | 'nodeIds' | 'leader' | 'quorum' | 'faults' | 'links' | 'timeline' | 'recoveries'>;

export interface TimeSlice {
  capabilities: DriverCapabilities;
  history: History;
  /** The frame shown, by its time; null: live. */
  viewAtMs: number | null;
  /** The shown view while scrubbed (see shown.ts); null when live. */
  scrubbed: ShownView | null;
  stepKind: StepKind;
  lastStep: StepResult | null;
  autoPause: AutoPauseOn[];
  /** The record the last auto-pause stopped at, until the run goes on. */
  pausedBy: TimelineEntry | null;
  /** Run elections in slow motion (the speed is cut while some server is LOOKING). */
  slowMotion: boolean;
  /** The speed the driver runs at now: `speed`, or a fraction of it while slow motion holds. */
  effectiveSpeed: number;
  /** Shows the frame at or before `ms` (null: live). With the simulator the run pauses. */
  setViewAtMs(ms: number | null): void;
  /** Moves the scrub position by whole frames; past the newest one it is live again. */
  scrubFrames(delta: number): void;
  backToLive(): void;
  /** Jumps to the moment just before the previous (-1) or next (+1) mark; past the last one, live. */
  scrubToMark(direction: -1 | 1): void;
  /** Steps the simulator (capabilities.step) to the next `kind`, or the chosen step kind. */
  step(kind?: StepKind): void;
  setStepKind(kind: StepKind): void;
  setAutoPause(on: AutoPauseOn, enabled: boolean): void;
  setSlowMotion(on: boolean): void;
  /**
   * Every cluster action asks first (actionGuard.ts). True: go on. While scrubbed into the past the
   * live driver refuses (a notice says why); the simulator will fork there (see forkAt in timeSlice.ts).
   */
  /** Simulator, scrubbed into the past: forks there (see timeSlice.ts); true when it did. */
  forkHere(): boolean;
  beforeAction(): boolean;
}
