import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { untranslatedWords } from '../../i18n/terms.ts';
import { LESSON_IDS } from '../ids.ts';
import { LESSONS } from '../index.ts';
import { lessonTextEn, type LessonTextKey } from './en.ts';
import { keysOf } from '../textKeys.ts';
import { lessonTextZh } from './zh.ts';

// Every lesson's words exist in both languages, take the same ICU arguments, and the Chinese
// keeps no English beyond ZooKeeper's own terms.

function argumentNames(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentNames(option.value, into);
    }
  }
  return into;
}

describe('lesson text', () => {
  it('names every lesson of the list, in the order of the ids the first load knows', () => {
    expect(LESSONS.map((l) => l.id)).toEqual([...LESSON_IDS]);
  });

  it.each(LESSONS.map((l) => [l.id, l] as const))('%s: every key it renders is in English and Chinese', (_id, lesson) => {
    for (const key of keysOf(lesson)) {
      expect(lessonTextEn[key], key).toBeTypeOf('string');
      expect(lessonTextZh[key], key).toBeTypeOf('string');
    }
  });

  it('has the same keys in both languages, and uses them all', () => {
    expect(Object.keys(lessonTextZh).sort()).toEqual(Object.keys(lessonTextEn).sort());
    const used = new Set(LESSONS.flatMap(keysOf));
    const lessonKeys = Object.keys(lessonTextEn).filter((k) => !k.startsWith('player.'));
    expect(lessonKeys.filter((k) => !used.has(k as LessonTextKey))).toEqual([]);
  });

  it.each(Object.keys(lessonTextEn) as LessonTextKey[])('%s parses and takes the same arguments in both', (key) => {
    const english = argumentNames(parse(lessonTextEn[key], { ignoreTag: true }));
    const chinese = argumentNames(parse(lessonTextZh[key], { ignoreTag: true }));
    expect([...chinese].sort()).toEqual([...english].sort());
  });

  it('leaves no English in the Chinese beyond the kept terms', () => {
    const left = Object.entries(lessonTextZh).flatMap(([key, text]) => untranslatedWords(text).map((word) => `${key}: ${word}`));
    expect(left).toEqual([]);
  });
});
