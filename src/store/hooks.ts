import { createContext, useCallback, useContext, useRef, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { sameShallow } from './sameParts.ts';
import { shownNowMs } from './shown.ts';
import type { AppState, AppStore } from './types.ts';

// The only React in the store: a context holding the app store and selector hooks over it (and
// over the frame clock, nowClock.ts).

export const AppStoreContext = createContext<AppStore | null>(null);

export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('AppStoreContext is missing: wrap the app in <AppStoreContext.Provider>.');
  return store;
}

/** Selects one value; the component re-renders when it changes (Object.is). */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

/** For selectors that build arrays or objects: re-renders only when an element changes. */
export function useAppStoreShallow<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStoreApi(), useShallow(selector));
}

/**
 * Selects from the store and the frame clock together (ages, countdowns): the selector runs every
 * frame, the component re-renders only when its (shallowly compared) result changes.
 */
export function useClockedSelector<T>(selector: (s: AppState, nowMs: number) => T): T {
  const store = useAppStoreApi();
  const now = store.getState().now;
  const last = useRef<{ value: T } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const stopStore = store.subscribe(onChange);
      const stopNow = now.subscribe(onChange);
      return () => {
        stopStore();
        stopNow();
      };
    },
    [store, now],
  );
  const read = () => {
    const s = store.getState();
    const next = selector(s, shownNowMs(s, now.getState().nowMs));
    if (last.current && sameShallow(last.current.value, next)) return last.current.value;
    last.current = { value: next };
    return next;
  };
  return useSyncExternalStore(subscribe, read, read);
}

/**
 * Simulated ms now on the live frame clock, whatever moment the page shows (the scrubber's live
 * end): it moves while no server reports anything, which the last snapshot's time does not.
 */
export function useLiveNowMs(): number {
  return useStore(useAppStoreApi().getState().now, (s) => s.nowMs);
}

/** Simulated ms now, every frame (the frame's time while scrubbed: see shown.ts). */
export function useNowMs(): number {
  return useClockedSelector((_, nowMs) => nowMs);
}
