import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseScenario } from '../sim/scenario.ts';
import { liveDriverOnFakeWorkers } from './fakeWorker.ts';
import { ManualFrameClock } from './manualFrameClock.ts';
import { SimDriver } from './simDriver.ts';
import { defaultSpecInput, makeSpec } from './spec.ts';
import type { DriverUpdate, TimelineEntry } from './types.ts';

// Every run in the page is recorded as a scenario script; the script played back in the simulated
// driver gives the same run, bit for bit; a fork rebuilds the past and lets a new future diverge.

interface Rig {
  clock: ManualFrameClock;
  driver: SimDriver;
  events: TimelineEntry[];
}

/** A simulated driver on a hand-driven clock at 10×, whose work budget runs out every frame or so. */
function rig(nodes = 5, seed = 3, workBudgetMs = 12): Rig {
  const clock = new ManualFrameClock();
  const driver = new SimDriver({ clock, workBudgetMs });
  const events: TimelineEntry[] = [];
  driver.subscribe((u: DriverUpdate) => events.push(...u.events));
  driver.setSpeed(10);
  driver.start(makeSpec(defaultSpecInput(nodes, seed)));
  clock.frame(16);
  return { clock, driver, events };
}

/** Runs frames (each 50 real ms, 500 simulated ms at 10×) until the simulated clock reaches `ms`. */
function runUntil(r: Rig, ms: number): void {
  while (r.driver.timeMs < ms) r.clock.frame(50);
}

function leaderOf(driver: SimDriver): number {
  const leader = driver.simCluster!.serviceLeader();
  if (!leader) throw new Error('no leader');
  return leader.leader;
}

/** What must be equal between two runs: every server's role, status, epochs and zxids, and who leads. */
function state(driver: SimDriver): unknown {
  const c = driver.simCluster!;
  return JSON.stringify(
    {
      nowMs: c.nowMs,
      leader: c.serviceLeader(),
      nodes: c.views().map((v) => ({ id: v.id, status: v.status, role: v.role, acceptedEpoch: v.acceptedEpoch, currentEpoch: v.currentEpoch, lastZxid: v.lastZxid, committed: v.lastCommittedZxid })),
      clients: c.clientViews().map((v) => ({ name: v.name, state: v.state, sessionId: v.sessionId })),
      delivered: c.deliveredMessages,
    },
    (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v),
  );
}

const records = (events: TimelineEntry[], untilMs = Infinity) => events.filter((e) => e.t <= untilMs).map(({ id: _id, ...record }) => record);

/** A run with a bit of everything, acted at frame boundaries as a person would. */
function busyRun(): Rig {
  const r = rig();
  runUntil(r, 3000);
  r.driver.connectClient('c1', 1, 6000);
  runUntil(r, 4000);
  r.driver.clientOp('c1', { type: 'create', path: '/a', value: 'one', mode: 'persistent' });
  r.driver.clientOp('c1', { type: 'create', path: '/e', value: '', mode: 'ephemeral-sequential' });
  runUntil(r, 5000);
  r.driver.crash(leaderOf(r.driver));
  runUntil(r, 9000);
  r.driver.setDrop(7, { from: 2, to: 3 });
  r.driver.setDelay(30, 5);
  r.driver.partition([[1, 2], [3, 4, 5]]);
  runUntil(r, 20_000);
  r.driver.healFault('partition');
  r.driver.clientOp('c1', { type: 'set', path: '/a', value: 'two', version: 0 });
  r.driver.clientOp('c1', { type: 'get', path: '/a' });
  runUntil(r, 32_000);
  r.driver.healAll();
  r.driver.restart(1);
  r.driver.restart(2);
  r.driver.restart(3);
  r.driver.restart(4);
  r.driver.restart(5);
  runUntil(r, 45_000);
  r.driver.clientOp('c1', { type: 'delete', path: '/a', version: -1 });
  r.driver.disconnectClient('c1');
  runUntil(r, 60_000);
  return r;
}

describe('the recording', () => {
  it('prints every command kind as its one statement, at its simulated time, and parses back', () => {
    const r = rig();
    const d = r.driver;
    runUntil(r, 4000);
    const t = d.timeMs;
    d.crash(1);
    d.kill(2);
    d.pause(3);
    d.resume(3);
    d.restart(1);
    d.isolate(4);
    d.cut({ from: 1, to: 2 }, false);
    d.cut({ from: 2, to: 3 }, true);
    d.restoreLink({ from: 2, to: 3 }, true);
    d.partition([[1, 2], [3, 4, 5]]);
    d.healFault('cut:1->2');
    d.healFault('partition');
    d.setDrop(12.5);
    d.setDrop(3, { from: 4, to: 5 });
    d.setDelay(40, 10);
    d.setDelay(7, 0, { from: 5, to: 1 });
    d.healAll();
    d.connectClient('c1', 5, 8000);
    d.clientOp('c1', { type: 'create', path: '/x', value: 'say "hi"', mode: 'ephemeral-sequential' });
    d.clientOp('c1', { type: 'set', path: '/x', value: 'v', version: 3 });
    d.clientOp('c1', { type: 'set', path: '/', value: 'root', version: -1 });
    d.clientOp('c1', { type: 'delete', path: '/x', version: 2 });
    d.clientOp('c1', { type: 'get', path: '/x' });
    d.clientOp('c1', { type: 'close' });
    d.connectClient('c2', 4, 6000);
    d.disconnectClient('c2');
    const text = d.recordedScript().text;
    expect(text).toBe(
      [
        'nodes 5',
        'config tickTime=2000 initLimit=10 syncLimit=5 detector=zookeeper heartbeatMs=1000 timeoutMs=3000',
        'network latency=2 jitter=1',
        'seed 3',
        'at 0 start all',
        ...[
          'crash 1',
          'kill 2',
          'pause 3',
          'resume 3',
          'restart 1',
          'isolate 4',
          'cut 1->2',
          'cut 2<->3',
          'restore 2<->3',
          'partition 1,2|3,4,5',
          'heal cut 1->2',
          'heal partition',
          'drop 12.5%',
          'drop 4->5 3%',
          'delay 40 jitter 10',
          'delay 5->1 7 jitter 0',
          'heal all',
          'connect c1 to 5 timeout=8000',
          'create c1 /x "say \\"hi\\"" ephemeral sequential',
          'set c1 /x "v" version=3',
          'set c1 / "root"',
          'delete c1 /x version=2',
          'get c1 /x',
          'close c1',
          'connect c2 to 4 timeout=6000',
          'disconnect c2',
        ].map((line) => `at ${t} ${line}`),
      ].join('\n') + '\n',
    );
    expect(parseScenario(text).ok).toBe(true);
  });

  it('records nothing for a command that was refused or changed nothing', () => {
    const r = rig();
    runUntil(r, 1000);
    r.driver.crash(2);
    r.driver.crash(2); // already down
    r.driver.crash(99); // no such server
    r.driver.resume(1); // not paused
    r.driver.clientOp('nobody', { type: 'get', path: '/' });
    const steps = r.driver.recordedScript().text.split('\n').filter((l) => l.startsWith('at '));
    expect(steps).toEqual(['at 0 start all', `at ${r.driver.timeMs} crash 2`]);
  });

  it('a new run starts a new recording', () => {
    const r = rig();
    runUntil(r, 1000);
    r.driver.crash(2);
    const revision = r.driver.recordedScript().revision;
    r.driver.start(makeSpec(defaultSpecInput(3, 9)));
    const script = r.driver.recordedScript();
    expect(script.revision).toBeGreaterThan(revision);
    expect(script.text).toContain('nodes 3\n');
    expect(script.text).toContain('seed 9\n');
    expect(script.text).not.toContain('crash');
  });
});

describe('record → print → parse → replay', () => {
  it('reproduces the run bit for bit: the same leader, epochs, zxids and timeline', () => {
    const original = busyRun();
    const text = original.driver.recordedScript().text;
    const endMs = original.driver.timeMs;

    const replay = rig(3, 99); // a different cluster first: playScript rebuilds from the script
    replay.events.length = 0;
    const outcome = replay.driver.playScript(text, { atMs: endMs });
    expect(outcome.ok).toBe(true);
    replay.clock.frame(16); // paused: one frame sends the update
    expect(state(replay.driver)).toEqual(state(original.driver));
    expect(records(replay.events)).toEqual(records(original.events, endMs).slice(-replay.events.length));
    expect(replay.events.length).toBeGreaterThan(100);
    // The replay records itself again: the same script.
    expect(replay.driver.recordedScript().text).toBe(text);
  });

  it('plays a script from 0 at the page pace when no time is given, reaching the same state', () => {
    const original = busyRun();
    const text = original.driver.recordedScript().text;
    const replay = rig(5, 1, 1);
    expect(replay.driver.playScript(text).ok).toBe(true);
    replay.clock.frame(16);
    while (replay.driver.timeMs < original.driver.timeMs) replay.clock.frame(Math.min(50, (original.driver.timeMs - replay.driver.timeMs) / 10));
    expect(replay.driver.timeMs).toBe(original.driver.timeMs);
    expect(state(replay.driver)).toEqual(state(original.driver));
  });

  it('resolves leader and all in a written script, and records the servers they meant', () => {
    const r = rig();
    const text = ['nodes 3', 'seed 5', 'at 0 start all', 'at 8000 crash leader', 'at 9000 write /w "x"', 'at 9000 duplicate 1%', 'at 20000 restart all', 'expect at 30000 leader any'].join('\n');
    expect(r.driver.playScript(text, { atMs: 30_000 }).ok).toBe(true);
    const steps = r.driver.recordedScript().text.split('\n').filter((l) => l.startsWith('at '));
    expect(steps[1]).toMatch(/^at 8000 crash [123]$/);
    expect(steps.slice(2)).toEqual(['at 9000 write /w "x"', 'at 9000 duplicate 1%', 'at 20000 restart 1', 'at 20000 restart 2', 'at 20000 restart 3']);
  });

  it('refuses a malformed script with line-numbered errors and changes nothing', () => {
    const r = busyRun();
    const before = state(r.driver);
    const script = r.driver.recordedScript();
    const outcome = r.driver.playScript('nodes 5\nat 0 start all\nat 10 crsh 1\n');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors[0]!.line).toBe(3);
    expect(outcome.message).toMatch(/^line 3: unknown action 'crsh'/);
    expect(state(r.driver)).toEqual(before);
    expect(r.driver.recordedScript()).toEqual(script);
  });
});

describe('forkAt', () => {
  it('rebuilds the same state at atMs, truncates the recording there and pauses', () => {
    const original = busyRun();
    const text = original.driver.recordedScript().text;

    const reference = rig();
    reference.driver.playScript(text, { atMs: 15_000 });

    original.driver.forkAt(15_000);
    expect(original.driver.timeMs).toBe(15_000);
    expect(state(original.driver)).toEqual(state(reference.driver));
    const steps = original.driver.recordedScript().text.split('\n').filter((l) => l.startsWith('at '));
    expect(steps.every((l) => Number(l.split(' ')[1]) <= 15_000)).toBe(true);
    expect(steps).toHaveLength(8); // start, connect, two creates, crash, drop, delay, partition: the steps up to 9 s
    // Paused: frames do not move the clock.
    for (let i = 0; i < 5; i++) original.clock.frame(50);
    expect(original.driver.timeMs).toBe(15_000);
  });

  it('diverges after a different action, and the same action gives the same future again', () => {
    const first = busyRun();
    const endMs = first.driver.timeMs;
    const finalState = state(first.driver);
    const text = first.driver.recordedScript().text;

    // The same past, then a different future: the partition heals early at 15 s instead of 20 s.
    const fork = rig();
    fork.driver.playScript(text, { atMs: endMs });
    fork.driver.forkAt(15_000);
    fork.driver.healAll();
    fork.driver.setPausedAll(false);
    fork.clock.frame(16);
    runUntil(fork, endMs);
    fork.driver.runTo(endMs);
    expect(state(fork.driver)).not.toEqual(finalState);
    expect(fork.driver.recordedScript().text).toContain('at 15000 heal all\n');
    expect(fork.driver.recordedScript().text).not.toContain('at 20000');

    // Forking at the end changes nothing.
    const again = rig();
    again.driver.playScript(text, { atMs: endMs });
    again.driver.forkAt(endMs);
    expect(state(again.driver)).toEqual(finalState);
  });
});

describe('the live driver records the same way', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('prints the same statements for the same commands, at its simulated times', async () => {
    vi.useFakeTimers();
    const clock = new ManualFrameClock();
    const { driver, workers } = liveDriverOnFakeWorkers(clock);
    driver.start(makeSpec(defaultSpecInput(3, 4)));
    await vi.advanceTimersByTimeAsync(1);
    for (const w of workers) w.say({ type: 'ready', id: w.id, acceptedEpoch: 0, currentEpoch: 0, loggedTxns: 0, hasSnapshot: false });
    await vi.advanceTimersByTimeAsync(1);
    expect(driver.recordedScript().text).toBe(''); // the printer is not in the first load
    driver.wantScriptText();
    await vi.dynamicImportSettled();
    driver.crash(2);
    driver.cut({ from: 1, to: 3 }, true);
    driver.setDrop(5);
    driver.isolate(1);
    driver.healAll();
    const text = driver.recordedScript().text;
    expect(text).toMatch(/^nodes 3\nconfig tickTime=2000 .*\nnetwork latency=2 jitter=1\nseed 4\nat 0 start all\n/);
    const steps = text.split('\n').filter((l) => l.startsWith('at ') && !l.startsWith('at 0 start'));
    expect(steps.map((l) => l.replace(/^at \d+ /, ''))).toEqual(['crash 2', 'cut 1<->3', 'drop 5%', 'isolate 1', 'heal all']);
    expect(parseScenario(text).ok).toBe(true);
    driver.dispose();
  });
});

describe('a replay too heavy to run at once', () => {
  it('stops at its work bound, says where, and waits there paused', () => {
    const r = rig();
    const outcome = r.driver.playScript('nodes 5\nseed 2\nat 0 start all\n', { atMs: 3_600_000 });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    // 5 idle servers for an hour stay well within the bound: the run gets there.
    expect(outcome.stoppedAtMs).toBeUndefined();
    expect(r.driver.timeMs).toBe(3_600_000);
    const small = rig();
    expect(small.driver.runTo(60_000, 100)).toBe(false);
    expect(small.driver.timeMs).toBeLessThan(60_000);
  });
});
