import type { NodeSnapshot } from '../../driver/index.ts';
import type { AppState } from '../../store/index.ts';

// The per-server fault menu's entries for a server in a given state (pure, so the choice is testable).

export interface MenuItem {
  key: string;
  label: string;
  hint: string;
  run: (s: AppState, id: number) => void;
}

export function menuItems(node: NodeSnapshot, isolated: boolean): MenuItem[] {
  const items: MenuItem[] = [];
  if (node.status === 'down') {
    items.push({ key: 'restart', label: 'Restart', hint: 'a new process, from its disk', run: (s, id) => s.restart(id) });
  } else {
    items.push({ key: 'crash', label: 'Crash', hint: 'silent: peers notice by timeout', run: (s, id) => s.crash(id) });
    items.push({ key: 'kill', label: 'Kill', hint: 'connections reset: noticed at once', run: (s, id) => s.kill(id) });
    if (node.status === 'paused') items.push({ key: 'resume', label: 'Resume', hint: 'it works through what queued up', run: (s, id) => s.resume(id) });
    else items.push({ key: 'pause', label: 'Pause', hint: 'frozen, like a long GC pause', run: (s, id) => s.pause(id) });
    items.push({ key: 'restart', label: 'Restart', hint: 'kill, then start again from disk', run: (s, id) => s.restart(id) });
  }
  if (isolated) items.push({ key: 'reconnect', label: 'Reconnect', hint: 'back on the network', run: (s, id) => s.reconnect(id) });
  else items.push({ key: 'isolate', label: 'Isolate', hint: 'keeps running, no messages in or out', run: (s, id) => s.isolate(id) });
  return items;
}
