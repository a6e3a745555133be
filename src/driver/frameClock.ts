// The real-time source a driver paces itself with. Injected so the pacing logic runs in node tests
// with a manual clock, and in the browser with requestAnimationFrame and the page's visibility.

export interface FrameClock {
  /** Monotonic real time, ms. */
  nowMs(): number;
  /** Calls `callback` before the next repaint; returns a handle for cancelFrame. */
  requestFrame(callback: () => void): number;
  cancelFrame(handle: number): void;
  /** True while the page is hidden: the simulated clock must not run then. */
  isHidden(): boolean;
  /** Called whenever visibility changes; returns an unsubscribe function. */
  onVisibilityChange(listener: () => void): () => void;
}

/** The browser's clock: performance.now, requestAnimationFrame, document.visibilityState. */
export function browserFrameClock(): FrameClock {
  return {
    nowMs: () => performance.now(),
    requestFrame: (callback) => requestAnimationFrame(() => callback()),
    cancelFrame: (handle) => cancelAnimationFrame(handle),
    isHidden: () => document.visibilityState === 'hidden',
    onVisibilityChange: (listener) => {
      document.addEventListener('visibilitychange', listener);
      return () => document.removeEventListener('visibilitychange', listener);
    },
  };
}
