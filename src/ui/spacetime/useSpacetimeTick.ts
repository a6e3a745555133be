import { useEffect, useState } from 'react';
import { useAppStoreApi } from '../../store/hooks.ts';

// The diagram redraws when the clock moves, messages arrive or the history grows, but at most once per
// `intervalMs` of real time (with a trailing redraw, so the last change always shows): it is a
// picture to read, not an animation, and a redraw at 101 servers costs a few milliseconds.

export function useSpacetimeTick(intervalMs: number): number {
  const store = useAppStoreApi();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let lastMs = -Infinity;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const fire = () => {
      timer = null;
      lastMs = performance.now();
      setTick((n) => n + 1);
    };
    const request = () => {
      if (timer !== null) return;
      // Always on a timer, even when due: a commit moves the store and then the clock, and the two
      // must make one redraw, not a redraw and a trailing one.
      timer = setTimeout(fire, Math.max(0, lastMs + intervalMs - performance.now()));
    };
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.snapshot?.timeMs === prev.snapshot?.timeMs && s.messageLogTotal === prev.messageLogTotal && s.spacetimeVersion === prev.spacetimeVersion) return;
      request();
    });
    // The present moves with the page's frame clock, also while no server reports anything.
    const unsubscribeClock = store.getState().now.subscribe(request);
    return () => {
      unsubscribe();
      unsubscribeClock();
      if (timer !== null) clearTimeout(timer);
    };
  }, [store, intervalMs]);
  return tick;
}
