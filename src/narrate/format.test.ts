import { describe, expect, it } from 'vitest';
import { formatBytes, formatMs, formatSeconds, formatWhole } from './format.ts';

describe('formatWhole', () => {
  const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

  it('groups digits exactly as Intl does in English, around every group boundary and for negatives', () => {
    const values = [
      0,
      1,
      9,
      10,
      99,
      100,
      999,
      1_000,
      9_999,
      10_000,
      99_999,
      100_000,
      999_999,
      1_000_000,
      12_345_678,
      2 ** 40,
      Number.MAX_SAFE_INTEGER,
    ];
    for (const v of values) {
      expect(formatWhole(v)).toBe(intl.format(v));
      if (v > 0) expect(formatWhole(-v)).toBe(intl.format(-v));
    }
    // Where Intl writes "-0", a duration is simply 0.
    expect(formatWhole(-0)).toBe('0');
    // A spread of values between, from a fixed linear congruential sequence.
    let x = 12_345;
    for (let i = 0; i < 500; i++) {
      x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
      const v = x % 10 ** (1 + (i % 10));
      expect(formatWhole(v)).toBe(intl.format(v));
    }
  });

  it('rounds to whole numbers as formatMs always has', () => {
    expect(formatWhole(1_234.5)).toBe('1,235');
    expect(formatWhole(0.4)).toBe('0');
    expect(formatMs(9_999.6)).toBe('10,000 ms');
    expect(formatBytes(1_048_576)).toBe('1,048,576 bytes');
    expect(formatSeconds(850)).toBe('850 ms');
    expect(formatSeconds(10_000)).toBe('10.0 s');
  });
});
