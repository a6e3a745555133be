import { describe, expect, it } from 'vitest';
import { baseName, parentOf, validatePath } from './path.ts';

describe('validatePath', () => {
  it.each(['/', '/a', '/a/b', '/a/b/c', '/a.b', '/a/.b', '/a/..b', '/...', '/a/b.', '/ünïcode', '/a b'])(
    'accepts %j',
    (path) => expect(validatePath(path)).toBeNull(),
  );

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
    expect(validatePath(path)).toBe(`Invalid path string "${path}" caused by ${why}`);
  });

  it('allows characters just outside the refused ranges', () => {
    for (const ch of ['\u0020', '\u007e', '\u00a0', '\ud7ff', '\uf900', '\uffef']) {
      expect(validatePath('/' + ch)).toBeNull();
    }
  });
});

describe('parentOf / baseName', () => {
  it('splits paths', () => {
    expect(parentOf('/')).toBeNull();
    expect(parentOf('/a')).toBe('/');
    expect(parentOf('/a/b')).toBe('/a');
    expect(parentOf('/a/b/c')).toBe('/a/b');
    expect(baseName('/')).toBe('');
    expect(baseName('/a')).toBe('a');
    expect(baseName('/a/b0000000003')).toBe('b0000000003');
  });
});
