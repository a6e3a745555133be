import { afterEach, describe, expect, it } from 'vitest';
import { ManualFrameClock } from '../driver/manualFrameClock.ts';
import { loadCompareSetups, type CompareSetupId } from '../driver/index.ts';
import { createCompareSession, type CompareSession } from './compareSession.ts';
import type { CompareFigures } from './compareFigures.ts';

// Compare mode as the page runs it: two app stores on two simulated drivers under one clock, each
// set-up's scripts played from 0. The figures each side shows (what the page puts side by side)
// must bear out what the set-up's words say, and both sides must always stand at the same time.

const { COMPARE_SETUPS } = await loadCompareSetups();
let session: CompareSession | null = null;
afterEach(() => {
  session?.dispose();
  session = null;
});

async function open(setup: CompareSetupId): Promise<{ frames: ManualFrameClock; session: CompareSession }> {
  const frames = new ManualFrameClock();
  session = await createCompareSession(frames, { speed: 1, reducedMotion: true });
  session.load(setup);
  return { frames, session };
}

/** Runs both clusters to `untilMs` in half-second steps, letting each step's update reach the stores. */
function playTo(frames: ManualFrameClock, s: CompareSession, untilMs: number): void {
  s.setPaused(true);
  for (let t = s.time.timeMs + 500; t <= untilMs; t += 500) {
    s.time.runTo(t);
    frames.frame(16); // the drivers send their update
    frames.frame(16); // the bridges commit it
  }
}

function figures(s: CompareSession): [CompareFigures, CompareFigures] {
  return [s.sides[0].figures.getState(), s.sides[1].figures.getState()];
}

describe('compare session', () => {
  it('article-vs-zookeeper: the all-to-all detector suspects live servers and notices the crash within its 3 s timeout; ZooKeeper suspects only the dead leader, after syncLimit × tickTime', async () => {
    const { frames, session: s } = await open('article-vs-zookeeper');
    playTo(frames, s, COMPARE_SETUPS['article-vs-zookeeper'].storyMs);
    const [a, b] = figures(s);
    expect(a.timeMs).toBe(b.timeMs);
    expect(a.fault?.action).toBe('crash');
    expect(b.fault?.action).toBe('crash');
    expect(a.suspicions.total).toBeGreaterThan(b.suspicions.total);
    expect(a.suspicions.falseAlarms).toBeGreaterThan(0);
    expect(b.suspicions.falseAlarms).toBe(0);
    // Four followers each suspect the crashed leader under ZooKeeper's detector.
    expect(b.suspicions.total).toBe(4);
    // The article's timeout is checked on each 1 s heartbeat: 3 s, give or take one heartbeat.
    expect(a.detectedMs).toBeGreaterThanOrEqual(2000);
    expect(a.detectedMs).toBeLessThanOrEqual(4000);
    // syncLimit 5 × tickTime 2000, give or take one tick.
    expect(b.detectedMs).toBeGreaterThanOrEqual(8000);
    expect(b.detectedMs).toBeLessThanOrEqual(12_000);
    // n·(n−1) = 20 heartbeats a second on top of the pings; ZooKeeper sends none.
    const seconds = a.timeMs / 1000;
    expect(a.messages.heartbeats / seconds).toBeGreaterThan(18);
    expect(a.messages.heartbeats / seconds).toBeLessThanOrEqual(20);
    expect(b.messages.heartbeats).toBe(0);
    expect(b.messages.pings).toBeGreaterThan(0);
    expect(a.messages.total).toBeGreaterThan(2 * b.messages.total);
    for (const side of [a, b]) {
      expect(side.electionStarter).not.toBeNull();
      expect(side.electionMs).toBeGreaterThan(0);
      expect(side.leader).not.toBeNull();
      expect(side.epoch).toBeGreaterThanOrEqual(2);
    }
  });

  it('crash-vs-kill: a crash is noticed after syncLimit × tickTime, a kill within a few message latencies', async () => {
    const { frames, session: s } = await open('crash-vs-kill');
    playTo(frames, s, COMPARE_SETUPS['crash-vs-kill'].storyMs);
    const [a, b] = figures(s);
    expect(a.fault?.action).toBe('crash');
    expect(b.fault?.action).toBe('kill');
    expect(a.detectedMs).toBeGreaterThanOrEqual(8000);
    expect(a.detectedMs).toBeLessThanOrEqual(12_000);
    expect(b.detectedMs).toBeLessThan(100);
    expect(b.recoveredMs).toBeLessThan(a.recoveredMs!);
    expect([a.suspicions.falseAlarms, b.suspicions.falseAlarms]).toEqual([0, 0]);
    expect(a.leader).not.toBeNull();
    expect(b.leader).not.toBeNull();
  });

  it('tick-tuning: 500 ms × 2 notices the crash within about a second but drops live servers on the slow network; 2000 ms × 5 drops none and notices after about ten', async () => {
    const { frames, session: s } = await open('tick-tuning');
    playTo(frames, s, COMPARE_SETUPS['tick-tuning'].storyMs);
    const [a, b] = figures(s);
    expect(a.detectedMs).toBeGreaterThanOrEqual(500);
    expect(a.detectedMs).toBeLessThanOrEqual(1500);
    expect(b.detectedMs).toBeGreaterThanOrEqual(8000);
    expect(b.detectedMs).toBeLessThanOrEqual(12_000);
    expect(a.suspicions.falseAlarms).toBeGreaterThanOrEqual(3);
    expect(b.suspicions.falseAlarms).toBe(0);
    expect(a.recoveredMs).toBeLessThan(b.recoveredMs!);
  });

  it('runs both stores at one time: pause and speed from either store apply to both, and a moment opens paused on both', async () => {
    const { frames, session: s } = await open('crash-vs-kill');
    const [a, b] = s.sides;
    frames.frame(16);
    for (let i = 0; i < 30; i++) frames.frame(20);
    expect(a.driver.nowMs()).toBe(b.driver.nowMs());
    expect(a.driver.nowMs()).toBe(s.time.timeMs);
    expect(s.time.timeMs).toBeGreaterThan(0);

    a.store.getState().setSpeed(5);
    expect(s.time.state.speed).toBe(5);
    expect(b.store.getState().speed).toBe(5);
    const before = s.time.timeMs;
    frames.frame(20);
    expect(s.time.timeMs).toBe(before + 100);

    b.store.getState().setPausedAll(true);
    expect(s.time.state.paused).toBe(true);
    expect(a.store.getState().pausedAll).toBe(true);
    const held = s.time.timeMs;
    for (let i = 0; i < 10; i++) frames.frame(20);
    expect([a.driver.nowMs(), b.driver.nowMs()]).toEqual([held, held]);

    s.stepBy(250);
    expect([a.driver.nowMs(), b.driver.nowMs()]).toEqual([held + 250, held + 250]);

    s.load('article-vs-zookeeper', { atMs: 15_000 });
    expect(s.setup()).toBe('article-vs-zookeeper');
    expect([a.driver.nowMs(), b.driver.nowMs()]).toEqual([15_000, 15_000]);
    expect(a.store.getState().pausedAll && b.store.getState().pausedAll && s.time.state.paused).toBe(true);
    expect(a.store.getState().spec.settings.detector).toBe('all-to-all');
    expect(b.store.getState().spec.settings.detector).toBe('zookeeper');
  });

  it('a fault clicked on either cluster happens in both, at the same moment', async () => {
    const { frames, session: s } = await open('crash-vs-kill');
    playTo(frames, s, 3000);
    const [a, b] = s.sides;
    const status = (id: number) => [a, b].map((side) => side.store.getState().nodeById.get(id)?.status);
    a.store.getState().toggleCrash(2);
    playTo(frames, s, 3500);
    expect(status(2)).toEqual(['down', 'down']);
    // B's own click sees its server 2 down: a restart, in both.
    b.store.getState().toggleCrash(2);
    playTo(frames, s, 4000);
    expect(status(2)).toEqual(['up', 'up']);
    b.store.getState().setDrop(20);
    playTo(frames, s, 4500);
    expect(a.store.getState().faults.map((f) => f.id)).toEqual(['drop']);
    expect(b.store.getState().faults.map((f) => f.id)).toEqual(['drop']);
    const crashes = [a, b].map((side) => side.store.getState().timeline.filter((e) => e.kind === 'crash' && e.node === 2).map((e) => e.t));
    expect(crashes[0]).toEqual(crashes[1]);
    expect(crashes[0]).toHaveLength(1);
  });
});
