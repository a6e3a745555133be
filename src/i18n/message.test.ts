import { describe, expect, it } from 'vitest';
import { en } from './messages/en/index.ts';
import { zh } from './messages/zh/index.ts';
import { message, messageParts, renderMessage, sameMessage } from './message.ts';
import { makeTranslate } from './translate.ts';

describe('messages kept as data', () => {
  const notice = message('notices.badSpeed', { param: '?speed=fast', min: 0.1, max: 10 }, ['param']);

  it('render in the language asked for', () => {
    expect(renderMessage(makeTranslate('en', en), notice)).toBe('?speed=fast is not a number from 0.1 to 10; using 1×.');
    expect(renderMessage(makeTranslate('zh', zh), notice)).toBe('?speed=fast 不是 0.1 到 10 之间的数；改用 1×。');
  });

  it('cut into words and marked arguments wherever the translation puts them', () => {
    expect(messageParts(makeTranslate('zh', zh), notice.key, notice.values, notice.code)).toEqual([
      { text: '?speed=fast', arg: 'param' },
      { text: ' 不是 0.1 到 10 之间的数；改用 1×。', arg: null },
    ]);
    const quorum = messageParts(makeTranslate('en', en), 'leader.quorum', { needed: 3, voters: 5, up: 4 }, ['needed', 'up']);
    expect(quorum).toEqual([
      { text: 'quorum ', arg: null },
      { text: '3', arg: 'needed' },
      { text: ' of 5 · ', arg: null },
      { text: '4', arg: 'up' },
      { text: ' up', arg: null },
    ]);
  });

  it('are the same when key and arguments are', () => {
    expect(sameMessage(notice, message('notices.badSpeed', { param: '?speed=fast', min: 0.1, max: 10 }))).toBe(true);
    expect(sameMessage(notice, message('notices.badSpeed', { param: '?speed=slow', min: 0.1, max: 10 }))).toBe(false);
  });
});
