import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandDriver } from './commandDriver.ts';
import { liveDriverOnFakeWorkers } from './fakeWorker.ts';
import { ManualFrameClock } from './manualFrameClock.ts';
import { SimDriver } from './simDriver.ts';
import { defaultSpecInput, makeSpec } from './spec.ts';
import type { DriverUpdate } from './types.ts';
import type { Refusal } from '../net/refusal.ts';

// Both drivers share the command skeleton: every bad command is refused in the timeline, the
// same way, and changes nothing.

interface Harness {
  driver: CommandDriver;
  updates: DriverUpdate[];
  clock: ManualFrameClock;
}

function sim(): Harness {
  const clock = new ManualFrameClock();
  const driver = new SimDriver({ clock });
  const updates: DriverUpdate[] = [];
  driver.subscribe((u) => updates.push(u));
  driver.start(makeSpec(defaultSpecInput(3, 1)));
  return { driver, updates, clock };
}

async function live(): Promise<Harness> {
  vi.useFakeTimers();
  const clock = new ManualFrameClock();
  const { driver, workers } = liveDriverOnFakeWorkers(clock);
  const updates: DriverUpdate[] = [];
  driver.subscribe((u) => updates.push(u));
  driver.start(makeSpec(defaultSpecInput(3, 1)));
  await vi.advanceTimersByTimeAsync(1);
  for (const w of workers) w.say({ type: 'ready', id: w.id, acceptedEpoch: 0, currentEpoch: 0, loggedTxns: 0, hasSnapshot: false });
  await vi.advanceTimersByTimeAsync(1);
  return { driver, updates, clock };
}

/** Each bad command, and why it must be refused (as data). */
const BAD_COMMANDS: Array<[string, (d: CommandDriver) => unknown, Refusal]> = [
  ['crash an unknown server', (d) => d.crash(9), { why: 'no-server', server: 9 }],
  ['kill an unknown server', (d) => d.kill(0), { why: 'no-server', server: 0 }],
  ['pause an unknown server', (d) => d.pause(9), { why: 'no-server', server: 9 }],
  ['resume an unknown server', (d) => d.resume(9), { why: 'no-server', server: 9 }],
  ['restart an unknown server', (d) => d.restart(9), { why: 'no-server', server: 9 }],
  ['isolate an unknown server', (d) => d.isolate(9), { why: 'no-server', server: 9 }],
  ['cut a link to an unknown server', (d) => d.cut({ from: 1, to: 9 }, true), { why: 'no-server', server: 9 }],
  ['cut a server from itself', (d) => d.cut({ from: 2, to: 2 }, false), { why: 'same-server-link', from: 2, to: 2 }],
  ['restore a link to an unknown server', (d) => d.restoreLink({ from: 9, to: 1 }, false), { why: 'no-server', server: 9 }],
  ['partition with an unknown server', (d) => d.partition([[1, 9], [2, 3]]), { why: 'no-server', server: 9 }],
  ['partition naming a server twice', (d) => d.partition([[1, 1]]), { why: 'server-twice', server: 1 }],
  ['heal an unknown fault', (d) => d.healFault('nope'), { why: 'no-fault', faultId: 'nope' }],
  ['drop over 100 %', (d) => d.setDrop(150), { why: 'bad-drop-percent', ratePercent: 150 }],
  ['drop a negative percentage', (d) => d.setDrop(-1), { why: 'bad-drop-percent', ratePercent: -1 }],
  ['drop NaN on a link', (d) => d.setDrop(Number.NaN, { from: 1, to: 2 }), { why: 'bad-drop-percent', ratePercent: Number.NaN }],
  ['delay a bad link', (d) => d.setDelay(5, 1, { from: 1, to: 42 }), { why: 'no-server', server: 42 }],
  ['negative delay', (d) => d.setDelay(-5, 0), { why: 'bad-ms', what: 'latencyMs', value: -5 }],
  ['connect to an unknown server', (d) => d.connectClient('c1', 9, 6000), { why: 'no-server', server: 9 }],
  ['connect with a zero timeout', (d) => d.connectClient('c1', 1, 0), { why: 'bad-session-timeout', timeoutMs: 0 }],
  ['op on an unknown client', (d) => d.clientOp('nobody', { type: 'get', path: '/' }), { why: 'no-client', client: 'nobody' }],
  ['disconnect an unknown client', (d) => d.disconnectClient('nobody'), { why: 'no-client', client: 'nobody' }],
];

describe.each([
  ['simulated', sim],
  ['live', live],
] as const)('the %s driver', (_kind, make) => {
  afterEach(() => vi.useRealTimers());

  it.each(BAD_COMMANDS)('refuses to %s in the log, without throwing or changing anything', async (_what, command, says) => {
    const { driver, updates, clock } = await make();
    // Frozen, so the servers' own events do not mix in.
    driver.setPausedAll(true);
    clock.frame();
    const before = updates.at(-1)!.snapshot;
    updates.length = 0;
    expect(() => command(driver)).not.toThrow();
    clock.frame();
    const events = updates.flatMap((u) => u.events);
    expect(events.map((e) => e.kind)).toEqual(['refused']);
    expect(events[0]).toMatchObject({ refusal: says });
    const after = updates.at(-1)!.snapshot;
    expect(after.faults).toEqual(before.faults);
    expect(after.nodes.map((n) => n.status)).toEqual(before.nodes.map((n) => n.status));
    expect(after.clients).toEqual([]);
    driver.dispose();
  });

  it('returns no call id for a refused op, and a fresh one for each accepted op', async () => {
    const { driver, clock } = await make();
    expect(driver.clientOp('nobody', { type: 'get', path: '/' })).toBeNull();
    await driver.prepareClients();
    driver.connectClient('c1', 1, 6000);
    expect(driver.clientOp('c1', { type: 'get', path: '/' })).toBe(1);
    expect(driver.clientOp('c1', { type: 'get', path: '/' })).toBe(2);
    clock.frame();
    driver.dispose();
  });
});

describe('the live driver before its client code has loaded', () => {
  afterEach(() => vi.useRealTimers());

  it('queues a connect until the code arrives, and refuses an op on it in words meanwhile', async () => {
    const { driver, updates, clock } = await live();
    driver.connectClient('c1', 1, 6000);
    expect(driver.clientOp('c1', { type: 'get', path: '/' })).toBeNull();
    clock.frame();
    const refusal = updates.flatMap((u) => u.events).find((e) => e.kind === 'refused');
    expect(refusal).toMatchObject({ refusal: { why: 'client-starting', client: 'c1' } });
    await vi.dynamicImportSettled();
    expect(driver.clientOp('c1', { type: 'get', path: '/' })).toBe(1);
    driver.dispose();
  });
});
