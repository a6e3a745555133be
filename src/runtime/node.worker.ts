import { browserTimers, openBroadcastChannel } from './browserEnv.ts';
import { IdbDurableStore } from './idbDurableStore.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { WorkerHost, type HostEnv } from './workerHost.ts';

// A server's worker entry: wires the browser's timers, BroadcastChannel, IndexedDB and postMessage into a
// WorkerHost and forwards control messages to it. All logic lives in workerHost.ts.

/** The slice of DedicatedWorkerGlobalScope used here (the project compiles against the DOM lib). */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;

const env: HostEnv = {
  ...browserTimers,
  defer: (fn) => queueMicrotask(fn),
  openChannel: openBroadcastChannel,
  openStore: (name) => new IdbDurableStore(name),
  post: (message) => scope.postMessage(message),
};

let host: WorkerHost | null = null;

scope.onmessage = (event) => {
  const command = event.data;
  if (command.type === 'init') {
    const created = new WorkerHost(env, command);
    host = created;
    created.load().catch((error: unknown) => {
      env.post({ type: 'fatal', id: command.config.id, failure: { cause: 'disk-load', error: String(error) } });
    });
    return;
  }
  host?.control(command);
};
