import type { AppStore } from '../store/index.ts';

// With ?testHooks=1 only: `globalThis.__zkScript.forkAt(ms)` forks the simulated run in the past, as
// the history scrubber does when one acts while looking back (end-to-end tests; nothing else).

interface ScriptHook {
  __zkScript?: { forkAt(atMs: number): void };
}

export function installScriptTestHook(store: AppStore, search: string): void {
  const value = new URLSearchParams(search).get('testHooks');
  if (value !== '1' && value !== 'true') return;
  (globalThis as ScriptHook).__zkScript = { forkAt: (atMs) => store.getState().forkAt(atMs) };
}
