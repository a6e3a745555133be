import type { LinkLoss } from '../../core/clientEvents.ts';
import type { UserOp } from '../../core/client.ts';
import type { ServerId, ZnodeData, Zxid } from '../../core/types.ts';
import { isInteger, isObject, isString, parseUserOp } from './checks.ts';

// The JSON the client host and its child process exchange over the IPC channel. The child runs
// node-zookeeper-client, which can throw where nobody can catch it (real-zookeeper.md, Client
// libraries), so the host trusts nothing that comes back: parseChildMessage checks every field.

/** A session's key in the child: `user:<name>` for the page's clients, `reader:<id>` for tree readers. */
export type SessionKey = string;

export interface ServerAddress {
  id: ServerId;
  port: number;
}

export type HostCommand =
  /** Open a session on these servers, trying `firstServer` first; the library walks the rest. */
  | { type: 'open'; key: SessionKey; servers: ServerAddress[]; firstServer: ServerId; timeoutMs: number }
  | { type: 'op'; key: SessionKey; callId: number; op: UserOp }
  /** closeSession: the server ends the session and its ephemerals at once. */
  | { type: 'close'; key: SessionKey }
  | { type: 'walk'; key: SessionKey; walkId: number };

/** What the server (or the library, for a lost connection) answered, before the host words it. */
export type OpOutcome =
  | { ok: true; type: 'created'; path: string; zxid: Zxid }
  | { ok: true; type: 'set'; zxid: Zxid; version: number }
  | { ok: true; type: 'deleted'; zxid: Zxid }
  | { ok: true; type: 'data'; value: string; version: number; zxid: Zxid; serverZxid: Zxid }
  | { ok: true; type: 'closed' }
  /** A ZooKeeper error code (KeeperException.Code), with what a read right after saw, when one was made. */
  | { ok: false; zkCode: number; followUp: FollowUp | null };

/** The read after a NOTEMPTY or BADVERSION, so the answer can say which children, which version. */
export type FollowUp = { children: string[] } | { version: number } | { zkCode: number };

export type ChildMessage =
  | { type: 'ready' }
  /** The session exists in the library, which will try the servers in this order (its shuffle, rotated to the first server). */
  | { type: 'opened'; key: SessionKey; serverOrder: ServerId[] }
  | { type: 'connected'; key: SessionKey; server: ServerId; sessionId: number; timeoutMs: number; lastZxid: Zxid }
  /**
   * Sent when the next attempt starts, so its server is known. `spunMs`: the library waited that
   * long first (every server had failed in a row: its random spin delay); null: it tried at once.
   */
  | { type: 'lost'; key: SessionKey; server: ServerId; loss: LinkLoss; next: ServerId; spunMs: number | null; sinceLossMs: number }
  | { type: 'expired'; key: SessionKey; server: ServerId | null }
  | { type: 'closed'; key: SessionKey; server: ServerId | null }
  | { type: 'heard'; key: SessionKey; lastZxid: Zxid }
  | { type: 'result'; key: SessionKey; callId: number; server: ServerId | null; outcome: OpOutcome; lastZxid: Zxid }
  /** A whole tree read; `minZxid`/`maxZxid` span the zxids its replies carried. */
  | { type: 'walked'; key: SessionKey; walkId: number; nodes: ZnodeData[]; minZxid: Zxid; maxZxid: Zxid }
  | { type: 'walk-failed'; key: SessionKey; walkId: number; detail: string }
  /** The library refused a call or a session outright (`callId` null: not a call): its message. */
  | { type: 'failed'; key: SessionKey; callId: number | null; detail: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

function bad<T>(problem: string): Parsed<T> {
  return { ok: false, problem };
}

function good<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

const ZXID_MAX = Number.MAX_SAFE_INTEGER;

function isZxid(value: unknown): value is Zxid {
  return isInteger(value, 0, ZXID_MAX);
}

function isServerOrNull(value: unknown): value is ServerId | null {
  return value === null || isInteger(value, 1, 4095);
}

function isZnode(value: unknown): value is ZnodeData {
  if (!isObject(value)) return false;
  const { path, value: data, ephemeralOwner, version, czxid, mzxid, cversion } = value;
  return isString(path) && isString(data) && isInteger(ephemeralOwner, 0, ZXID_MAX) && isInteger(version, 0, 2 ** 31) && isZxid(czxid) && isZxid(mzxid) && isInteger(cversion, -(2 ** 31), 2 ** 31);
}

function isLinkLoss(value: unknown): value is LinkLoss {
  if (!isObject(value)) return false;
  switch (value.why) {
    case 'closed-by-server':
    case 'connection-reset':
      return true;
    case 'connect-timeout':
      return isInteger(value.waitedMs, 0, ZXID_MAX);
    case 'read-timeout':
      return isInteger(value.silentMs, 0, ZXID_MAX);
    default:
      return false;
  }
}

function isFollowUp(value: unknown): value is FollowUp | null {
  if (value === null) return true;
  if (!isObject(value)) return false;
  if ('children' in value) return Array.isArray(value.children) && value.children.every(isString);
  if ('version' in value) return isInteger(value.version, 0, 2 ** 31);
  return isInteger(value.zkCode, -200, 0);
}

function isOutcome(value: unknown): value is OpOutcome {
  if (!isObject(value)) return false;
  if (value.ok === false) return isInteger(value.zkCode, -200, 0) && isFollowUp(value.followUp);
  if (value.ok !== true) return false;
  switch (value.type) {
    case 'created':
      return isString(value.path) && isZxid(value.zxid);
    case 'set':
      return isZxid(value.zxid) && isInteger(value.version, 0, 2 ** 31);
    case 'deleted':
      return isZxid(value.zxid);
    case 'data':
      return isString(value.value) && isInteger(value.version, 0, 2 ** 31) && isZxid(value.zxid) && isZxid(value.serverZxid);
    case 'closed':
      return true;
    default:
      return false;
  }
}

/** The fields each message type must carry, and their checks. */
const MESSAGE_FIELDS: Record<ChildMessage['type'], Record<string, (v: unknown) => boolean>> = {
  ready: {},
  opened: { key: isString, serverOrder: (v) => Array.isArray(v) && v.length > 0 && v.every((id) => isInteger(id, 1, 4095)) },
  connected: { key: isString, server: (v) => isInteger(v, 1, 4095), sessionId: (v) => isInteger(v, 0, ZXID_MAX), timeoutMs: (v) => isInteger(v, 0, 2 ** 31), lastZxid: isZxid },
  lost: { key: isString, server: (v) => isInteger(v, 1, 4095), loss: isLinkLoss, next: (v) => isInteger(v, 1, 4095), spunMs: (v) => v === null || isInteger(v, 0, ZXID_MAX), sinceLossMs: (v) => isInteger(v, 0, ZXID_MAX) },
  expired: { key: isString, server: isServerOrNull },
  closed: { key: isString, server: isServerOrNull },
  heard: { key: isString, lastZxid: isZxid },
  result: { key: isString, callId: (v) => isInteger(v, 1, ZXID_MAX), server: isServerOrNull, outcome: isOutcome, lastZxid: isZxid },
  walked: { key: isString, walkId: (v) => isInteger(v, 1, ZXID_MAX), nodes: (v) => Array.isArray(v) && v.every(isZnode), minZxid: isZxid, maxZxid: isZxid },
  'walk-failed': { key: isString, walkId: (v) => isInteger(v, 1, ZXID_MAX), detail: isString },
  failed: { key: isString, callId: (v) => v === null || isInteger(v, 1, ZXID_MAX), detail: isString },
};

function hasFields(value: Record<string, unknown>, fields: Record<string, (v: unknown) => boolean>): string | null {
  for (const [name, check] of Object.entries(fields)) {
    if (!check(value[name])) return `field "${name}" is missing or malformed`;
  }
  return null;
}

/** A message from the child, checked field by field; anything else is refused with the reason. */
export function parseChildMessage(raw: unknown): Parsed<ChildMessage> {
  if (!isObject(raw)) return bad('not an object');
  if (!isString(raw.type) || !Object.hasOwn(MESSAGE_FIELDS, raw.type)) return bad(`unknown message type ${JSON.stringify(raw.type)}`);
  const problem = hasFields(raw, MESSAGE_FIELDS[raw.type as ChildMessage['type']]);
  if (problem !== null) return bad(`${raw.type}: ${problem}`);
  return good(raw as unknown as ChildMessage);
}

function isAddress(value: unknown): value is ServerAddress {
  return isObject(value) && isInteger(value.id, 1, 4095) && isInteger(value.port, 1, 65535);
}

/** A command from the host, checked the same way (the child acts on nothing it cannot read). */
export function parseHostCommand(raw: unknown): Parsed<HostCommand> {
  if (!isObject(raw) || !isString(raw.key)) return bad('not a command with a key');
  switch (raw.type) {
    case 'open': {
      const ok = Array.isArray(raw.servers) && raw.servers.length > 0 && raw.servers.every(isAddress) && raw.servers.some((s: ServerAddress) => s.id === raw.firstServer) && isInteger(raw.timeoutMs, 1, 2 ** 31);
      return ok ? good(raw as unknown as HostCommand) : bad('open: servers, firstServer or timeoutMs malformed');
    }
    case 'op': {
      const op = parseUserOp(raw.op);
      return isInteger(raw.callId, 1, ZXID_MAX) && op !== null ? good({ type: 'op', key: raw.key, callId: raw.callId, op }) : bad('op: callId or op malformed');
    }
    case 'close':
      return good({ type: 'close', key: raw.key });
    case 'walk':
      return isInteger(raw.walkId, 1, ZXID_MAX) ? good({ type: 'walk', key: raw.key, walkId: raw.walkId }) : bad('walk: walkId malformed');
    default:
      return bad(`unknown command type ${JSON.stringify(raw.type)}`);
  }
}
