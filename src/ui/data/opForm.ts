import type { ClientView, CreateMode, UserOp } from '../../driver/index.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import type { Translate } from '../../i18n/translate.ts';
import { parseVersion, pathProblem, valueProblem } from './znodePath.ts';
import { code } from '../../i18n/codeText.ts';

// The client operation form's fields, checked into a UserOp. A bad field gets a plain sentence in
// the page's language and nothing is sent; what only the leader can judge (parent missing, node
// exists, version) is left to it, and its answer is shown next to the form.

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

export const MODES: { mode: CreateMode; label: MessageKey }[] = [
  { mode: 'persistent', label: 'data.mode.persistent' },
  { mode: 'ephemeral', label: 'data.mode.ephemeral' },
  { mode: 'persistent-sequential', label: 'data.mode.persistentSequential' },
  { mode: 'ephemeral-sequential', label: 'data.mode.ephemeralSequential' },
];

const sequential = (mode: CreateMode) => mode.endsWith('sequential');

/** Why this client cannot send anything now, or null. */
export function clientProblem(client: ClientView | undefined, t: Translate): string | null {
  if (!client) return t('data.check.noClient');
  if (client.vanished) return t('data.check.vanished', { name: code(client.name) });
  if (client.state === 'expired') return t('data.check.expired', { name: code(client.name) });
  if (client.state === 'closed') return t('data.check.closed', { name: code(client.name) });
  return null;
}

function rootProblem(draft: OpDraft, t: Translate): string | null {
  if (draft.path !== '/') return null;
  if (draft.kind === 'create') return t('data.check.createRoot', { example: code('/app') });
  return draft.kind === 'delete' ? t('data.check.deleteRoot') : null;
}

export function buildOp(draft: OpDraft, client: ClientView | undefined, t: Translate): OpCheck {
  const errors: OpErrors = {};
  const clientError = clientProblem(client, t);
  if (clientError) errors.client = clientError;
  const seq = draft.kind === 'create' && sequential(draft.mode);
  // A path alone can exceed jute.maxbuffer (a 1.1 MB path); with a value, the value is blamed.
  const pathError = pathProblem(draft.path, t, seq) ?? valueProblem('', t, draft.path) ?? rootProblem(draft, t);
  if (pathError) errors.path = pathError;
  if ((draft.kind === 'create' || draft.kind === 'set') && !pathError) {
    const valueError = valueProblem(draft.value, t, draft.path);
    if (valueError) errors.value = valueError;
  }
  const version = parseVersion(draft.version);
  if ((draft.kind === 'set' || draft.kind === 'delete') && version === null) errors.version = t('data.check.version');
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
