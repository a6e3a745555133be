import { describe, expect, it } from 'vitest';
import { ManualFrameClock, defaultSpecInput, makeSpec, type DriverKind } from '../driver/index.ts';
import { SimDriver } from '../driver/simDriver.ts';
import { connectDriver } from './bridge.ts';
import { createAppStore } from './createAppStore.ts';
import { frameAt } from './history.ts';
import { shown, shownNowMs } from './shown.ts';
import { ELECTION_SLOW_FACTOR } from './timeSlice.ts';

// The time slice over the simulated driver: the history fills as commits arrive, scrubbing shows a
// frame everywhere through shown(), actions in the past are refused, step and auto-pause leave the
// store paused, and slow motion slows the driver only while an election runs.

function setup(driverKind: DriverKind = 'simulated', nodes = 5) {
  const clock = new ManualFrameClock();
  const driver = new SimDriver({ clock });
  const store = createAppStore(driver, { driverKind, spec: makeSpec(defaultSpecInput(nodes, 11)) });
  connectDriver(store, driver, clock);
  store.getState().reset();
  const frames = (count: number, ms = 100) => {
    for (let i = 0; i < count; i++) clock.frame(ms);
  };
  return { clock, driver, store, frames };
}

describe('the scrubber', () => {
  it('records frames as commits arrive and shows one through shown()', () => {
    const { store, frames } = setup();
    frames(80);
    const s = store.getState();
    expect(s.history.frames.length).toBeGreaterThan(10);
    expect(shown(s).nodeById).toBe(s.nodeById);
    const early = s.history.frames[0]!;
    s.setViewAtMs(early.atMs + 1);
    const scrubbed = store.getState();
    expect(scrubbed.viewAtMs).toBe(early.atMs);
    expect(shown(scrubbed).snapshot).toBe(early.snapshot);
    expect(shown(scrubbed).nodeById.get(1)).toBe(early.snapshot.nodes[0]);
    expect(shown(scrubbed).timeline.every((e) => e.id <= early.lastEntryId)).toBe(true);
    expect(shown(scrubbed).timeline.length).toBeLessThan(scrubbed.timeline.length);
    // The simulator holds still while it shows the past.
    expect(scrubbed.pausedAll).toBe(true);
    // Ages and countdowns are drawn at the frame's time, not the frame clock's.
    expect(shownNowMs(scrubbed, 99_999)).toBe(early.atMs);
    scrubbed.backToLive();
    expect(shown(store.getState()).snapshot).toBe(store.getState().snapshot);
    expect(shownNowMs(store.getState(), 99_999)).toBe(99_999);
  });

  it('keeps the parts of the view that two moments share, and rebuilds those that differ', () => {
    const { store, frames } = setup();
    frames(80);
    const live = store.getState();
    const [a, b] = live.history.frames.slice(-3);
    live.setViewAtMs(a!.atMs);
    const first = shown(store.getState());
    // The same servers, leader, quorum and links as live: the objects on screen stay.
    expect(first.nodeIds).toBe(live.nodeIds);
    expect(first.leader).toBe(live.leader);
    expect(first.quorum).toBe(live.quorum);
    expect(first.links).toBe(live.links);
    store.getState().setViewAtMs(b!.atMs);
    const second = shown(store.getState());
    expect(second.snapshot).toBe(b!.snapshot);
    expect(second.nodeIds).toBe(first.nodeIds);
    expect(second.leader).toBe(first.leader);
    // The log is cut at each moment: the same entries are the same array, others a new cut.
    expect(second.timeline.map((e) => e.id)).toEqual(live.timeline.filter((e) => e.id <= b!.lastEntryId).map((e) => e.id));
    if (a!.lastEntryId === b!.lastEntryId) expect(second.timeline).toBe(first.timeline);
    else expect(second.timeline).not.toBe(first.timeline);
  });

  it('shows a different leader and log when the moments differ, never the view scrubbed from', () => {
    const { store, frames } = setup();
    frames(80);
    const before = store.getState().leader!;
    store.getState().crash(before.id);
    frames(250);
    const s = store.getState();
    s.setViewAtMs(s.history.frames[0]!.atMs);
    const early = shown(store.getState());
    store.getState().setViewAtMs(s.history.frames.at(-1)!.atMs);
    const late = shown(store.getState());
    expect(late.leader).not.toBe(early.leader);
    expect(late.leader!.epoch).toBeGreaterThan(early.leader?.epoch ?? 0);
    expect(late.timeline).not.toBe(early.timeline);
    expect(late.timeline.length).toBeGreaterThan(early.timeline.length);
  });

  it('shows the old leader and epoch when scrubbed back before a crash', () => {
    const { store, frames } = setup();
    frames(80);
    const before = store.getState().leader!;
    const crashAtMs = store.getState().snapshot!.timeMs;
    store.getState().crash(before.id);
    frames(250);
    const after = store.getState().leader!;
    expect(after.id).not.toBe(before.id);
    expect(after.epoch).toBeGreaterThan(before.epoch);
    store.getState().setViewAtMs(crashAtMs - 1);
    const view = shown(store.getState());
    expect(view.leader).toEqual(before);
    expect(view.nodeById.get(before.id)!.role).toBe('leading');
    expect(view.timeline.some((e) => e.kind === 'crash')).toBe(false);
  });

  it('moves by whole frames with scrubFrames and comes back to live past the newest', () => {
    const { store, frames } = setup();
    frames(40);
    store.getState().setPausedAll(true);
    frames(2);
    const { history } = store.getState();
    store.getState().scrubFrames(-1);
    const at = store.getState().viewAtMs!;
    expect(at).toBeLessThan(store.getState().snapshot!.timeMs);
    store.getState().scrubFrames(-2);
    expect(store.getState().viewAtMs).toBe(history.frames[history.frames.indexOf(frameAt(history, at)!) - 2]!.atMs);
    store.getState().scrubFrames(-100_000);
    expect(store.getState().viewAtMs).toBe(history.frames[0]!.atMs);
    store.getState().scrubFrames(100_000);
    expect(store.getState().viewAtMs).toBeNull();
  });

  it('jumps to the moment before each mark with scrubToMark, and to live past the last', () => {
    const { store, frames } = setup();
    frames(80);
    store.getState().crash(2);
    frames(40);
    store.getState().setPausedAll(true);
    frames(2);
    const { history } = store.getState();
    const crash = history.marks.find((m) => m.record === 'crash')!;
    const elected = history.marks.find((m) => m.record === 'leader-elected')!;
    store.getState().scrubToMark(-1);
    expect(store.getState().viewAtMs).toBe(frameAt(history, crash.atMs - 1)!.atMs);
    expect(store.getState().viewAtMs).toBeLessThan(crash.atMs);
    store.getState().scrubToMark(-1);
    expect(store.getState().viewAtMs).toBe(frameAt(history, elected.atMs - 1)!.atMs);
    store.getState().scrubToMark(1);
    expect(store.getState().viewAtMs).toBe(frameAt(history, crash.atMs - 1)!.atMs);
    store.getState().scrubToMark(1);
    expect(store.getState().viewAtMs).toBeNull();
  });

  it('refuses actions in the past with the live driver, with a notice', () => {
    const { store, frames } = setup('live');
    frames(40);
    store.getState().setViewAtMs(1000);
    const notices = store.getState().notices.length;
    store.getState().crash(2);
    store.getState().healAll();
    frames(3);
    expect(store.getState().nodeById.get(2)!.status).toBe('up');
    expect(store.getState().timeline.some((e) => e.kind === 'crash' || e.kind === 'heal')).toBe(false);
    expect(store.getState().notices.length).toBe(notices + 1);
    store.getState().backToLive();
    store.getState().crash(2);
    frames(3);
    expect(store.getState().nodeById.get(2)!.status).toBe('down');
  });

  it('forks the simulator where it is scrubbed to: the action starts a new future, the past before it stays', () => {
    const { store, frames } = setup();
    frames(40);
    const liveMs = store.getState().snapshot!.timeMs;
    const atMs = frameAt(store.getState().history, 1000)!.atMs;
    store.getState().setViewAtMs(atMs);
    store.getState().crash(2);
    frames(3);
    const s = store.getState();
    expect(s.viewAtMs).toBeNull();
    expect(s.nodeById.get(2)!.status).toBe('down');
    // The new run goes on from the fork, not from where the old one had got to.
    expect(s.snapshot!.timeMs).toBeLessThan(liveMs);
    expect(s.history.frames.every((f) => f.atMs <= s.snapshot!.timeMs)).toBe(true);
    expect(s.history.frames.some((f) => f.atMs === atMs)).toBe(true);
    expect(s.notices.some((n) => typeof n !== 'string' && 'key' in n && n.key === 'notices.newFuture')).toBe(true);
  });

  it('resuming the simulator while scrubbed forks there and plays on', () => {
    const { store, frames } = setup();
    frames(40);
    const liveMs = store.getState().snapshot!.timeMs;
    store.getState().setPausedAll(true);
    store.getState().setViewAtMs(frameAt(store.getState().history, 1000)!.atMs);
    store.getState().setPausedAll(false);
    frames(2);
    expect(store.getState().viewAtMs).toBeNull();
    expect(store.getState().pausedAll).toBe(false);
    expect(store.getState().snapshot!.timeMs).toBeLessThan(liveMs);
  });
});

describe('step and auto-pause through the store', () => {
  it('a step leaves the store paused and records a frame at the step', () => {
    const { store, frames, driver } = setup();
    frames(40);
    // A settled cluster logs nothing for minutes: step to the next message instead.
    store.getState().step('delivery');
    frames(2);
    const s = store.getState();
    expect(s.pausedAll).toBe(true);
    expect(s.lastStep).toMatchObject({ kind: 'delivery', reached: true });
    expect(s.snapshot!.timeMs).toBe(driver.timeMs);
    expect(s.history.frames.at(-1)!.atMs).toBe(s.lastStep!.atMs);
  });

  it('auto-pause on a leader elected pauses the store at that record', () => {
    const { store, frames, driver } = setup();
    store.getState().setAutoPause('elected', true);
    frames(100);
    const s = store.getState();
    expect(s.pausedAll).toBe(true);
    expect(s.pausedBy).toMatchObject({ kind: 'leader-elected' });
    expect(driver.timeMs).toBe(s.pausedBy!.t);
    store.getState().setPausedAll(false);
    expect(store.getState().pausedBy).toBeNull();
  });
});

describe('slow motion', () => {
  it('slows the driver while a server is LOOKING, and only then', () => {
    const { store, frames, driver } = setup();
    store.getState().setSpeed(2);
    store.getState().setSlowMotion(true);
    frames(1);
    frames(1);
    expect(store.getState().effectiveSpeed).toBe(2 * ELECTION_SLOW_FACTOR);
    const t0 = driver.timeMs;
    frames(1, 100);
    expect(driver.timeMs - t0).toBe(100 * 2 * ELECTION_SLOW_FACTOR);
    frames(200);
    expect(store.getState().leader).not.toBeNull();
    expect(store.getState().effectiveSpeed).toBe(2);
  });
});
