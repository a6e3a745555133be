import { describe, expect, it } from 'vitest';
import { FakeWorld } from './fakeHostEnv.ts';
import { retimeClock, startClock } from './simClock.ts';
import { SimScheduler } from './simScheduler.ts';

function rig(speed = 1) {
  const world = new FakeWorld();
  const ran: [string, number][] = [];
  const timers = { realNowMs: () => world.realMs, setTimer: (cb: () => void, ms: number) => world.setTimer(cb, ms), clearTimer: (h: unknown) => world.clearTimer(h) };
  const sched: SimScheduler<string> = new SimScheduler(timers, startClock(world.realMs, speed), (item) => ran.push([item, Math.round(sched.nowMs())]));
  return { world, ran, sched };
}

describe('SimScheduler', () => {
  it('runs items in time order, equal times in insertion order', async () => {
    const r = rig();
    r.sched.add(30, 'c');
    r.sched.add(10, 'a');
    r.sched.add(10, 'b');
    await r.world.advance(100);
    expect(r.ran).toEqual([['a', 10], ['b', 10], ['c', 30]]);
  });

  it('arms one more timer for an earlier item instead of cancelling the later one', async () => {
    const r = rig();
    r.sched.add(1000, 'late');
    r.sched.add(5, 'soon');
    r.sched.add(7, 'soon too');
    expect(r.world.timersSet).toBe(2);
    expect(r.world.pendingTimers).toBe(2);
    await r.world.advance(1000);
    expect(r.ran.map(([i]) => i)).toEqual(['soon', 'soon too', 'late']);
  });

  it('arms nothing while frozen, and re-arms from the new clock', async () => {
    const r = rig();
    r.sched.add(100, 'x');
    r.sched.setClock(retimeClock(r.sched.clock, r.world.realMs, { frozen: true }));
    expect(r.world.pendingTimers).toBe(0);
    await r.world.advance(10_000);
    expect(r.ran).toEqual([]);
    r.sched.setClock(retimeClock(r.sched.clock, r.world.realMs, { frozen: false, speed: 4 }));
    await r.world.advance(24);
    expect(r.ran).toEqual([]);
    await r.world.advance(1);
    expect(r.ran).toEqual([['x', 100]]);
  });
});
