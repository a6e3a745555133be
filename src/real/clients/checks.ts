import type { UserOp } from '../../core/client.ts';
import type { CreateMode } from '../../core/types.ts';

// Shape checks for what crosses a process boundary (the IPC channel, the page's commands).

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

export function isInteger(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

const CREATE_MODES: readonly CreateMode[] = ['persistent', 'ephemeral', 'persistent-sequential', 'ephemeral-sequential'];

/** A znode version in a request: -1 (any) or a real version (ZooKeeper's int). */
function isRequestVersion(value: unknown): value is number {
  return isInteger(value, -1, 2 ** 31 - 1);
}

/** A UserOp with exactly its own fields (extra fields are dropped), or null when it is not one. */
export function parseUserOp(raw: unknown): UserOp | null {
  if (!isObject(raw)) return null;
  switch (raw.type) {
    case 'create':
      return isString(raw.path) && isString(raw.value) && CREATE_MODES.includes(raw.mode as CreateMode) ? { type: 'create', path: raw.path, value: raw.value, mode: raw.mode as CreateMode } : null;
    case 'set':
      return isString(raw.path) && isString(raw.value) && isRequestVersion(raw.version) ? { type: 'set', path: raw.path, value: raw.value, version: raw.version } : null;
    case 'delete':
      return isString(raw.path) && isRequestVersion(raw.version) ? { type: 'delete', path: raw.path, version: raw.version } : null;
    case 'get':
      return isString(raw.path) ? { type: 'get', path: raw.path } : null;
    case 'close':
      return { type: 'close' };
    default:
      return null;
  }
}
