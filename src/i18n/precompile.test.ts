import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { en } from './messages/en/index.ts';
import { makeTranslate } from './translate.ts';

// The built page formats messages from trees parsed at build time (scripts/precompileMessages.ts);
// the same tree must say exactly what the string says, in every English message.

describe('precompiled messages', () => {
  const values = { id: 3, count: 2, n: 2, ms: 1500, name: 'x', leader: 5, epoch: 2 };
  const fromText = makeTranslate('en', en);
  const trees = Object.fromEntries(Object.entries(en).map(([key, text]) => [key, parse(text, { ignoreTag: true })]));
  const fromTrees = makeTranslate('en', trees as unknown as typeof en);

  it.each(Object.keys(en) as (keyof typeof en)[])('%s reads the same from its tree', (key) => {
    let expected: string;
    try {
      expected = fromText(key, values);
    } catch {
      return; // a message needing values this fixture lacks: catalogs.test.ts checks its arguments
    }
    expect(fromTrees(key, values)).toBe(expected);
  });
});
