import { describe, expect, it } from 'vitest';
import { en as catalog } from '../../i18n/messages/en/index.ts';
import { zh as chinese } from '../../i18n/messages/zh/index.ts';
import { makeTranslate } from '../../i18n/translate.ts';
import { nextClientName, timeoutRangeWords, validateConnect } from './connectForm.ts';

const en = makeTranslate('en', catalog);
const limits = { ids: [1, 2, 3], taken: ['c1', 'c2'], minTimeoutMs: 4000, maxTimeoutMs: 40_000, tickTimeMs: 2000 };

describe('nextClientName', () => {
  it('counts on from the highest cN', () => {
    expect(nextClientName([])).toBe('c1');
    expect(nextClientName(['c1', 'c7', 'web'])).toBe('c8');
  });
});

describe('validateConnect', () => {
  it('accepts a free name, a server and a timeout within the bounds', () => {
    expect(validateConnect({ name: 'c3', server: '2', timeoutMs: '6,000' }, limits, en)).toEqual({ ok: true, name: 'c3', server: 2, timeoutMs: 6000 });
    expect(validateConnect({ name: 'c3', server: '2', timeoutMs: '4000' }, limits, en).ok).toBe(true);
    expect(validateConnect({ name: 'c3', server: '2', timeoutMs: '40000' }, limits, en).ok).toBe(true);
  });

  it('refuses a timeout outside [2, 20] × tickTime and says the range', () => {
    for (const timeout of ['3999', '40001', '', '6s', '-5']) {
      const r = validateConnect({ name: 'c3', server: '1', timeoutMs: timeout }, limits, en);
      expect(r).toEqual({ ok: false, errors: { timeoutMs: `The session timeout must be a whole number of ms within ${timeoutRangeWords(limits, en)}.` } });
    }
    expect(timeoutRangeWords(limits, en)).toBe('4,000–40,000 ms (2 to 20 × tickTime 2,000 ms)');
  });

  it('refuses a taken or malformed name and an unknown server', () => {
    const r = validateConnect({ name: 'c1', server: '9', timeoutMs: '6000' }, limits, en);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual({ name: 'There is a client named c1 already.', server: 'Pick a server to connect to.' });
    expect(validateConnect({ name: '1st', server: '1', timeoutMs: '6000' }, limits, en).ok).toBe(false);
  });
});

describe('the connect form in Chinese', () => {
  it('says the range with Chinese words and the numbers grouped', () => {
    const zh = makeTranslate('zh', chinese);
    expect(timeoutRangeWords(limits, zh)).toBe('4,000–40,000 ms（tickTime 2,000 ms 的 2 到 20 倍）');
    const r = validateConnect({ name: 'c1', server: '1', timeoutMs: '6000' }, limits, zh);
    expect(r).toEqual({ ok: false, errors: { name: '已经有名为 c1 的客户端了。' } });
  });
});
