import { describe, expect, it } from 'vitest';
import { FakeWorld, flushMicrotasks } from './fakeHostEnv.ts';
import { FlushPacer, queueFor } from './flushPacer.ts';

function rig(intervalMs: number) {
  const world = new FakeWorld();
  const flushes: number[] = [];
  const timers = { realNowMs: () => world.realMs, setTimer: (cb: () => void, ms: number) => world.setTimer(cb, ms), clearTimer: (h: unknown) => world.clearTimer(h) };
  const pacer = new FlushPacer(timers, (fn) => queueMicrotask(fn), intervalMs, () => flushes.push(world.realMs));
  return { world, pacer, flushes };
}

describe('FlushPacer', () => {
  it('flushes at the end of the task when quiet, once however often asked', async () => {
    const r = rig(10);
    r.pacer.request();
    r.pacer.request();
    expect(r.flushes).toEqual([]);
    await flushMicrotasks();
    expect(r.flushes).toEqual([r.world.realMs]);
  });

  it('in a storm flushes at most once per interval', async () => {
    const r = rig(10);
    const start = r.world.realMs;
    for (let i = 0; i < 30; i++) {
      r.pacer.request();
      await r.world.advance(1);
    }
    // The last request, at 29 ms, is served when its interval is up, at 30.
    expect(r.flushes.map((t) => t - start)).toEqual([0, 10, 20, 30]);
  });

  it('forgets a cancelled request', async () => {
    const r = rig(10);
    r.pacer.request();
    r.pacer.cancel();
    await r.world.advance(20);
    expect(r.flushes).toEqual([]);
  });

  it('queues values per key in arrival order', () => {
    const pending = new Map<number, string[]>();
    queueFor(pending, 2, 'a');
    queueFor(pending, 3, 'b');
    queueFor(pending, 2, 'c');
    expect([...pending]).toEqual([
      [2, ['a', 'c']],
      [3, ['b']],
    ]);
  });
});
