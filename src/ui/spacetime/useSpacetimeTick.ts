import { useEffect, useState } from 'react';
import { useAppStoreApi } from '../../store/hooks.ts';

// The diagram redraws when time moves, messages arrive or the history grows, but at most once per
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
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.snapshot?.timeMs === prev.snapshot?.timeMs && s.messageLogTotal === prev.messageLogTotal && s.spacetimeVersion === prev.spacetimeVersion) return;
      if (timer !== null) return;
      const waitMs = lastMs + intervalMs - performance.now();
      if (waitMs <= 0) fire();
      else timer = setTimeout(fire, waitMs);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [store, intervalMs]);
  return tick;
}
