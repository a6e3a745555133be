import { describe, expect, it } from 'vitest';
import { validateQuality } from './qualityForm.ts';

describe('validateQuality', () => {
  it('reads percent and whole ms', () => {
    expect(validateQuality({ drop: '12.5 %', latency: '1,500', jitter: '0' })).toEqual({ ok: true, dropPercent: 12.5, latencyMs: 1500, jitterMs: 0 });
    expect(validateQuality({ drop: '100', latency: '60000', jitter: '60000 ms' }).ok).toBe(true);
  });

  it('names every bad field', () => {
    const r = validateQuality({ drop: '101', latency: '-3', jitter: '2.5' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['drop', 'jitter', 'latency']);
    expect(validateQuality({ drop: '', latency: '1', jitter: '1' }).ok).toBe(false);
  });
});
