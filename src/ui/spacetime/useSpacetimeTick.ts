import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useAppStoreApi } from '../../store/hooks.ts';

// The diagram redraws when the clock moves, messages arrive or the history grows, but at most once per
// interval of real time (with a trailing redraw, so the last change always shows): it is a picture
// to read, not an animation. The interval is the caller's: short when the history grew (a role
// changed, a timer fired, someone acted) or the run paused, so those show at once; longer while
// only the present moves on and pings repeat, since every redraw moves the whole picture and
// repaints it (the idle page's CPU budget holds with the pane open).

/** Real ms until the next redraw may come; `urgent`: the history grew or the run paused or resumed. */
export type RedrawInterval = (urgent: boolean) => number;

export function useSpacetimeTick(intervalFor: RedrawInterval): number {
  const store = useAppStoreApi();
  const [tick, setTick] = useState(0);
  const intervalRef = useRef(intervalFor);
  useLayoutEffect(() => {
    intervalRef.current = intervalFor;
  });
  useEffect(() => {
    let lastMs = -Infinity;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let dueMs = Infinity;
    const fire = () => {
      timer = null;
      dueMs = Infinity;
      lastMs = performance.now();
      setTick((n) => n + 1);
    };
    const request = (urgent: boolean) => {
      const due = lastMs + intervalRef.current(urgent);
      if (timer !== null && due >= dueMs) return;
      if (timer !== null) clearTimeout(timer);
      // Always on a timer, even when due: a commit moves the store and then the clock, and the two
      // must make one redraw, not a redraw and a trailing one.
      dueMs = due;
      timer = setTimeout(fire, Math.max(0, due - performance.now()));
    };
    const unsubscribe = store.subscribe((s, prev) => {
      const urgent = s.spacetimeVersion !== prev.spacetimeVersion || s.pausedAll !== prev.pausedAll;
      if (!urgent && s.snapshot?.timeMs === prev.snapshot?.timeMs && s.messageLogTotal === prev.messageLogTotal) return;
      request(urgent);
    });
    // The present moves with the page's frame clock, also while no server reports anything.
    const unsubscribeClock = store.getState().now.subscribe(() => request(false));
    return () => {
      unsubscribe();
      unsubscribeClock();
      if (timer !== null) clearTimeout(timer);
    };
  }, [store]);
  return tick;
}
