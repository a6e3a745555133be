import {
  CLIENT_NAME_PATTERN,
  JUTE_MAX_BUFFER_BYTES,
  LINK_DELAY_MS,
  PERCENT,
  inBound,
} from '../core/limits.ts';
import { pathIssue } from '../core/path.ts';
import type { CreateMode, ServerId } from '../core/types.ts';
import type { UserOp } from '../core/client.ts';
import type {
  BridgeCommand,
  BridgeCommandType,
  BridgeRefusal,
  CommandFrame,
} from '../driver/real/protocol.ts';
import type { LinkRef } from '../net/network.ts';

// The bridge can kill processes, so it takes a fixed set of commands and checks every argument
// before anything happens (issue 11, Security). A frame that fails any check is refused with a
// reason, and nothing changes. Nothing here reaches a shell: commands become signals and relay
// settings, by server id, inside the bridge.

/** A frame larger than this is refused unread: a create's value (1 MiB) plus room for the rest. */
export const MAX_FRAME_BYTES = JUTE_MAX_BUFFER_BYTES + 4096;
/** Session timeouts a client may ask for; the servers' min/max session timeout then negotiate. */
const CLIENT_TIMEOUT_MS = { min: 1, max: 600_000 };
const FAULT_ID_PATTERN = /^[A-Za-z0-9:_-]{1,64}$/;
const CREATE_MODES: readonly CreateMode[] = [
  'persistent',
  'ephemeral',
  'persistent-sequential',
  'ephemeral-sequential',
];

export type ParsedFrame =
  { ok: true; frame: CommandFrame } | { ok: false; seq: number | null; refusal: BridgeRefusal };

class Refusal extends Error {
  constructor(readonly refusal: BridgeRefusal) {
    super(refusal.code);
  }
}

const refuse = (field: string, detail: string): never => {
  throw new Refusal({ code: 'bad-argument', field, detail });
};

type Fields = Record<string, unknown>;

function object(value: unknown, field: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse(field, 'must be an object');
  return value as Fields;
}

function onlyKeys(fields: Fields, allowed: readonly string[], where: string): void {
  const extra = Object.keys(fields).find((key) => !allowed.includes(key));
  if (extra !== undefined) refuse(where, `has an unknown field "${extra.slice(0, 40)}"`);
}

function integer(fields: Fields, field: string, min: number, max: number): number {
  const value = fields[field];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    refuse(field, `must be a whole number from ${min} to ${max}`);
  return value as number;
}

function boolean(fields: Fields, field: string): boolean {
  const value = fields[field];
  if (typeof value !== 'boolean') refuse(field, 'must be true or false');
  return value as boolean;
}

function text(fields: Fields, field: string, maxBytes: number): string {
  const value = fields[field];
  if (typeof value !== 'string' || Buffer.byteLength(value, 'utf8') > maxBytes)
    refuse(field, `must be text of at most ${maxBytes} bytes`);
  return value as string;
}

function server(fields: Fields, field: string, servers: ReadonlySet<ServerId>): ServerId {
  const value = fields[field];
  if (typeof value !== 'number' || !Number.isInteger(value)) refuse(field, 'must be a server id');
  if (!servers.has(value as number)) throw new Refusal({ code: 'unknown-server', server: value as number });
  return value as ServerId;
}

function link(fields: Fields, servers: ReadonlySet<ServerId>): LinkRef | null {
  if (fields.link === null) return null;
  const ref = object(fields.link, 'link');
  onlyKeys(ref, ['from', 'to'], 'link');
  const from = server(ref, 'from', servers);
  const to = server(ref, 'to', servers);
  if (from === to) refuse('link', 'must join two different servers');
  return { from, to };
}

function groups(fields: Fields, servers: ReadonlySet<ServerId>): ServerId[][] {
  const value = fields.groups;
  if (!Array.isArray(value) || value.length < 1 || value.length > servers.size)
    refuse('groups', `must list 1 to ${servers.size} groups`);
  return (value as unknown[]).map((group, index) => {
    if (!Array.isArray(group) || group.length === 0)
      refuse(`groups[${index}]`, 'must list at least one server');
    const ids = (group as unknown[]).map((id, at) => {
      const field = `groups[${index}][${at}]`;
      return server({ [field]: id }, field, servers);
    });
    if (new Set(ids).size !== ids.length) refuse(`groups[${index}]`, 'lists a server twice');
    return ids;
  });
}

function path(fields: Fields): string {
  const value = text(fields, 'path', JUTE_MAX_BUFFER_BYTES);
  const issue = pathIssue(value);
  if (issue) refuse('path', `is not a znode path (${issue.kind})`);
  return value;
}

function userOp(value: unknown): UserOp {
  const op = object(value, 'op');
  switch (op.type) {
    case 'create': {
      onlyKeys(op, ['type', 'path', 'value', 'mode'], 'op');
      const mode = op.mode;
      if (!CREATE_MODES.includes(mode as CreateMode))
        refuse('op.mode', `must be one of ${CREATE_MODES.join(', ')}`);
      return {
        type: 'create',
        path: path(op),
        value: text(op, 'value', JUTE_MAX_BUFFER_BYTES),
        mode: mode as CreateMode,
      };
    }
    case 'set':
      onlyKeys(op, ['type', 'path', 'value', 'version'], 'op');
      return {
        type: 'set',
        path: path(op),
        value: text(op, 'value', JUTE_MAX_BUFFER_BYTES),
        version: integer(op, 'version', -1, 2 ** 31 - 1),
      };
    case 'delete':
      onlyKeys(op, ['type', 'path', 'version'], 'op');
      return { type: 'delete', path: path(op), version: integer(op, 'version', -1, 2 ** 31 - 1) };
    case 'get':
      onlyKeys(op, ['type', 'path'], 'op');
      return { type: 'get', path: path(op) };
    case 'close':
      onlyKeys(op, ['type'], 'op');
      return { type: 'close' };
    default:
      return refuse('op.type', 'must be create, set, delete, get or close');
  }
}

function clientName(fields: Fields): string {
  const name = text(fields, 'name', 64);
  if (!CLIENT_NAME_PATTERN.test(name))
    refuse('name', 'must be a letter then up to 15 letters, digits, _ or -');
  return name;
}

type Parser = (fields: Fields, servers: ReadonlySet<ServerId>) => BridgeCommand;

const serverCommand =
  (type: 'crash' | 'kill' | 'pause' | 'resume' | 'restart' | 'isolate'): Parser =>
  (fields, servers) => {
    onlyKeys(fields, ['type', 'server'], 'command');
    return { type, server: server(fields, 'server', servers) };
  };

const linkCommand =
  (type: 'cut' | 'restore'): Parser =>
  (fields, servers) => {
    onlyKeys(fields, ['type', 'from', 'to', 'both'], 'command');
    const from = server(fields, 'from', servers);
    const to = server(fields, 'to', servers);
    if (from === to) refuse('to', 'must differ from "from"');
    return { type, from, to, both: boolean(fields, 'both') };
  };

const PARSERS: Record<BridgeCommandType, Parser> = {
  crash: serverCommand('crash'),
  kill: serverCommand('kill'),
  pause: serverCommand('pause'),
  resume: serverCommand('resume'),
  restart: serverCommand('restart'),
  isolate: serverCommand('isolate'),
  cut: linkCommand('cut'),
  restore: linkCommand('restore'),
  partition: (fields, servers) => {
    onlyKeys(fields, ['type', 'groups'], 'command');
    return { type: 'partition', groups: groups(fields, servers) };
  },
  'heal-fault': (fields) => {
    onlyKeys(fields, ['type', 'faultId'], 'command');
    const faultId = text(fields, 'faultId', 64);
    if (!FAULT_ID_PATTERN.test(faultId)) refuse('faultId', 'is not a fault id');
    return { type: 'heal-fault', faultId };
  },
  'heal-all': (fields) => {
    onlyKeys(fields, ['type'], 'command');
    return { type: 'heal-all' };
  },
  delay: (fields, servers) => {
    onlyKeys(fields, ['type', 'latencyMs', 'jitterMs', 'link'], 'command');
    const latencyMs = integer(fields, 'latencyMs', LINK_DELAY_MS.min, LINK_DELAY_MS.max);
    const jitterMs = integer(fields, 'jitterMs', LINK_DELAY_MS.min, LINK_DELAY_MS.max);
    return { type: 'delay', latencyMs, jitterMs, link: link(fields, servers) };
  },
  drop: (fields, servers) => {
    onlyKeys(fields, ['type', 'percent', 'link'], 'command');
    const percent = fields.percent;
    if (typeof percent !== 'number' || !inBound(percent, PERCENT))
      refuse('percent', `must be a number from ${PERCENT.min} to ${PERCENT.max}`);
    return { type: 'drop', percent: percent as number, link: link(fields, servers) };
  },
  'pause-all': (fields) => {
    onlyKeys(fields, ['type', 'paused'], 'command');
    return { type: 'pause-all', paused: boolean(fields, 'paused') };
  },
  'connect-client': (fields, servers) => {
    onlyKeys(fields, ['type', 'name', 'server', 'timeoutMs'], 'command');
    return {
      type: 'connect-client',
      name: clientName(fields),
      server: server(fields, 'server', servers),
      timeoutMs: integer(fields, 'timeoutMs', CLIENT_TIMEOUT_MS.min, CLIENT_TIMEOUT_MS.max),
    };
  },
  'client-op': (fields) => {
    onlyKeys(fields, ['type', 'name', 'callId', 'op'], 'command');
    return {
      type: 'client-op',
      name: clientName(fields),
      callId: integer(fields, 'callId', 1, Number.MAX_SAFE_INTEGER),
      op: userOp(fields.op),
    };
  },
  'disconnect-client': (fields) => {
    onlyKeys(fields, ['type', 'name'], 'command');
    return { type: 'disconnect-client', name: clientName(fields) };
  },
};

function seqOf(value: unknown): number | null {
  const seq = (value as Fields | null)?.seq;
  return typeof seq === 'number' && Number.isInteger(seq) && seq >= 0 && seq <= Number.MAX_SAFE_INTEGER
    ? seq
    : null;
}

/** Reads one text frame from the page: a command with its sequence number, or why it is refused. */
export function parseCommandFrame(data: string, servers: ReadonlySet<ServerId>): ParsedFrame {
  if (Buffer.byteLength(data, 'utf8') > MAX_FRAME_BYTES)
    return {
      ok: false,
      seq: null,
      refusal: { code: 'bad-frame', detail: `larger than ${MAX_FRAME_BYTES} bytes` },
    };
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return { ok: false, seq: null, refusal: { code: 'bad-frame', detail: 'not JSON' } };
  }
  const seq = seqOf(value);
  if (seq === null)
    return { ok: false, seq: null, refusal: { code: 'bad-frame', detail: 'needs a whole-number "seq"' } };
  try {
    const frame = object(value, 'frame');
    onlyKeys(frame, ['seq', 'command'], 'frame');
    const fields = object(frame.command, 'command');
    const type = fields.type;
    if (typeof type !== 'string' || !Object.hasOwn(PARSERS, type)) {
      return {
        ok: false,
        seq,
        refusal: {
          code: 'unknown-command',
          type: typeof type === 'string' ? type.slice(0, 40) : String(type).slice(0, 40),
        },
      };
    }
    return { ok: true, frame: { seq, command: PARSERS[type as BridgeCommandType](fields, servers) } };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, seq, refusal: error.refusal };
    throw error;
  }
}
