import { browserTimers, openBroadcastChannel } from './browserEnv.ts';
import { IdbDurableStore } from './idbDurableStore.ts';
import { PacketSwitch } from './packetSwitch.ts';
import type { FromWorker, SwitchInit, SwitchReady, ToWorker } from './protocol.ts';
import { WorkerHost, type HostEnv } from './workerHost.ts';

// The worker entry, for a server or for the switch between them, as its first message says. It
// wires the browser's timers, BroadcastChannel, IndexedDB and postMessage into a WorkerHost (and
// forwards control messages to it) or into a PacketSwitch. All logic lives in those two.

/** The slice of DedicatedWorkerGlobalScope used here (the project compiles against the DOM lib). */
interface WorkerScope {
  postMessage(message: FromWorker | SwitchReady): void;
  onmessage: ((event: MessageEvent<ToWorker | SwitchInit>) => void) | null;
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
let packetSwitch: PacketSwitch | null = null;

function startSwitch(command: SwitchInit): void {
  if (packetSwitch || host) return;
  packetSwitch = new PacketSwitch({ open: openBroadcastChannel, cluster: command.cluster, ids: command.ids, timers: browserTimers, defer: env.defer });
  void packetSwitch.listen().then(() => scope.postMessage({ type: 'switch-ready' }));
}

scope.onmessage = (event) => {
  const command = event.data;
  if (command.type === 'switch-init') return startSwitch(command);
  if (packetSwitch) return;
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
