import type { ServerId, ZnodeData } from '../../core/types.ts';
import type { BridgeCommand } from '../../driver/real/protocol.ts';
import type { ActiveFault } from '../../net/network.ts';
import type { Action, NodeRef } from '../../sim/scenario.ts';

// One scenario statement as the bridge commands that do the same to real servers. "leader" means
// the server that leads a synced quorum at that moment, as observed. `write` goes through a hidden
// client on the leader, creating parents, as the simulator's own writer does.

/** What a statement needs to know of the ensemble at the moment it runs. */
export interface EnsembleMoment {
  ids: readonly ServerId[];
  leader: ServerId | null;
  faults: readonly ActiveFault[];
  treeOf(id: ServerId): readonly ZnodeData[];
  /** The server the scenario's writer client is attached to, if any. */
  writerOn: ServerId | null;
  nextCallId(): number;
}

export const WRITER_CLIENT = 'writer';

export type Planned = { commands: BridgeCommand[]; writerOn?: ServerId } | { skipped: string };

function serversOf(ref: NodeRef, moment: EnsembleMoment): ServerId[] | null {
  if (ref === 'all') return [...moment.ids];
  if (ref === 'leader') return moment.leader === null ? null : [moment.leader];
  return [ref];
}

function writeCommands(path: string, value: string, moment: EnsembleMoment): Planned {
  const leader = moment.leader;
  if (leader === null) return { skipped: 'no server leads a synced quorum, so there is nobody to write through' };
  const commands: BridgeCommand[] = [];
  if (moment.writerOn !== leader) {
    if (moment.writerOn !== null) commands.push({ type: 'disconnect-client', name: WRITER_CLIENT });
    commands.push({ type: 'connect-client', name: WRITER_CLIENT, server: leader, timeoutMs: 30_000 });
  }
  const tree = new Set(moment.treeOf(leader).map((node) => node.path));
  const parts = path.split('/').filter(Boolean);
  for (let i = 1; i < parts.length; i++) {
    const ancestor = '/' + parts.slice(0, i).join('/');
    if (!tree.has(ancestor)) commands.push({ type: 'client-op', name: WRITER_CLIENT, callId: moment.nextCallId(), op: { type: 'create', path: ancestor, value: '', mode: 'persistent' } });
  }
  const op = tree.has(path) ? ({ type: 'set', path, value, version: -1 } as const) : ({ type: 'create', path, value, mode: 'persistent' } as const);
  commands.push({ type: 'client-op', name: WRITER_CLIENT, callId: moment.nextCallId(), op });
  return { commands, writerOn: leader };
}

/** The commands for one statement, or why it is skipped now (the report lists skips). */
export function commandsFor(action: Action, moment: EnsembleMoment): Planned {
  switch (action.type) {
    case 'start':
      return { commands: [] };
    case 'crash':
    case 'kill':
    case 'pause':
    case 'resume':
    case 'restart': {
      const servers = serversOf(action.node, moment);
      if (servers === null) return { skipped: 'no server leads a synced quorum now' };
      const type = action.type;
      return { commands: servers.map((server): BridgeCommand => ({ type, server })) };
    }
    case 'partition':
      return { commands: [{ type: 'partition', groups: action.groups }] };
    case 'cut':
      return { commands: [{ type: 'cut', from: action.from, to: action.to, both: action.both }] };
    case 'restore':
    case 'heal-link':
      return { commands: [{ type: 'restore', from: action.from, to: action.to, both: action.both }] };
    case 'isolate':
      return { commands: [{ type: 'isolate', server: action.node }] };
    case 'heal':
      return { commands: moment.faults.filter((f) => f.kind === 'partition' || f.kind === 'cut').map((f) => ({ type: 'heal-fault', faultId: f.id })) };
    case 'heal-all':
      return { commands: [{ type: 'heal-all' }] };
    case 'heal-fault':
      return { commands: [{ type: 'heal-fault', faultId: action.fault }] };
    case 'drop':
      return { commands: [{ type: 'drop', percent: Math.round(action.rate * 1000) / 10, link: action.link ?? null }] };
    case 'delay':
      return { commands: [{ type: 'delay', latencyMs: action.latencyMs, jitterMs: action.jitterMs, link: action.link ?? null }] };
    case 'duplicate':
      return { skipped: 'TCP never delivers a segment twice' };
    case 'write':
      return writeCommands(action.path, action.value, moment);
    case 'connect':
      return { commands: [{ type: 'connect-client', name: action.client, server: action.server, timeoutMs: action.timeoutMs ?? 30_000 }] };
    case 'create':
      return { commands: [{ type: 'client-op', name: action.client, callId: moment.nextCallId(), op: { type: 'create', path: action.path, value: action.value, mode: action.mode } }] };
    case 'set':
      return { commands: [{ type: 'client-op', name: action.client, callId: moment.nextCallId(), op: { type: 'set', path: action.path, value: action.value, version: action.version ?? -1 } }] };
    case 'delete':
      return { commands: [{ type: 'client-op', name: action.client, callId: moment.nextCallId(), op: { type: 'delete', path: action.path, version: action.version ?? -1 } }] };
    case 'get':
      return { commands: [{ type: 'client-op', name: action.client, callId: moment.nextCallId(), op: { type: 'get', path: action.path } }] };
    case 'disconnect':
    case 'close':
      return { commands: [{ type: 'disconnect-client', name: action.client }] };
  }
}
