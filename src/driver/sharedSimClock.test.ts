import { describe, expect, it } from 'vitest';
import { ManualFrameClock } from './manualFrameClock.ts';
import { SharedSimClock } from './sharedSimClock.ts';
import { SimDriver } from './simDriver.ts';
import { defaultSpecInput, makeSpec } from './spec.ts';

// Compare mode's one clock over two simulated drivers: after any number of frames both stand at the
// same simulated time, the clock's; pausing, speed and stepping move (or hold) both together; and a
// driver paced from outside never moves by itself.

function pair() {
  const frames = new ManualFrameClock();
  const a = new SimDriver({ clock: frames, pacedExternally: true });
  const b = new SimDriver({ clock: frames, pacedExternally: true });
  // Different work per ms: the article's all-to-all heartbeats against ZooKeeper's pings.
  a.start(makeSpec({ ...defaultSpecInput(5, 3), detector: 'all-to-all' }));
  b.start(makeSpec(defaultSpecInput(7, 4)));
  const time = new SharedSimClock(frames, [a, b]);
  time.restart();
  return { frames, a, b, time };
}

function run(frames: ManualFrameClock, count: number, frameMs = 16): void {
  for (let i = 0; i < count; i++) frames.frame(frameMs);
}

describe('SharedSimClock', () => {
  it('keeps both drivers at its own simulated time after every frame', () => {
    const { frames, a, b, time } = pair();
    frames.frame(16); // the first frame sets the baseline
    for (let i = 0; i < 200; i++) {
      frames.frame(16 + (i % 5));
      expect(a.timeMs).toBe(time.timeMs);
      expect(b.timeMs).toBe(time.timeMs);
    }
    // 200 frames of 16–20 real ms at 1×.
    expect(time.timeMs).toBe(200 * 16 + 40 * (0 + 1 + 2 + 3 + 4));
  });

  it('holds both while paused, then goes on from where they stood', () => {
    const { frames, a, b, time } = pair();
    run(frames, 11, 20);
    expect(time.timeMs).toBe(200);
    time.setPaused(true);
    run(frames, 50, 20);
    expect([a.timeMs, b.timeMs, time.timeMs]).toEqual([200, 200, 200]);
    expect(frames.pendingFrames).toBe(0);
    time.setPaused(false);
    run(frames, 3, 20); // a fresh baseline, then two frames
    expect([a.timeMs, b.timeMs]).toEqual([240, 240]);
  });

  it('applies its speed to both and clamps it to 0.1…10', () => {
    const { frames, a, b, time } = pair();
    frames.frame(20);
    time.setSpeed(5);
    run(frames, 10, 20);
    expect([a.timeMs, b.timeMs]).toEqual([1000, 1000]);
    time.setSpeed(100);
    run(frames, 1, 20);
    expect([a.timeMs, b.timeMs]).toEqual([1200, 1200]);
    time.setSpeed(Number.NaN);
    expect(time.state.speed).toBe(10);
  });

  it('steps both by the same simulated time and stays paused', () => {
    const { frames, a, b, time } = pair();
    run(frames, 6, 20);
    time.stepBy(250);
    expect(time.state.paused).toBe(true);
    expect([a.timeMs, b.timeMs]).toEqual([350, 350]);
    run(frames, 5, 20);
    expect([a.timeMs, b.timeMs]).toEqual([350, 350]);
  });

  it('never lets a stalled frame leap further than 100 ms of real time', () => {
    const { frames, a, time } = pair();
    frames.frame(16);
    frames.frame(5000);
    expect(time.timeMs).toBe(100);
    expect(a.timeMs).toBe(100);
  });

  it('runs both to a moment at once, and a driver paced from outside does not move on its own', () => {
    const { frames, a, b, time } = pair();
    time.setPaused(true);
    time.runTo(12_345);
    expect([a.timeMs, b.timeMs]).toEqual([12_345, 12_345]);
    const alone = new SimDriver({ clock: frames, pacedExternally: true });
    alone.start(makeSpec(defaultSpecInput(3, 1)));
    run(frames, 30, 20);
    expect(alone.timeMs).toBe(0);
  });

  it('stops during hidden time and does not count it', () => {
    const { frames, a, time } = pair();
    run(frames, 6, 20);
    frames.setHidden(true);
    frames.advance(60_000);
    run(frames, 5, 20);
    expect(a.timeMs).toBe(100);
    frames.setHidden(false);
    run(frames, 2, 20);
    expect(time.timeMs).toBe(120);
  });
});
