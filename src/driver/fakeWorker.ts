import type { FromWorker, ToWorker } from '../runtime/protocol.ts';
import type { WorkerLike } from '../runtime/supervisor.ts';
import { LiveDriver } from './liveDriver.ts';
import type { ManualFrameClock } from './manualFrameClock.ts';

// A Web Worker stand-in for driver tests: records what it is sent, says what the test tells it to.

export class FakeWorker implements WorkerLike {
  readonly received: ToWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: ToWorker): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  get id(): number {
    const init = this.received[0];
    return init && init.type === 'init' ? init.config.id : -1;
  }
  say(message: FromWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
}

/** A live driver over fake workers, on vitest's fake timers (the caller turns them on). */
export function liveDriverOnFakeWorkers(clock: ManualFrameClock): { driver: LiveDriver; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const driver = new LiveDriver({
    clock,
    spawnWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    spawnSwitch: null,
    timers: { realNowMs: () => Date.now(), setTimer: (cb, ms) => setTimeout(cb, ms), clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
  });
  return { driver, workers };
}
