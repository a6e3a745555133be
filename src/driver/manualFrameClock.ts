import type { FrameClock } from './frameClock.ts';

// A FrameClock driven by hand, for unit tests of anything paced by animation frames.

export class ManualFrameClock implements FrameClock {
  private timeMs = 0;
  private hidden = false;
  private nextHandle = 1;
  private readonly pending = new Map<number, () => void>();
  private readonly visibilityListeners = new Set<() => void>();

  nowMs(): number {
    return this.timeMs;
  }

  requestFrame(callback: () => void): number {
    const handle = this.nextHandle++;
    this.pending.set(handle, callback);
    return handle;
  }

  cancelFrame(handle: number): void {
    this.pending.delete(handle);
  }

  isHidden(): boolean {
    return this.hidden;
  }

  onVisibilityChange(listener: () => void): () => void {
    this.visibilityListeners.add(listener);
    return () => this.visibilityListeners.delete(listener);
  }

  /** Frames requested and not yet run. */
  get pendingFrames(): number {
    return this.pending.size;
  }

  /** Moves real time on by `ms`, then runs the frame callbacks that were pending (like one repaint). */
  frame(ms = 16): void {
    this.timeMs += ms;
    const callbacks = [...this.pending.values()];
    this.pending.clear();
    for (const callback of callbacks) callback();
  }

  /** Moves real time without a repaint (a stalled or hidden tab). */
  advance(ms: number): void {
    this.timeMs += ms;
  }

  setHidden(hidden: boolean): void {
    this.hidden = hidden;
    for (const listener of [...this.visibilityListeners]) listener();
  }
}
