import { describe, expect, it } from 'vitest';
import { parseChildMessage, parseHostCommand } from './childProtocol.ts';

const node = { path: '/a', value: 'x', ephemeralOwner: 0, version: 0, czxid: 4294967297, mzxid: 4294967297, cversion: 0 };

describe('parseChildMessage', () => {
  it('accepts each well-formed message', () => {
    const messages = [
      { type: 'ready' },
      { type: 'connected', key: 'user:c1', server: 2, sessionId: 77, timeoutMs: 4000, lastZxid: 0 },
      { type: 'lost', key: 'user:c1', server: 2, loss: { why: 'read-timeout', silentMs: 2700 }, next: 3, spunMs: null, sinceLossMs: 1 },
      { type: 'opened', key: 'user:c1', serverOrder: [2, 3, 1] },
      { type: 'result', key: 'user:c1', callId: 1, server: 2, outcome: { ok: true, type: 'created', path: '/a', zxid: 5 }, lastZxid: 5 },
      { type: 'result', key: 'user:c1', callId: 2, server: null, outcome: { ok: false, zkCode: -4, followUp: null }, lastZxid: 5 },
      { type: 'walked', key: 'reader:1', walkId: 3, nodes: [node], minZxid: 5, maxZxid: 5 },
    ];
    for (const message of messages) expect(parseChildMessage(message)).toEqual({ ok: true, value: message });
  });

  it.each([
    ['a string', 'connected'],
    ['null', null],
    ['an array', [1, 2]],
    ['an unknown type', { type: 'explode', key: 'user:c1' }],
    ['an inherited type name', { type: 'toString', key: 'user:c1' }],
    ['a missing key', { type: 'heard', lastZxid: 1 }],
    ['a fractional server', { type: 'connected', key: 'user:c1', server: 1.5, sessionId: 1, timeoutMs: 4000, lastZxid: 0 }],
    ['a negative zxid', { type: 'heard', key: 'user:c1', lastZxid: -1 }],
    ['an unknown loss', { type: 'lost', key: 'user:c1', server: 1, loss: { why: 'gremlins' }, next: 2, spunMs: 0, sinceLossMs: 0 }],
    ['an outcome of no known type', { type: 'result', key: 'user:c1', callId: 1, server: 1, outcome: { ok: true, type: 'teleported' }, lastZxid: 0 }],
    ['a positive error code', { type: 'result', key: 'user:c1', callId: 1, server: 1, outcome: { ok: false, zkCode: 5, followUp: null }, lastZxid: 0 }],
    ['a znode without its version', { type: 'walked', key: 'reader:1', walkId: 1, nodes: [{ ...node, version: undefined }], minZxid: 0, maxZxid: 0 }],
  ])('refuses %s with a reason', (_what, raw) => {
    const parsed = parseChildMessage(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.length).toBeGreaterThan(0);
  });
});

describe('parseHostCommand', () => {
  it('keeps only the fields of an op', () => {
    const parsed = parseHostCommand({ type: 'op', key: 'user:c1', callId: 4, op: { type: 'get', path: '/a', extra: 'dropped' } });
    expect(parsed).toEqual({ ok: true, value: { type: 'op', key: 'user:c1', callId: 4, op: { type: 'get', path: '/a' } } });
  });

  it('refuses an open whose first server is not among its servers', () => {
    expect(parseHostCommand({ type: 'open', key: 'user:c1', servers: [{ id: 1, port: 26000 }], firstServer: 2, timeoutMs: 4000 }).ok).toBe(false);
  });

  it('refuses a create with an unknown mode', () => {
    expect(parseHostCommand({ type: 'op', key: 'user:c1', callId: 1, op: { type: 'create', path: '/a', value: '', mode: 'forever' } }).ok).toBe(false);
  });
});
