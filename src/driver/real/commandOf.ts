import type { ServerId } from '../../core/types.ts';
import type { Action } from '../../sim/scenario.ts';
import { clientOpAction } from '../recording.ts';
import type { BridgeCommand } from './protocol.ts';

// The page's side of a command: which servers it names (checked before it is sent), and the
// scenario statement it becomes in the recorded script once the bridge did it.

/** Every server a command names, so the page can refuse an unknown one without asking the bridge. */
export function serversNamed(command: BridgeCommand): ServerId[] {
  switch (command.type) {
    case 'crash':
    case 'kill':
    case 'pause':
    case 'resume':
    case 'restart':
    case 'isolate':
      return [command.server];
    case 'connect-client':
      return [command.server];
    case 'cut':
    case 'restore':
      return [command.from, command.to];
    case 'partition':
      return command.groups.flat();
    case 'delay':
    case 'drop':
      return command.link ? [command.link.from, command.link.to] : [];
    default:
      return [];
  }
}

/** The statement a done command adds to the recorded script; null for what scripts do not say (pause all). */
export function scriptActionOf(command: BridgeCommand): Action | null {
  switch (command.type) {
    case 'crash':
    case 'kill':
    case 'pause':
    case 'resume':
    case 'restart':
      return { type: command.type, node: command.server };
    case 'isolate':
      return { type: 'isolate', node: command.server };
    case 'cut':
      return { type: 'cut', from: command.from, to: command.to, both: command.both };
    case 'restore':
      return { type: 'restore', from: command.from, to: command.to, both: command.both };
    case 'partition':
      return { type: 'partition', groups: command.groups.map((g) => [...g]) };
    case 'heal-fault':
      return { type: 'heal-fault', fault: command.faultId };
    case 'heal-all':
      return { type: 'heal-all' };
    case 'delay':
      return { type: 'delay', latencyMs: Math.round(command.latencyMs), jitterMs: Math.round(command.jitterMs), ...linkOf(command.link) };
    case 'drop':
      return { type: 'drop', rate: command.percent / 100, ...linkOf(command.link) };
    case 'connect-client':
      return { type: 'connect', client: command.name, server: command.server, timeoutMs: command.timeoutMs };
    case 'client-op':
      return clientOpAction(command.name, command.op);
    case 'disconnect-client':
      return { type: 'disconnect', client: command.name };
    case 'pause-all':
      return null;
  }
}

function linkOf(link: { from: ServerId; to: ServerId } | null): { link?: { from: ServerId; to: ServerId } } {
  return link ? { link: { from: link.from, to: link.to } } : {};
}
