import type { SwitchInit, SwitchReady } from './protocol.ts';
import type { TimerApi } from './simScheduler.ts';

// The page's side of the switch worker (packetSwitch.ts): spawned before a cluster's servers, so
// that every server's first post finds the switch listening, and terminated with the cluster.

export interface SwitchWorkerLike {
  postMessage(message: SwitchInit): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<SwitchReady>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/**
 * The switch runs in the servers' own worker script (node.worker.ts), told its role by its first
 * message: the browser fetches and compiles one script, and the page's first load carries no second
 * one. Vite bundles the worker because of this literal form.
 */
export function spawnBrowserSwitch(): SwitchWorkerLike {
  return new Worker(new URL('./node.worker.ts', import.meta.url), { type: 'module', name: 'switch' });
}

/** Real ms to wait for the switch to listen before the servers are spawned regardless. */
export const SWITCH_READY_TIMEOUT_MS = 5000;

/**
 * Spawns a switch and posts it `init`; resolves once it listens on every server's channel (or after
 * a timeout). An error in it is our bug, not a modelled fault: it goes to the console.
 */
export function startSwitch(worker: SwitchWorkerLike, timers: TimerApi, init: SwitchInit): Promise<void> {
  return new Promise((resolve) => {
    const timer = timers.setTimer(resolve, SWITCH_READY_TIMEOUT_MS);
    worker.onmessage = (event) => {
      if (event.data?.type !== 'switch-ready') return;
      timers.clearTimer(timer);
      resolve();
    };
    worker.onerror = (event) => console.error(`zk runtime: switch: ${event.message}`);
    worker.postMessage(init);
  });
}
