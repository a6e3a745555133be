import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ClusterDriver, ClusterSettings, FrameClock, NodeSnapshot } from '../driver/index.ts';

// The simulated "now" the screen draws with, read from the driver's clock at every animation frame.
// Ages (now − last heard) and countdowns are computed from it, so they grow between updates even
// when no server reports anything: a crashed leader's silence is visible as it happens. It is a
// store of its own so that only what shows a time re-renders each frame, not the whole page.

export interface NowState {
  /** Simulated ms now, as of the last animation frame. */
  nowMs: number;
}

export type NowStore = StoreApi<NowState>;

export function createNowStore(): NowStore {
  return createStore<NowState>()(() => ({ nowMs: 0 }));
}

/**
 * Real ms between two ticks. Every tick that moves the clock repaints what shows a time: at every
 * frame that cost a 5-server page a whole core (software raster, measured), so the clock ticks ten
 * times a second while something on screen is counting (a silence growing past a heartbeat, an
 * election's countdown) and twice a second while the ensemble is steady (its ages only climb to
 * the next ping and drop; the driver's updates come at the same pace, and each one is a tick).
 */
export const NOW_TICK_FAST_MS = 100;
export const NOW_TICK_STEADY_MS = 500;

/**
 * True while a count on screen matters: a server LOOKING (its poll counts down), or a watched peer
 * silent for longer than a heartbeat should take (a crash being noticed, a pause, a cut).
 */
export function somethingCounts(nodes: readonly NodeSnapshot[], settings: Pick<ClusterSettings, 'tickTimeMs'>, nowMs: number): boolean {
  for (const n of nodes) {
    if (n.status !== 'up') continue;
    if (n.role === 'looking') return true;
    for (const w of n.watches) if (!w.suspected && nowMs - w.lastHeardMs > Math.max(settings.tickTimeMs, w.timeoutMs / 5)) return true;
  }
  return false;
}

/** Ticks without a change after which the ticker rests until woken (a paused clock costs nothing). */
const IDLE_TICKS_BEFORE_REST = 5;

export interface NowTicker {
  /** Something may have moved the clock (an update, a resume); `immediate`: tick at the next frame. */
  wake(immediate?: boolean): void;
  /**
   * A commit has just copied the clock in, in its own frame: the next tick waits a whole interval
   * from here. Otherwise a commit and a tick a few ms apart repaint the page twice per interval (in a
   * steady ensemble, updates come about four times a second: the ticks doubled the repaints).
   */
  committed(nowMs: number): void;
  stop(): void;
}

/** Ticks on an animation frame (so a tick lands with a repaint), then waits `tickMs(nowMs)` of real time. */
export function startNowTicker(now: NowStore, driver: Pick<ClusterDriver, 'nowMs'>, clock: FrameClock, tickMs: (nowMs: number) => number = () => NOW_TICK_FAST_MS): NowTicker {
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let idleTicks = 0;
  let stopped = false;
  const onFrame = () => {
    frame = null;
    const nowMs = driver.nowMs();
    if (nowMs !== now.getState().nowMs) {
      now.setState({ nowMs });
      idleTicks = 0;
    } else idleTicks++;
    if (idleTicks < IDLE_TICKS_BEFORE_REST && !stopped) timer = setTimeout(onTimer, tickMs(nowMs));
  };
  const onTimer = () => {
    timer = null;
    request();
  };
  const request = () => {
    if (frame === null && timer === null && !stopped) frame = clock.requestFrame(onFrame);
  };
  request();
  return {
    wake(immediate = false) {
      idleTicks = 0;
      // A tick already waiting keeps its pace (updates come many times a second), unless the clock
      // has just stopped (a pause, a step, a fork): then the exact moment shows at the next frame.
      if (immediate && timer !== null) {
        clearTimeout(timer);
        timer = null;
      }
      if (timer === null) request();
    },
    committed(nowMs) {
      if (stopped) return;
      if (nowMs !== now.getState().nowMs) now.setState({ nowMs });
      idleTicks = 0;
      // A tick already due at this frame stays (it finds nothing new and sets the next interval).
      if (frame !== null) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(onTimer, tickMs(nowMs));
    },
    stop() {
      stopped = true;
      if (frame !== null) clock.cancelFrame(frame);
      if (timer !== null) clearTimeout(timer);
      frame = null;
      timer = null;
    },
  };
}
