// The simulated clock every context of one cluster shares (DESIGN §4: simulated ms = real ms × speed).
// The supervisor owns it and pushes each change to the workers; all of them read the same real
// time base (performance.timeOrigin + performance.now() agrees across contexts), so they agree on
// "now" without exchanging ticks. A frozen clock (pause-all, hidden tab) stands still, so timers
// neither fire nor fall overdue while it is frozen.

export interface ClockState {
  /** Simulated ms at the anchor. */
  simBaseMs: number;
  /** Real (epoch) ms at the anchor. */
  realBaseMs: number;
  /** Simulated ms per real ms. */
  speed: number;
  frozen: boolean;
}

export function startClock(realNowMs: number, speed = 1): ClockState {
  return { simBaseMs: 0, realBaseMs: realNowMs, speed, frozen: false };
}

export function simNowMs(clock: ClockState, realNowMs: number): number {
  if (clock.frozen) return clock.simBaseMs;
  return clock.simBaseMs + (realNowMs - clock.realBaseMs) * clock.speed;
}

/** Re-anchors at the current instant, so a change of speed or freezing never makes time jump. */
export function retimeClock(clock: ClockState, realNowMs: number, change: { speed?: number; frozen?: boolean }): ClockState {
  return {
    simBaseMs: simNowMs(clock, realNowMs),
    realBaseMs: realNowMs,
    speed: change.speed ?? clock.speed,
    frozen: change.frozen ?? clock.frozen,
  };
}

/** Real ms until the simulated clock reaches `atSimMs`; Infinity while frozen. */
export function realDelayMs(clock: ClockState, atSimMs: number, realNowMs: number): number {
  if (clock.frozen) return Infinity;
  return Math.max(0, (atSimMs - simNowMs(clock, realNowMs)) / clock.speed);
}
