import { describe, expect, it } from 'vitest';
import { defaultSpecInput } from '../../driver/index.ts';
import { draftOf, validateDraft } from './settingsForm.ts';

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
    expect(result.errors.nodes).toBe('Servers: a whole number from 1 to 101.');
  });

  it('requires the all-to-all timeout to exceed the heartbeat interval', () => {
    const bad = validateDraft({ ...good, detector: 'all-to-all', heartbeatMs: '1000', timeoutMs: '1000' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.timeoutMs).toMatch(/longer than the heartbeat interval/);
    // In ZooKeeper mode the pair is unused, so it does not block the form.
    expect(validateDraft({ ...good, detector: 'zookeeper', heartbeatMs: '1000', timeoutMs: '1000' }).ok).toBe(true);
  });
});
