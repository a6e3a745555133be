import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { en } from './messages/en/index.ts';
import { zh } from './messages/zh/index.ts';
import { makeTranslate } from './translate.ts';
import { untranslatedWords } from './terms.ts';

// Every key in both languages, every message valid ICU with the same arguments as the English,
// and no English left in the Chinese beyond ZooKeeper's own terms.

function argumentNames(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentNames(option.value, into);
    }
    if (element.type === TYPE.tag) argumentNames(element.children, into);
  }
  return into;
}

describe('message catalogs', () => {
  it('have the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en) as (keyof typeof en)[])('%s parses and takes the same arguments in both', (key) => {
    const english = argumentNames(parse(en[key], { ignoreTag: true }));
    const chinese = argumentNames(parse(zh[key], { ignoreTag: true }));
    expect([...chinese].sort()).toEqual([...english].sort());
  });

  it('leave no English in the Chinese beyond the kept terms', () => {
    const left = Object.entries(zh).flatMap(([key, text]) => untranslatedWords(text).map((word) => `${key}: ${word}`));
    expect(left).toEqual([]);
  });

  it('format plurals and numbers for the locale', () => {
    const english = makeTranslate('en', en);
    expect(english('common.servers', { count: 1 })).toBe('1 server');
    expect(english('common.servers', { count: 1001 })).toBe('1,001 servers');
    expect(makeTranslate('zh', zh)('common.servers', { count: 5 })).toBe('5 台服务器');
  });
});

describe('untranslatedWords', () => {
  it('finds English words and allows the kept terms, arguments and hex ids', () => {
    expect(untranslatedWords('服务器 {id} 的 zxid 是 0x100000001')).toEqual([]);
    expect(untranslatedWords('Leader 已崩溃 (crashed)')).toEqual(['crashed']);
    expect(untranslatedWords('节点 /app/lock-1 已存在，/config 也在')).toEqual([]);
    expect(untranslatedWords('kept and/or lost')).toEqual(['kept', 'and', 'or', 'lost']);
  });
});
