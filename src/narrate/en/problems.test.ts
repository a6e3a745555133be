import { describe, expect, it } from 'vitest';
import { pathIssue } from '../../core/path.ts';
import type { RequestProblem } from '../../core/requestProblems.ts';
import { pathIssueText, requestProblemText } from './problems.ts';

// The English words of every request problem: the messages the core wrote itself before it
// reported data, kept byte for byte.

describe('PathUtils.validatePath words', () => {
  it.each([
    ['', 'Path length must be > 0'],
    ['a', 'Path must start with / character'],
    ['a/b', 'Path must start with / character'],
    ['/a/', 'Path must not end with / character'],
    ['//', 'Path must not end with / character'],
    ['/a//b', 'empty node name specified @3'],
    ['//a', 'empty node name specified @1'],
    ['/a/.', 'relative paths not allowed @3'],
    ['/a/..', 'relative paths not allowed @3'],
    ['/./a', 'relative paths not allowed @1'],
    ['/a/../b', 'relative paths not allowed @3'],
    ['/a\u0000b', 'null character not allowed @2'],
    ['/a\u0001', 'invalid character @2'],
    ['/a\u001f', 'invalid character @2'],
    ['/\u007f', 'invalid character @1'],
    ['/\u009f', 'invalid character @1'],
    ['/\ud800', 'invalid character @1'],
    ['/\uf8ff', 'invalid character @1'],
    ['/\ufff0', 'invalid character @1'],
    ['/\uffff', 'invalid character @1'],
  ])('rejects %j: %s', (path, why) => {
    const issue = pathIssue(path);
    expect(issue).not.toBeNull();
    expect(pathIssueText(path, issue!)).toBe(`Invalid path string "${path}" caused by ${why}`);
  });

});

const problems: [RequestProblem, string][] = [
  [{ why: 'not-a-write', op: 'get' }, 'get is not a write'],
  [{ why: 'bad-path', path: '/a/.', issue: { kind: 'relative', at: 3 } }, 'Invalid path string "/a/." caused by relative paths not allowed @3'],
  [{ why: 'too-large', bytes: 1048577, limitBytes: 1048575 }, 'the request is 1,048,577 bytes of path and value, more than jute.maxbuffer (1,048,575 bytes)'],
  [{ why: 'create-root' }, 'cannot create the root /'],
  [{ why: 'no-parent', parent: '/a' }, 'parent /a does not exist'],
  [{ why: 'read-only', path: '/zookeeper/config', perm: 'WRITE' }, "/zookeeper/config grants clients only READ, not WRITE (ZooKeeper's READ_ACL_UNSAFE on /zookeeper/config)"],
  [{ why: 'node-exists', path: '/p' }, 'node /p already exists'],
  [{ why: 'ephemeral-parent', parent: '/eph' }, 'parent /eph is ephemeral and cannot have children'],
  [{ why: 'session-closed', sessionId: 0x1000 }, 'session 0x1000 is closed or expired'],
  [{ why: 'delete-root' }, 'cannot delete the root /'],
  [{ why: 'delete-special', path: '/zookeeper' }, 'cannot delete /zookeeper: the server owns it'],
  [{ why: 'no-node', path: '/zz' }, 'node /zz does not exist'],
  [{ why: 'bad-version', path: '/a', expected: 2, actual: 3 }, 'expected version 2, node /a is at version 3'],
  [{ why: 'not-empty', path: '/a', children: 1, some: ['kid'] }, 'node /a has 1 children (kid)'],
  [{ why: 'not-empty', path: '/a', children: 5, some: ['k1', 'k2', 'k3'] }, 'node /a has 5 children (k1, k2, k3, …)'],
  [{ why: 'not-on-server', path: '/a', server: 2 }, '/a does not exist on server 2'],
  [{ why: 'not-serving', server: 2, role: 'looking' }, 'server 2 is not serving (looking)'],
  [{ why: 'not-connected', client: 'c1', server: 2 }, 'client c1 is not connected to server 2'],
  [{ why: 'server-behind', server: 2 }, 'server 2 is behind the client (it has seen a newer zxid)'],
  [{ why: 'not-accepting', leader: 3 }, 'leader 3 is not accepting proposals'],
  [{ why: 'stopped-serving', server: 3 }, 'server 3 stopped serving'],
  [{ why: 'session-expired', sessionId: 0x1000 }, 'session 0x1000 has expired'],
  [{ why: 'lost-before-answer', server: 3 }, 'connection to server 3 lost before it answered; the outcome is unknown'],
  [{ why: 'no-server-while-closing' }, 'no server to send it to while closing'],
  [{ why: 'handle-expired' }, 'the session has expired'],
  [{ why: 'client-closed' }, 'the client is closed'],
  [{ why: 'client-closing' }, 'the client is closing'],
  [{ why: 'closed-before-send' }, 'the client closed before it could send it'],
];

describe('request problems in English', () => {
  it.each(problems)('%j', (problem, text) => {
    expect(requestProblemText(problem)).toBe(text);
  });
});
