import { useCallback, useSyncExternalStore } from 'react';
import type { SharedClockState, SharedSimClock } from '../../driver/index.ts';

// One value from the shared simulated clock (its time, speed, pause), re-rendering when it changes.

export function useSharedClock<T extends string | number | boolean>(time: SharedSimClock, select: (state: SharedClockState) => T): T {
  const subscribe = useCallback((onChange: () => void) => time.subscribe(onChange), [time]);
  const read = () => select(time.state);
  return useSyncExternalStore(subscribe, read, read);
}
