import { describe, expect, it } from 'vitest';
import { checkOp, connectRefusal, nameRefusal } from './requestCheck.ts';

describe('request checks', () => {
  it('accepts the names the simulated clients accept', () => {
    expect(nameRefusal('c1')).toBeNull();
    expect(nameRefusal('writer-2_b')).toBeNull();
  });

  it.each([['', 'empty'], ['1c', 'a leading digit'], ['a'.repeat(17), 'seventeen characters'], ['c 1', 'a space']])('refuses the name %j (%s) with words', (name) => {
    const refusal = nameRefusal(name);
    expect(refusal?.why).toBe('failed');
    if (refusal?.why === 'failed') expect(refusal.error).toContain('not a client name');
  });

  it('refuses a connect to a server that is not in the ensemble', () => {
    expect(connectRefusal('c1', 9, 4000, [1, 2, 3])).toEqual({ why: 'no-server', server: 9 });
  });

  it.each([0, -5, 1.5, Number.NaN, 2 ** 31])('refuses the session timeout %s', (timeoutMs) => {
    expect(connectRefusal('c1', 1, timeoutMs, [1, 2, 3])?.why).toBe('bad-session-timeout');
  });

  it('passes a good connect', () => {
    expect(connectRefusal('c1', 2, 4000, [1, 2, 3])).toBeNull();
  });

  it('answers a bad path as the server would, without sending it', () => {
    const check = checkOp(1, { type: 'create', path: 'a//b', value: '', mode: 'persistent' });
    expect(check).toMatchObject({ ok: false, result: { code: 'BADARGUMENTS', problem: { why: 'bad-path', path: 'a//b', issue: { kind: 'no-leading-slash' } } } });
  });

  it('checks a sequential prefix with a suffix, so a trailing slash is fine', () => {
    expect(checkOp(1, { type: 'create', path: '/jobs/', value: '', mode: 'persistent-sequential' })).toEqual({ ok: true, op: { type: 'create', path: '/jobs/', value: '', mode: 'persistent-sequential' } });
    expect(checkOp(1, { type: 'create', path: '/jobs/', value: '', mode: 'persistent' })).toMatchObject({ ok: false, result: { problem: { why: 'bad-path' } } });
  });

  it('refuses a value above jute.maxbuffer with its size', () => {
    const check = checkOp(1, { type: 'set', path: '/a', value: 'x'.repeat(0x100000), version: -1 });
    expect(check).toMatchObject({ ok: false, result: { code: 'BADARGUMENTS', problem: { why: 'too-large', bytes: 0x100000 + 2, limitBytes: 0xfffff } } });
  });

  it.each([
    ['no callId', 0, { type: 'get', path: '/a' }],
    ['an unknown op', 1, { type: 'rename', path: '/a' }],
    ['a set without a version', 1, { type: 'set', path: '/a', value: 'v' }],
    ['a version below -1', 1, { type: 'delete', path: '/a', version: -2 }],
  ])('refuses %s as not an operation', (_what, callId, op) => {
    expect(checkOp(callId, op)).toMatchObject({ ok: false, refusal: { why: 'failed' } });
  });
});
