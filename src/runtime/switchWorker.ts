import type { ServerId } from '../core/types.ts';
import type { SwitchInit, SwitchReady } from './protocol.ts';
import type { TimerApi } from './simScheduler.ts';

// The page's handle on the switch worker (packetSwitch.ts): spawned before a cluster's servers, so
// that every server's first post finds the switch listening, and terminated with the cluster.

export interface SwitchWorkerLike {
  postMessage(message: SwitchInit): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<SwitchReady>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Vite bundles the worker because of this literal form. */
export function spawnBrowserSwitch(): SwitchWorkerLike {
  return new Worker(new URL('./switch.worker.ts', import.meta.url), { type: 'module' });
}

/** Real ms to wait for the switch to listen before the servers are spawned regardless. */
export const SWITCH_READY_TIMEOUT_MS = 5000;

export class SwitchHandle {
  private worker: SwitchWorkerLike | null = null;
  private readonly spawn: () => SwitchWorkerLike;
  private readonly timers: TimerApi;
  private readonly init: SwitchInit;
  /** Restarts after the worker failed (a browser error, not a modelled fault). */
  restarts = 0;

  constructor(spawn: () => SwitchWorkerLike, timers: TimerApi, cluster: string, ids: readonly ServerId[]) {
    this.spawn = spawn;
    this.timers = timers;
    this.init = { type: 'init', cluster, ids: [...ids] };
  }

  /** Spawns the switch; resolves once it listens on every server's channel (or after a timeout). */
  start(): Promise<void> {
    const worker = this.spawn();
    this.worker = worker;
    return new Promise((resolve) => {
      const timer = this.timers.setTimer(resolve, SWITCH_READY_TIMEOUT_MS);
      worker.onmessage = (event) => {
        if (event.data?.type !== 'switch-ready') return;
        this.timers.clearTimer(timer);
        resolve();
      };
      worker.onerror = (event) => {
        if (this.worker !== worker) return;
        console.error(`zk runtime: the switch between the servers failed (${event.message || 'worker error'}); starting a new one`);
        worker.terminate();
        this.restarts++;
        void this.start();
        resolve();
      };
      worker.postMessage(this.init);
    });
  }

  get running(): boolean {
    return this.worker !== null;
  }

  stop(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
