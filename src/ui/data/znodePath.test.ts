import { describe, expect, it } from 'vitest';
import { JUTE_MAX_BUFFER_BYTES as MAX_VALUE_BYTES } from '../../driver/index.ts';
import { parseVersion, pathProblem, valueProblem } from './znodePath.ts';
import { en as catalog } from '../../i18n/messages/en/index.ts';
import { plainText } from '../../i18n/codeText.ts';
import { makeTranslate } from '../../i18n/translate.ts';

const en = makeTranslate('en', catalog);

describe('pathProblem', () => {
  it('accepts ZooKeeper paths', () => {
    for (const p of ['/', '/app', '/app/config', '/a-b_c.d', '/日本']) expect(pathProblem(p, en)).toBeNull();
  });

  it('explains each broken rule in plain words', () => {
    expect(plainText(pathProblem('', en)!)).toBe('Type a path, like /app/config.');
    expect(plainText(pathProblem('app', en)!)).toBe('A path starts with "/": try /app.');
    expect(pathProblem('/app/', en)).toBe('A path does not end with "/".');
    expect(pathProblem('/a//b', en)).toBe('A path has no empty names: "//" is not allowed.');
    expect(pathProblem('/a/./b', en)).toMatch(/no "\." or "\.\." names/);
    expect(pathProblem('/a/..', en)).toMatch(/no "\." or "\.\." names/);
    expect(pathProblem('/a\u0001', en)).toBe('A path cannot hold control or special characters (character 3).');
    expect(pathProblem('/a\u0000b', en)).not.toBeNull();
  });

  it('lets a sequential create end in "/" (the server appends the number)', () => {
    expect(pathProblem('/jobs/', en, true)).toBeNull();
    expect(pathProblem('/jobs//', en, true)).not.toBeNull();
    expect(pathProblem('/jobs/', en, false)).not.toBeNull();
  });
});

describe('values and versions', () => {
  it('limits path and value together to jute.maxbuffer (0xfffff bytes) of UTF-8', () => {
    expect(valueProblem('x'.repeat(MAX_VALUE_BYTES), en)).toBeNull();
    expect(valueProblem('x'.repeat(MAX_VALUE_BYTES - 2), en, '/a')).toBeNull();
    expect(valueProblem('x'.repeat(MAX_VALUE_BYTES - 1), en, '/a')).toMatch(/at most 1 MiB together/);
    expect(valueProblem('é'.repeat(MAX_VALUE_BYTES / 2 + 1), en)).toMatch(/at most 1 MiB/);
  });

  it('reads versions: whole numbers from -1', () => {
    expect(['-1', ' 0 ', '7'].map(parseVersion)).toEqual([-1, 0, 7]);
    expect(['', '-2', '1.5', 'any', '99999999999'].map(parseVersion)).toEqual([null, null, null, null, null]);
  });
});
