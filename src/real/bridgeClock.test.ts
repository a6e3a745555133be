import { describe, expect, it } from 'vitest';
import { createBridgeClock, type ClockSources } from './bridgeClock.ts';

function fakeSources(monotonicMs: number, wallMs: number): ClockSources & { advance(ms: number): void; stepWall(ms: number): void } {
  let mono = monotonicMs;
  let wall = wallMs;
  return {
    monotonicMs: () => mono,
    wallMs: () => wall,
    advance(ms) {
      mono += ms;
      wall += ms;
    },
    stepWall(ms) {
      wall += ms;
    },
  };
}

describe('createBridgeClock', () => {
  it('starts at zero and follows the monotonic clock', () => {
    const sources = fakeSources(5_000, 1_700_000_000_000);
    const clock = createBridgeClock(sources);
    expect(clock.nowMs()).toBe(0);
    sources.advance(250);
    expect(clock.nowMs()).toBe(250);
  });

  it('ignores a wall-clock step', () => {
    const sources = fakeSources(0, 1_700_000_000_000);
    const clock = createBridgeClock(sources);
    sources.stepWall(60_000);
    expect(clock.nowMs()).toBe(0);
  });

  it('maps a wall instant to bridge time through the start pair', () => {
    const sources = fakeSources(42, 1_700_000_000_000);
    const clock = createBridgeClock(sources);
    expect(clock.fromWallMs(1_700_000_000_750)).toBe(750);
    expect(clock.fromWallMs(1_699_999_999_900)).toBe(-100);
  });
});
