import { describe, expect, it } from 'vitest';
import { textUnits } from './textWidth.ts';

describe('textUnits', () => {
  it('counts a Chinese character as almost two Latin ones', () => {
    expect(textUnits('leader e2')).toBe(9);
    expect(textUnits('已停止')).toBeCloseTo(5.7);
    expect(textUnits('Leader · 同步中')).toBeCloseTo(9 + 3 * 1.9);
  });
});
