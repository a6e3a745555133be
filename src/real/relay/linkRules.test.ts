import { describe, expect, it } from 'vitest';
import { LinkRules } from './linkRules.ts';

describe('link rules', () => {
  it('a cut stops one direction only, until restored', () => {
    const rules = new LinkRules();
    rules.cut({ from: 1, to: 2 });
    expect([rules.mayDeliver(1, 2), rules.mayDeliver(2, 1)]).toEqual([false, true]);
    rules.restore({ from: 1, to: 2 });
    expect(rules.mayDeliver(1, 2)).toBe(true);
  });

  it('a partition lets only links inside a group deliver; servers left out are alone', () => {
    const rules = new LinkRules();
    rules.setPartition([[1], [2, 3]]);
    expect([
      rules.mayDeliver(2, 3),
      rules.mayDeliver(1, 2),
      rules.mayDeliver(3, 1),
      rules.mayDeliver(4, 2),
    ]).toEqual([true, false, false, false]);
    rules.setPartition(null);
    expect(rules.mayDeliver(1, 2)).toBe(true);
  });

  it('a silenced host neither sends nor receives', () => {
    const rules = new LinkRules();
    rules.silence(2);
    expect([
      rules.mayDeliver(2, 1),
      rules.mayDeliver(1, 2),
      rules.mayDeliver(1, 3),
      rules.isSilenced(2),
    ]).toEqual([false, false, true, true]);
    rules.unsilence(2);
    expect(rules.mayDeliver(2, 1)).toBe(true);
  });
});
