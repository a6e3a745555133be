import { describe, expect, it } from 'vitest';
import { FakeWorld, flushMicrotasks } from './fakeHostEnv.ts';
import type { FromWorker, TelemetryMessage } from './protocol.ts';
import { TelemetryBatcher, telemetryPacing } from './telemetry.ts';

function rig(promptIntervalMs: number) {
  const world = new FakeWorld();
  const posts: FromWorker[] = [];
  const batcher = new TelemetryBatcher({
    id: 1,
    timers: { realNowMs: () => world.realMs, setTimer: (cb, ms) => world.setTimer(cb, ms), clearTimer: (h) => world.clearTimer(h) },
    defer: (fn) => queueMicrotask(fn),
    post: (m) => posts.push(m),
    snapshot: () => null,
    promptIntervalMs,
  });
  const withEvents = () => posts.filter((p): p is TelemetryMessage => p.type === 'telemetry' && p.events.length > 0).map((p) => p.events.map((e) => e.t));
  return { world, batcher, withEvents };
}

describe('TelemetryBatcher', () => {
  it('gives small clusters full rate and large ones fewer, coalesced posts', () => {
    expect(telemetryPacing(5)).toEqual({ snapshotIntervalMs: 100, promptIntervalMs: 0 });
    expect(telemetryPacing(101)).toEqual({ snapshotIntervalMs: 252.5, promptIntervalMs: 50 });
  });

  it('posts the first event at once and coalesces a burst that follows', async () => {
    const r = rig(50);
    r.batcher.event(1, { kind: 'state-change', node: 1, change: 'learning', leader: 2, observer: false, acceptedEpoch: 0 });
    await flushMicrotasks();
    expect(r.withEvents()).toEqual([[1]]);
    for (let t = 2; t <= 4; t++) {
      await r.world.advance(10);
      r.batcher.event(t, { kind: 'vote-changed', node: 1, round: t, from: 2, vote: { leader: 2, epoch: 0, zxid: 0 } });
    }
    await r.world.advance(5);
    expect(r.withEvents()).toEqual([[1]]);
    await r.world.advance(20);
    expect(r.withEvents()).toEqual([[1], [2, 3, 4]]);
  });
});
