import type { Page } from '@playwright/test';

// Code the benchmarks run in the page. Strings, not functions: tsx would wrap a function in helpers
// the page lacks.

/** Counts animation frames for `ms` (or until `window.__benchStop` is set). */
const frameProbe = (ms: number) => `new Promise((resolve) => {
  window.__benchStop = false;
  let frames = 0, maxGapMs = 0, last = performance.now();
  const start = last;
  const tick = (now) => {
    frames++;
    maxGapMs = Math.max(maxGapMs, now - last);
    last = now;
    if (now - start < ${ms} && !window.__benchStop) requestAnimationFrame(tick);
    else resolve({ frames, elapsedMs: now - start, maxGapMs });
  };
  requestAnimationFrame(tick);
})`;

export interface FrameCount {
  frames: number;
  elapsedMs: number;
  maxGapMs: number;
}

export function countFrames(page: Page, windowMs: number): Promise<FrameCount> {
  return page.evaluate(frameProbe(windowMs));
}
