import { describe, expect, it } from 'vitest';
import type { ClientView } from '../../driver/index.ts';
import { EMPTY_OP, buildOp } from './opForm.ts';
import { en as catalog } from '../../i18n/messages/en/index.ts';
import { makeTranslate } from '../../i18n/translate.ts';

const en = makeTranslate('en', catalog);

function client(over: Partial<ClientView> = {}): ClientView {
  return { name: 'c1', state: 'connected', server: 1, tryingServer: null, sessionId: 5, timeoutMs: 6000, requestedTimeoutMs: 6000, lastZxidSeen: 0, pendingOps: 0, lastCallId: 0, lastHeardMs: 0, readTimeoutMs: 4000, connectTimeoutMs: 1200, retryAtMs: null, closing: false, vanished: false, serverOrder: [1, 2, 3], ...over };
}

describe('buildOp', () => {
  it('builds each kind of op', () => {
    expect(buildOp({ ...EMPTY_OP, path: '/w', value: 'up', mode: 'ephemeral' }, client(), en)).toEqual({ ok: true, op: { type: 'create', path: '/w', value: 'up', mode: 'ephemeral' } });
    expect(buildOp({ ...EMPTY_OP, kind: 'set', path: '/w', value: 'x', version: '3' }, client(), en)).toEqual({ ok: true, op: { type: 'set', path: '/w', value: 'x', version: 3 } });
    expect(buildOp({ ...EMPTY_OP, kind: 'delete', path: '/w', version: '-1' }, client(), en)).toEqual({ ok: true, op: { type: 'delete', path: '/w', version: -1 } });
    expect(buildOp({ ...EMPTY_OP, kind: 'get', path: '/', version: 'ignored' }, client(), en)).toEqual({ ok: true, op: { type: 'get', path: '/' } });
  });

  it('sends nothing when a field is bad, and says which', () => {
    const r = buildOp({ ...EMPTY_OP, kind: 'set', path: 'w/', version: 'x' }, undefined, en);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['client', 'path', 'version']);
  });

  it('refuses to create or delete the root', () => {
    expect(buildOp({ ...EMPTY_OP, path: '/' }, client(), en)).toMatchObject({ ok: false, errors: { path: expect.stringMatching(/always exists/) } });
    expect(buildOp({ ...EMPTY_OP, kind: 'delete', path: '/' }, client(), en)).toMatchObject({ ok: false, errors: { path: expect.stringMatching(/cannot be deleted/) } });
  });

  it('refuses dead handles but lets a disconnected client queue its op', () => {
    expect(buildOp(EMPTY_OP, client({ state: 'expired' }), en)).toMatchObject({ ok: false, errors: { client: expect.stringMatching(/expired/) } });
    expect(buildOp(EMPTY_OP, client({ state: 'closed' }), en).ok).toBe(false);
    expect(buildOp(EMPTY_OP, client({ state: 'disconnected', vanished: true }), en).ok).toBe(false);
    expect(buildOp(EMPTY_OP, client({ state: 'disconnected' }), en).ok).toBe(true);
  });
});
