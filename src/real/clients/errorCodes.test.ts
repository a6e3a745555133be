import { describe, expect, it } from 'vitest';
import type { FollowUp } from './childProtocol.ts';
import { answerOf, clientErrorCodeOf, ZK_CODES, zkCodeName } from './errorCodes.ts';

const attached = { server: 2, sessionId: 9, closing: false };
const fail = (zkCode: number, followUp: FollowUp | null = null) => ({ ok: false as const, zkCode, followUp });

describe('ZooKeeper error codes', () => {
  it('maps the codes the project knows', () => {
    expect(clientErrorCodeOf(-101)).toBe('NONODE');
    expect(clientErrorCodeOf(-110)).toBe('NODEEXISTS');
    expect(clientErrorCodeOf(-111)).toBe('NOTEMPTY');
    expect(clientErrorCodeOf(-103)).toBe('BADVERSION');
    expect(clientErrorCodeOf(-108)).toBe('NOCHILDRENFOREPHEMERALS');
    expect(clientErrorCodeOf(-4)).toBe('CONNECTIONLOSS');
    expect(clientErrorCodeOf(-112)).toBe('SESSIONEXPIRED');
  });

  it('has no project code for SESSIONMOVED, and names it', () => {
    expect(clientErrorCodeOf(ZK_CODES.SESSIONMOVED)).toBeNull();
    expect(zkCodeName(-118)).toBe('SESSIONMOVED (-118)');
    expect(zkCodeName(-999)).toBe('UNKNOWN (-999)');
  });

  it('says a create failed on its missing parent, and a get on its missing node', () => {
    expect(answerOf({ type: 'create', path: '/a/b', value: '', mode: 'persistent' }, fail(-101), attached)).toEqual({ result: { ok: false, code: 'NONODE', problem: { why: 'no-parent', parent: '/a' } }, answeredBy: 'server' });
    expect(answerOf({ type: 'get', path: '/x' }, fail(-101), attached)).toEqual({ result: { ok: false, code: 'NONODE', problem: { why: 'no-node', path: '/x' } }, answeredBy: 'server' });
  });

  it('names the children a NOTEMPTY found, from the read after it', () => {
    const answer = answerOf({ type: 'delete', path: '/a', version: -1 }, fail(-111, { children: ['b', 'c', 'd', 'e'] }), attached);
    expect(answer).toEqual({ result: { ok: false, code: 'NOTEMPTY', problem: { why: 'not-empty', path: '/a', children: 4, some: ['b', 'c', 'd'] } }, answeredBy: 'server' });
  });

  it('gives the version a BADVERSION met, from the read after it', () => {
    const answer = answerOf({ type: 'set', path: '/a', value: 'v', version: 3 }, fail(-103, { version: 5 }), attached);
    expect(answer).toEqual({ result: { ok: false, code: 'BADVERSION', problem: { why: 'bad-version', path: '/a', expected: 3, actual: 5 } }, answeredBy: 'server' });
  });

  it('says the node was gone when the read after a BADVERSION found none', () => {
    const answer = answerOf({ type: 'delete', path: '/a', version: 3 }, fail(-103, { zkCode: -101 }), attached);
    expect(answer).toEqual({ result: { ok: false, code: 'BADVERSION', problem: { why: 'no-node', path: '/a' } }, answeredBy: 'server' });
  });

  it('leaves a BADVERSION without its version unmapped rather than inventing one', () => {
    expect(answerOf({ type: 'set', path: '/a', value: 'v', version: 3 }, fail(-103, null), attached)).toEqual({ unknownCode: -103 });
  });

  it('answers a lost connection as the library, on the server it was attached to', () => {
    expect(answerOf({ type: 'get', path: '/a' }, fail(-4), attached)).toEqual({ result: { ok: false, code: 'CONNECTIONLOSS', problem: { why: 'lost-before-answer', server: 2 } }, answeredBy: 'client' });
    expect(answerOf({ type: 'get', path: '/a' }, fail(-4), { ...attached, server: null })).toMatchObject({ result: { problem: { why: 'closed-before-send' } } });
    expect(answerOf({ type: 'get', path: '/a' }, fail(-112), attached)).toMatchObject({ result: { code: 'SESSIONEXPIRED', problem: { why: 'handle-expired' } }, answeredBy: 'client' });
  });

  it('tells a delete of the root or of /zookeeper apart', () => {
    expect(answerOf({ type: 'delete', path: '/', version: -1 }, fail(-8), attached)).toMatchObject({ result: { problem: { why: 'delete-root' } } });
    expect(answerOf({ type: 'delete', path: '/zookeeper', version: -1 }, fail(-8), attached)).toMatchObject({ result: { problem: { why: 'delete-special', path: '/zookeeper' } } });
  });

  it('passes a success through as the server answered it', () => {
    expect(answerOf({ type: 'delete', path: '/a', version: -1 }, { ok: true, type: 'deleted', zxid: 7 }, attached)).toEqual({ result: { ok: true, type: 'deleted', zxid: 7 }, answeredBy: 'server' });
  });

  it('says a close no server confirmed was settled by the client', () => {
    expect(answerOf({ type: 'close' }, { ok: true, type: 'closed' }, { ...attached, server: null })).toEqual({ result: { ok: true, type: 'closed' }, answeredBy: 'client' });
    expect(answerOf({ type: 'close' }, { ok: true, type: 'closed' }, attached)).toEqual({ result: { ok: true, type: 'closed' }, answeredBy: 'server' });
  });
});
