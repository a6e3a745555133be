import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ClusterDriver, FrameClock } from '../driver/index.ts';

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

/** Frames without a change after which the ticker rests until woken (a paused clock costs nothing). */
const IDLE_FRAMES_BEFORE_REST = 30;

export interface NowTicker {
  /** Something may have moved the clock (an update, a resume): tick again from the next frame. */
  wake(): void;
  stop(): void;
}

export function startNowTicker(now: NowStore, driver: Pick<ClusterDriver, 'nowMs'>, clock: FrameClock): NowTicker {
  let frame: number | null = null;
  let idleFrames = 0;
  let stopped = false;
  const onFrame = () => {
    frame = null;
    const nowMs = driver.nowMs();
    if (nowMs !== now.getState().nowMs) {
      now.setState({ nowMs });
      idleFrames = 0;
    } else idleFrames++;
    if (idleFrames < IDLE_FRAMES_BEFORE_REST) request();
  };
  const request = () => {
    if (frame === null && !stopped) frame = clock.requestFrame(onFrame);
  };
  request();
  return {
    wake() {
      idleFrames = 0;
      request();
    },
    stop() {
      stopped = true;
      if (frame !== null) clock.cancelFrame(frame);
      frame = null;
    },
  };
}
