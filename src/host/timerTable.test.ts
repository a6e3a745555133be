import { describe, expect, it } from 'vitest';
import { TimerTable } from './timerTable.ts';

describe('TimerTable: timers by name and generation', () => {
  it('lets only the latest generation of a name fire, once', () => {
    const t = new TimerTable<'a' | 'b'>();
    const first = t.arm('a');
    const second = t.arm('a');
    const other = t.arm('b');
    expect(t.take('a', first)).toBe(false);
    expect(t.isLive('a', second)).toBe(true);
    expect(t.take('a', second)).toBe(true);
    expect(t.take('a', second)).toBe(false);
    t.cancel('b');
    expect(t.take('b', other)).toBe(false);
  });

  it('forgets everything on clear, and new generations never repeat old ones', () => {
    const t = new TimerTable<'a'>();
    const old = t.arm('a');
    t.clear();
    const fresh = t.arm('a');
    expect(fresh).not.toBe(old);
    expect(t.take('a', old)).toBe(false);
    expect(t.take('a', fresh)).toBe(true);
  });
});
