import { browserTimers, openBroadcastChannel } from './browserEnv.ts';
import { PacketSwitch } from './packetSwitch.ts';
import type { SwitchInit, SwitchReady } from './protocol.ts';

// The switch's worker entry: wires BroadcastChannel and the browser's timers into a PacketSwitch.
// All logic lives in packetSwitch.ts.

interface SwitchScope {
  postMessage(message: SwitchReady): void;
  onmessage: ((event: MessageEvent<SwitchInit>) => void) | null;
}
const scope = self as unknown as SwitchScope;

let running: PacketSwitch | null = null;

scope.onmessage = (event) => {
  const command = event.data;
  if (command.type !== 'init' || running) return;
  running = new PacketSwitch({
    open: openBroadcastChannel,
    cluster: command.cluster,
    ids: command.ids,
    timers: browserTimers,
    defer: (fn) => queueMicrotask(fn),
  });
  void running.listen().then(() => scope.postMessage({ type: 'switch-ready' }));
};
