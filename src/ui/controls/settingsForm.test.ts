import { describe, expect, it } from 'vitest';
import { defaultSpecInput } from '../../driver/index.ts';
import { renderMessage } from '../../i18n/message.ts';
import { en } from '../../i18n/messages/en/index.ts';
import { zh } from '../../i18n/messages/zh/index.ts';
import { makeTranslate } from '../../i18n/translate.ts';
import { draftOf, fieldErrorMessage, validateDraft, type DraftField, type FieldErrors } from './settingsForm.ts';

const english = makeTranslate('en', en);
const words = (errors: FieldErrors, field: DraftField, t = english) => renderMessage(t, fieldErrorMessage(field, errors[field]!));

describe('validateDraft', () => {
  const good = draftOf(defaultSpecInput(5, 9));

  it('round-trips valid settings', () => {
    expect(validateDraft(good)).toEqual({ ok: true, input: defaultSpecInput(5, 9) });
    expect(validateDraft({ ...good, nodes: ' 101 ', tickTimeMs: '1,000' })).toMatchObject({ ok: true, input: { nodes: 101, tickTimeMs: 1000 } });
  });

  it('names every bad field in plain words', () => {
    const result = validateDraft({ ...good, nodes: '0', tickTimeMs: 'fast', syncLimitTicks: '2.5', seed: '-1' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['nodes', 'seed', 'syncLimitTicks', 'tickTimeMs']);
    expect(result.errors.nodes).toEqual({ kind: 'range', min: 1, max: 101 });
    expect(words(result.errors, 'nodes')).toBe('Servers: a whole number from 1 to 101.');
    expect(words(result.errors, 'tickTimeMs')).toMatch(/^tickTime: a whole number of ms from \d[\d,]* to \d{1,3}(,\d{3})+\.$/);
    expect(words(result.errors, 'nodes', makeTranslate('zh', zh))).toBe('服务器数：1 到 101 之间的整数。');
  });

  it('requires the all-to-all timeout to exceed the heartbeat interval', () => {
    const bad = validateDraft({ ...good, detector: 'all-to-all', heartbeatMs: '1000', timeoutMs: '1000' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(words(bad.errors, 'timeoutMs')).toBe('The timeout (1,000 ms) must be longer than the heartbeat interval (1,000 ms), or every peer is suspected between two heartbeats.');
    // In ZooKeeper mode the pair is unused, so it does not block the form.
    expect(validateDraft({ ...good, detector: 'zookeeper', heartbeatMs: '1000', timeoutMs: '1000' }).ok).toBe(true);
  });
});
