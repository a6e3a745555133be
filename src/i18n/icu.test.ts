import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { compact } from '../../scripts/precompileMessages.ts';
import { formatTree } from './icu.ts';
import { en } from './messages/en/index.ts';
import { zh } from './messages/zh/index.ts';

// ./icu.ts renders our messages as formatjs's intl-messageformat does: every message of both
// catalogs, from its parsed tree and from the build's compact one, with each argument a number
// that picks a different plural form (and a string where a number is not needed).

function argumentsOf(elements: MessageFormatElement[], into = new Map<string, 'number' | 'any'>()): Map<string, 'number' | 'any'> {
  for (const element of elements) {
    if (element.type === TYPE.number || element.type === TYPE.plural) into.set(element.value, 'number');
    else if ((element.type === TYPE.argument || element.type === TYPE.select) && !into.has(element.value)) into.set(element.value, 'any');
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) argumentsOf(option.value, into);
  }
  return into;
}

const catalogs = { 'en-US': en, 'zh-CN': zh } as const;

describe('the ICU renderer', () => {
  for (const [locale, catalog] of Object.entries(catalogs)) {
    it.each([0, 1, 2, 1234.5])(`renders every ${locale} message as intl-messageformat does (arguments = %s)`, (n) => {
      for (const [key, text] of Object.entries(catalog)) {
        const tree = parse(text, { ignoreTag: true });
        const values = Object.fromEntries([...argumentsOf(tree)].map(([name, kind]) => [name, kind === 'number' || n !== 2 ? n : `v${name}`]));
        const expected = String(new IntlMessageFormat(tree, locale, undefined, { ignoreTag: true }).format(values));
        expect(formatTree(tree, locale, values), key).toBe(expected);
        expect(formatTree(compact(tree) as typeof tree, locale, values), key).toBe(expected);
      }
    });
  }

  it('refuses a message it cannot render rather than guessing', () => {
    expect(() => formatTree(parse('{d, date, short}'), 'en-US', { d: 0 })).toThrow(/not supported/);
    expect(() => formatTree(parse('{n, number, percent}'), 'en-US', { n: 1 })).toThrow(/not supported/);
    expect(() => formatTree(parse('{n}'), 'en-US', {})).toThrow(/needs a value/);
  });
});
