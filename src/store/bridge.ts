import type { ClusterDriver, DriverSnapshot, FrameClock, MessageFlight, MessageLogView, TimelineEntry } from '../driver/index.ts';
import { TIMELINE_CAP } from './commit.ts';
import { NOW_TICK_FAST_MS, NOW_TICK_STEADY_MS, somethingCounts, startNowTicker } from './nowClock.ts';
import type { AppStore } from './types.ts';

// Moves driver updates into the store, at most one commit per animation frame. A driver may report
// more often (the live one hears from many workers); the latest snapshot wins and events pile up.
// Where animation frames do not run (a background page), a timer commits instead, more slowly.

/** Flights kept between two commits; the animation draws no more anyway. */
const MAX_BUFFERED_FLIGHTS = 200;
/** How long to wait for an animation frame before committing on a timer, ms. */
export const COMMIT_FALLBACK_MS = 250;

export function connectDriver(store: AppStore, driver: ClusterDriver, clock: FrameClock): () => void {
  let runId = store.getState().runId;
  let snapshot: DriverSnapshot | null = null;
  let events: TimelineEntry[] = [];
  let flights: MessageFlight[] = [];
  let log: MessageLogView | undefined;
  let pausedBy: TimelineEntry | undefined;
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const cancel = () => {
    if (frame !== null) clock.cancelFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
  };

  const commit = () => {
    cancel();
    if (!snapshot) return;
    store.getState().commitUpdate({ runId, snapshot, events, flights, ...(log ? { log } : {}), atRealMs: clock.nowMs(), ...(pausedBy ? { pausedBy } : {}) });
    pausedBy = undefined;
    store.getState().syncScript();
    // The clock moves with every commit too (in the same frame, so no extra repaint): the readout
    // is never behind the state it is drawn beside.
    ticker.committed(driver.nowMs());
    snapshot = null;
    events = [];
    flights = [];
  };

  const ticker = startNowTicker(store.getState().now, driver, clock, (nowMs) => {
    const s = store.getState();
    return !s.reducedMotion && somethingCounts(s.snapshot?.nodes ?? [], s.spec.settings, nowMs) ? NOW_TICK_FAST_MS : NOW_TICK_STEADY_MS;
  });
  const unsubscribe = driver.subscribe((update) => {
    // Paused, the clock stands where it stopped: show that exact moment at once.
    ticker.wake(store.getState().pausedAll);
    const currentRun = store.getState().runId;
    if (currentRun !== runId) {
      // The cluster was rebuilt: whatever was buffered belongs to the old one.
      runId = currentRun;
      events = [];
      flights = [];
    }
    snapshot = update.snapshot;
    log = update.log;
    if (update.pausedBy) pausedBy = update.pausedBy;
    if (update.events.length > 0) {
      events = events.concat(update.events);
      if (events.length > TIMELINE_CAP) events = events.slice(events.length - TIMELINE_CAP);
    }
    if (update.messages.length > 0 && flights.length < MAX_BUFFERED_FLIGHTS) flights = flights.concat(update.messages);
    if (frame === null) {
      frame = clock.requestFrame(commit);
      timer = setTimeout(commit, COMMIT_FALLBACK_MS);
    }
  });

  return () => {
    unsubscribe();
    ticker.stop();
    cancel();
  };
}
