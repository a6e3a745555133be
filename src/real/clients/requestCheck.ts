import type { UserOp } from '../../core/client.ts';
import { CLIENT_NAME_PATTERN, JUTE_MAX_BUFFER_BYTES, oversizedPacketBytes, quoteShort } from '../../core/limits.ts';
import { pathIssue } from '../../core/path.ts';
import type { ClientResult, ServerId } from '../../core/types.ts';
import type { Refusal } from '../../net/refusal.ts';
import { isInteger, parseUserOp } from './checks.ts';

// The checks a request passes before anything reaches the child or a server: the same names,
// timeouts and path rules as the simulated clients (core/limits.ts, core/path.ts), so a request
// the model refuses is refused here too, with the same words. A refused request changes nothing.

/** ZooKeeper's session timeout is an int of ms. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export function nameRefusal(name: unknown): Refusal | null {
  if (typeof name === 'string' && CLIENT_NAME_PATTERN.test(name)) return null;
  const shown = typeof name === 'string' ? `"${quoteShort(name)}"` : 'that';
  return { why: 'failed', error: `${shown} is not a client name: a letter, then up to 15 letters, digits, '-' or '_'` };
}

export function connectRefusal(name: unknown, server: unknown, timeoutMs: unknown, servers: readonly ServerId[]): Refusal | null {
  const badName = nameRefusal(name);
  if (badName !== null) return badName;
  if (typeof server !== 'number' || !servers.includes(server)) return { why: 'no-server', server: typeof server === 'number' ? server : NaN };
  if (!isInteger(timeoutMs, 1, MAX_TIMEOUT_MS)) return { why: 'bad-session-timeout', timeoutMs: typeof timeoutMs === 'number' ? timeoutMs : NaN };
  return null;
}

export type OpCheck =
  | { ok: true; op: UserOp }
  /** Not an operation at all: a refusal record. */
  | { ok: false; refusal: Refusal }
  /** An operation the server would refuse on its path or size: answered by the client, as the model's would be. */
  | { ok: false; op: UserOp; result: Extract<ClientResult, { ok: false }> };

function isSequentialCreate(op: UserOp): boolean {
  return op.type === 'create' && (op.mode === 'persistent-sequential' || op.mode === 'ephemeral-sequential');
}

export function checkOp(callId: unknown, raw: unknown): OpCheck {
  if (!isInteger(callId, 1, Number.MAX_SAFE_INTEGER)) return { ok: false, refusal: { why: 'failed', error: 'a call needs a whole positive callId' } };
  const op = parseUserOp(raw);
  if (op === null) return { ok: false, refusal: { why: 'failed', error: 'not a client operation (create, set, delete, get or close, with their fields)' } };
  if (op.type === 'close') return { ok: true, op };
  // As PrepRequestProcessor does, a sequential path is checked with a suffix: "/jobs/" is a fine prefix.
  const probe = isSequentialCreate(op) ? op.path + '1' : op.path;
  const issue = pathIssue(probe);
  if (issue !== null) return { ok: false, op, result: { ok: false, code: 'BADARGUMENTS', problem: { why: 'bad-path', path: probe, issue } } };
  if (op.type === 'create' && op.path === '/') return { ok: false, op, result: { ok: false, code: 'BADARGUMENTS', problem: { why: 'create-root' } } };
  const bytes = oversizedPacketBytes(op.path, op.type === 'create' || op.type === 'set' ? op.value : '');
  if (bytes !== null) return { ok: false, op, result: { ok: false, code: 'BADARGUMENTS', problem: { why: 'too-large', bytes, limitBytes: JUTE_MAX_BUFFER_BYTES } } };
  return { ok: true, op };
}
