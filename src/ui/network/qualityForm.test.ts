import { describe, expect, it } from 'vitest';
import { en as catalog } from '../../i18n/messages/en/index.ts';
import { makeTranslate } from '../../i18n/translate.ts';
import { validateQuality } from './qualityForm.ts';

const en = makeTranslate('en', catalog);

describe('validateQuality', () => {
  it('reads percent and whole ms', () => {
    expect(validateQuality({ drop: '12.5 %', latency: '1,500', jitter: '0' }, en)).toEqual({ ok: true, dropPercent: 12.5, latencyMs: 1500, jitterMs: 0 });
    expect(validateQuality({ drop: '100', latency: '60000', jitter: '60000 ms' }, en).ok).toBe(true);
  });

  it('names every bad field', () => {
    const r = validateQuality({ drop: '101', latency: '-3', jitter: '2.5' }, en);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['drop', 'jitter', 'latency']);
    expect(validateQuality({ drop: '', latency: '1', jitter: '1' }, en).ok).toBe(false);
  });

  it('says what is wrong, with its bounds', () => {
    const r = validateQuality({ drop: '101', latency: '1', jitter: '1' }, en);
    expect(r).toEqual({ ok: false, errors: { drop: 'Loss is a percentage from 0 to 100.' } });
  });
});
