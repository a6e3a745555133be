import { realDelayMs, simNowMs, type ClockState } from './simClock.ts';
import { TimeHeap } from './timeHeap.ts';

// Runs items when the simulated clock reaches their time, with one real timer for the earliest.
// Used by the worker host (core timers, held messages) and by the supervisor (clients). While the
// clock is frozen no real timer is armed at all, which is what keeps an idle or hidden page cheap.

/** The real-time services a host needs; injected so the logic runs in node tests with fake time. */
export interface TimerApi {
  /** Real wall-clock ms, comparable across contexts (performance.timeOrigin + performance.now()). */
  realNowMs(): number;
  setTimer(callback: () => void, delayMs: number): unknown;
  clearTimer(handle: unknown): void;
}

export class SimScheduler<T> {
  private readonly heap = new TimeHeap<T>();
  private readonly timers: TimerApi;
  private readonly run: (item: T) => void;
  private clockState: ClockState;
  private handle: unknown = null;
  private armedAtSimMs = Infinity;
  private pumping = false;
  private disposed = false;

  constructor(timers: TimerApi, clock: ClockState, run: (item: T) => void) {
    this.timers = timers;
    this.clockState = clock;
    this.run = run;
  }

  get clock(): ClockState {
    return this.clockState;
  }

  get pending(): number {
    return this.heap.size;
  }

  /** The exact simulated time now (fractional ms). */
  nowMs(): number {
    return simNowMs(this.clockState, this.timers.realNowMs());
  }

  add(atSimMs: number, item: T): void {
    this.heap.push(atSimMs, item);
    // While pumping, the pump re-arms once at the end.
    if (!this.pumping && atSimMs < this.armedAtSimMs) this.arm();
  }

  setClock(clock: ClockState): void {
    this.clockState = clock;
    this.arm();
  }

  /** Runs every item that is due; items added while running are run too when due. */
  pump(): void {
    if (this.pumping || this.disposed) return;
    this.pumping = true;
    try {
      const nowMs = this.nowMs();
      while (this.heap.peekTime() <= nowMs && !this.clockState.frozen) {
        this.run(this.heap.pop() as T);
      }
    } finally {
      this.pumping = false;
    }
    this.arm();
  }

  dispose(): void {
    this.disposed = true;
    this.disarm();
    this.heap.clear();
  }

  private arm(): void {
    this.disarm();
    if (this.disposed || this.clockState.frozen || this.heap.size === 0) return;
    const atSimMs = this.heap.peekTime();
    const delayMs = realDelayMs(this.clockState, atSimMs, this.timers.realNowMs());
    this.armedAtSimMs = atSimMs;
    this.handle = this.timers.setTimer(this.onTimer, delayMs);
  }

  private disarm(): void {
    if (this.handle !== null) this.timers.clearTimer(this.handle);
    this.handle = null;
    this.armedAtSimMs = Infinity;
  }

  private readonly onTimer = (): void => {
    this.handle = null;
    this.armedAtSimMs = Infinity;
    this.pump();
  };
}
