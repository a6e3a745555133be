import { describe, expect, it } from 'vitest';
import { ManualFrameClock, defaultSpecInput, makeSpec } from '../driver/index.ts';
import { SimDriver } from '../driver/simDriver.ts';
import { connectDriver } from './bridge.ts';
import { createAppStore } from './createAppStore.ts';
import { shareUrl, timePositionMs } from './share.ts';

// The store's side of scripts: the recording follows every commit; a played script, an imported file
// or a fork starts a new run in the store too; a refused one changes nothing at all.

function setup() {
  const clock = new ManualFrameClock();
  const driver = new SimDriver({ clock });
  const store = createAppStore(driver, { driverKind: 'simulated', spec: makeSpec(defaultSpecInput(5, 2)), speed: 10 });
  connectDriver(store, driver, clock);
  store.getState().reset();
  const frames = (n: number) => {
    for (let i = 0; i < n; i++) clock.frame(100);
  };
  frames(60); // 60 s simulated at 10×
  return { clock, driver, store, frames };
}

/** The parts of the store a refused import must leave alone. */
function picture(store: ReturnType<typeof setup>['store']): string {
  const s = store.getState();
  return JSON.stringify({ runId: s.runId, spec: s.spec, timeMs: s.snapshot?.timeMs, leader: s.leader, script: s.script, paused: s.pausedAll, timeline: s.timeline.length, nodes: s.snapshot?.nodes.map((n) => [n.id, n.role, n.status, n.currentEpoch, n.lastZxid]) }, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
}

describe('the script slice', () => {
  it('keeps the recording in the store as commands run', () => {
    const { store, frames } = setup();
    expect(store.getState().script.text).toMatch(/^nodes 5\n/);
    store.getState().crash(3);
    frames(2);
    expect(store.getState().script.text).toMatch(/\nat \d+ crash 3\n$/);
  });

  it('imports a trace: the run is replaced, paused at the trace time; a bad file changes nothing', async () => {
    const { store, frames } = setup();
    store.getState().crash(1);
    frames(20);
    store.getState().setPausedAll(true);
    frames(2);
    const atMs = timePositionMs(store.getState());
    const trace = store.getState().exportTrace(atMs);
    if (!trace.ok) throw new Error(trace.message);
    store.getState().setPausedAll(false);
    frames(10);
    store.getState().setPausedAll(true);
    frames(2);

    const before = picture(store);
    for (const bad of [trace.text.slice(0, 500), trace.text.replace('"kind":"crash"', '"kind":"kill"'), trace.text.replace('"version":2', '"version":0'), 'nodes 5\nat 1 crsh 2\n', 'x'.repeat(1_100_000)]) {
      const outcome = await store.getState().importFile(bad);
      expect(outcome.ok).toBe(false);
      frames(2);
      expect(picture(store)).toBe(before);
    }

    expect(await store.getState().importFile(trace.text)).toEqual({ ok: true });
    frames(2);
    const s = store.getState();
    expect(s.pausedAll).toBe(true);
    expect(s.snapshot?.timeMs).toBe(atMs);
    const again = s.exportTrace(atMs);
    expect(again.ok && again.text).toBe(trace.text);
  });

  it('forkAt starts a new run in the store, paused at that moment', () => {
    const { store, frames } = setup();
    store.getState().crash(2);
    frames(10);
    const runId = store.getState().runId;
    store.getState().forkAt(30_000);
    frames(2);
    const s = store.getState();
    expect(s.runId).toBe(runId + 1);
    expect(s.pausedAll).toBe(true);
    expect(s.snapshot?.timeMs).toBe(30_000);
    expect(s.script.text).not.toContain('crash 2');
  });

  it('plays an edited script from 0, unpaused, and refuses a malformed one with its lines', () => {
    const { store, frames } = setup();
    store.getState().setPausedAll(true);
    const before = picture(store);
    const refused = store.getState().runScript('nodes 3\nat 0 start all\nat 5 crash 9\n');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.errors.map((e) => e.line)).toEqual([3]);
    expect(picture(store)).toBe(before);
    expect(store.getState().runScript('nodes 3\nseed 8\nat 0 start all\nat 4000 kill 2\n')).toEqual({ ok: true });
    frames(10);
    const s = store.getState();
    expect(s.pausedAll).toBe(false);
    expect(s.spec.settings.voters).toEqual([1, 2, 3]);
    expect(s.nodeById.get(2)?.status).toBe('down');
    expect(s.script.text).toContain('at 4000 kill 2\n');
  });
});

describe('the share link', () => {
  it('names the simulator, the time, and the compressed script; a live run opens as a re-run', () => {
    expect(shareUrl({ pageUrl: 'http://host:1/app/?nodes=3&x=1#old', encodedScript: 'abc_-', atMs: 1234.7, recordedWith: 'simulated' })).toBe('http://host:1/app/?driver=sim&at=1234#script=abc_-');
    expect(shareUrl({ pageUrl: 'http://host:1/', encodedScript: 'q', atMs: null, recordedWith: 'live' })).toBe('http://host:1/?driver=sim&rerun=1#script=q');
  });
});
