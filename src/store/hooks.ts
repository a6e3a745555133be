import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { AppState, AppStore } from './types.ts';

// The only React in the store: a context holding the app store and selector hooks over it.

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
