import { realDelayMs, simNowMs, type ClockState } from './simClock.ts';
import { TimeHeap } from '../core/timeHeap.ts';

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

interface Armed {
  atSimMs: number;
  handle: unknown;
}

/** Armed real timers kept at most; beyond it the latest is cancelled (it would only re-check). */
const MAX_ARMED = 4;

export class SimScheduler<T> {
  private readonly heap = new TimeHeap<T>();
  private readonly timers: TimerApi;
  private readonly run: (item: T) => void;
  private clockState: ClockState;
  /**
   * Real timers armed, earliest first. An earlier item arms one more timer instead of cancelling
   * the later one: timers are costly in a worker (a message every few ms used to cost a clear and
   * two sets), and a timer that fires with nothing due just re-checks.
   */
  private armed: Armed[] = [];
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
    if (!this.pumping) this.arm();
  }

  setClock(clock: ClockState): void {
    this.clockState = clock;
    // Real delays depend on the clock: every armed timer is recomputed.
    this.disarmAll();
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
    this.disarmAll();
    this.heap.clear();
  }

  /** Makes sure a real timer fires no later than the earliest item. */
  private arm(): void {
    if (this.disposed || this.clockState.frozen || this.heap.size === 0) return;
    const atSimMs = this.heap.peekTime();
    const first = this.armed[0];
    if (first && first.atSimMs <= atSimMs) return;
    const delayMs = realDelayMs(this.clockState, atSimMs, this.timers.realNowMs());
    const entry: Armed = { atSimMs, handle: null };
    entry.handle = this.timers.setTimer(() => this.onTimer(entry), delayMs);
    this.armed.unshift(entry);
    if (this.armed.length > MAX_ARMED) this.timers.clearTimer((this.armed.pop() as Armed).handle);
  }

  private disarmAll(): void {
    for (const a of this.armed) this.timers.clearTimer(a.handle);
    this.armed = [];
  }

  private onTimer(entry: Armed): void {
    const i = this.armed.indexOf(entry);
    if (i >= 0) this.armed.splice(i, 1);
    this.pump();
  }
}
