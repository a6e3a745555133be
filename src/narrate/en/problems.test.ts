import { describe, expect, it } from 'vitest';
import { pathIssue } from '../../core/path.ts';
import { problems } from '../testdata/samples.ts';
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



describe('request problems in English', () => {
  it.each(problems)('%j', (problem, text) => {
    expect(requestProblemText(problem)).toBe(text);
  });
});
