import type { TimerApi } from './simScheduler.ts';

// When a sender of batched posts (a server's transport, the switch) flushes: at the end of the task
// that asked, unless its last flush was less than `intervalMs` ago; then when the interval is up.
// So a quiet sender adds no delay, and a storm merges into at most one post per interval.

export class FlushPacer {
  private queued = false;
  private lastFlushRealMs = -Infinity;

  constructor(
    private readonly timers: TimerApi,
    /** Runs a function at the end of the current macrotask. */
    private readonly defer: (fn: () => void) => void,
    private readonly intervalMs: number,
    private readonly flush: () => void,
  ) {}

  /** A flush is wanted; asking again before it runs changes nothing. */
  request(): void {
    if (this.queued) return;
    this.queued = true;
    const waitMs = this.lastFlushRealMs + this.intervalMs - this.timers.realNowMs();
    if (waitMs <= 0) this.defer(this.run);
    else this.timers.setTimer(this.run, waitMs);
  }

  /** Forgets a requested flush (the sender closed). */
  cancel(): void {
    this.queued = false;
  }

  private readonly run = (): void => {
    if (!this.queued) return;
    this.queued = false;
    this.lastFlushRealMs = this.timers.realNowMs();
    this.flush();
  };
}

/** Adds `value` to `key`'s list in a map of pending batches, making the list on first use. */
export function queueFor<K, V>(pending: Map<K, V[]>, key: K, value: V): void {
  const list = pending.get(key);
  if (list) list.push(value);
  else pending.set(key, [value]);
}
