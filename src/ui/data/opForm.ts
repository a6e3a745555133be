import type { ClientView, CreateMode, UserOp } from '../../driver/index.ts';
import { parseVersion, pathProblem, valueProblem } from './znodePath.ts';

// The client operation form's fields, checked into a UserOp. A bad field gets a plain sentence and
// nothing is sent; what only the leader can judge (parent missing, node exists, version) is left
// to it, and its answer is shown next to the form.

export type OpKind = 'create' | 'set' | 'delete' | 'get';

export interface OpDraft {
  kind: OpKind;
  path: string;
  value: string;
  mode: CreateMode;
  version: string;
}

export type OpField = 'client' | 'path' | 'value' | 'version';
export type OpErrors = Partial<Record<OpField, string>>;
export type OpCheck = { ok: true; op: UserOp } | { ok: false; errors: OpErrors };

export const EMPTY_OP: OpDraft = { kind: 'create', path: '/app', value: '', mode: 'persistent', version: '-1' };

export const MODES: { mode: CreateMode; label: string }[] = [
  { mode: 'persistent', label: 'persistent' },
  { mode: 'ephemeral', label: 'ephemeral (dies with the session)' },
  { mode: 'persistent-sequential', label: 'persistent + sequential number' },
  { mode: 'ephemeral-sequential', label: 'ephemeral + sequential number' },
];

const sequential = (mode: CreateMode) => mode.endsWith('sequential');

/** Why this client cannot send anything now, or null. */
export function clientProblem(client: ClientView | undefined): string | null {
  if (!client) return 'Connect a client first (Clients tab).';
  if (client.vanished) return `Client ${client.name} has vanished: it sends nothing any more.`;
  if (client.state === 'expired') return `Client ${client.name}'s session has expired: its handle is dead. Connect a new client.`;
  if (client.state === 'closed') return `Client ${client.name} is closed. Connect a new client.`;
  return null;
}

function rootProblem(draft: OpDraft): string | null {
  if (draft.path !== '/') return null;
  if (draft.kind === 'create') return 'The root "/" always exists: name a node under it, like /app.';
  return draft.kind === 'delete' ? 'The root "/" cannot be deleted.' : null;
}

export function buildOp(draft: OpDraft, client: ClientView | undefined): OpCheck {
  const errors: OpErrors = {};
  const clientError = clientProblem(client);
  if (clientError) errors.client = clientError;
  const seq = draft.kind === 'create' && sequential(draft.mode);
  // A path alone can exceed jute.maxbuffer (a 1.1 MB path); with a value, the value is blamed.
  const pathError = pathProblem(draft.path, seq) ?? valueProblem('', draft.path) ?? rootProblem(draft);
  if (pathError) errors.path = pathError;
  if ((draft.kind === 'create' || draft.kind === 'set') && !pathError) {
    const valueError = valueProblem(draft.value, draft.path);
    if (valueError) errors.value = valueError;
  }
  const version = parseVersion(draft.version);
  if ((draft.kind === 'set' || draft.kind === 'delete') && version === null) errors.version = 'The version is a whole number, or -1 for any version.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  switch (draft.kind) {
    case 'create':
      return { ok: true, op: { type: 'create', path: draft.path, value: draft.value, mode: draft.mode } };
    case 'set':
      return { ok: true, op: { type: 'set', path: draft.path, value: draft.value, version: version! } };
    case 'delete':
      return { ok: true, op: { type: 'delete', path: draft.path, version: version! } };
    case 'get':
      return { ok: true, op: { type: 'get', path: draft.path } };
  }
}
