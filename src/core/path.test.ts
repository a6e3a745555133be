import { describe, expect, it } from 'vitest';
import { baseName, parentOf, pathIssue } from './path.ts';

describe('pathIssue', () => {
  it.each(['/', '/a', '/a/b', '/a/b/c', '/a.b', '/a/.b', '/a/..b', '/...', '/a/b.', '/ünïcode', '/a b'])(
    'accepts %j',
    (path) => expect(pathIssue(path)).toBeNull(),
  );

  it('allows characters just outside the refused ranges', () => {
    for (const ch of ['\u0020', '\u007e', '\u00a0', '\ud7ff', '\uf900', '\uffef']) {
      expect(pathIssue('/' + ch)).toBeNull();
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
