import { describe, expect, it } from 'vitest';
import { ManualFrameClock, defaultSpecInput, makeSpec } from '../driver/index.ts';
import { SimDriver } from '../driver/simDriver.ts';
import { connectDriver } from './bridge.ts';
import { createAppStore } from './createAppStore.ts';
import { latestOp } from './opTracking.ts';

// The data slice against the simulated driver: ops get their answers, stale reads are measurable,
// a rejoin's TRUNC lands in the recovery map, and presets fill the group draft.

function setup() {
  const clock = new ManualFrameClock();
  const driver = new SimDriver({ clock });
  const store = createAppStore(driver, { driverKind: 'simulated', spec: makeSpec(defaultSpecInput(5, 3)) });
  connectDriver(store, driver, clock);
  store.getState().reset();
  /** Runs the simulation to `ms`, then lets the driver emit and the bridge commit. */
  const runTo = (ms: number) => {
    driver.simCluster!.runUntil(ms);
    clock.frame();
    clock.frame();
  };
  return { store, driver, runTo };
}

describe('clients and data through the store', () => {
  it('answers each op next to its client, errors included', () => {
    const { store, runTo } = setup();
    runTo(3000);
    const s = () => store.getState();
    s().connectClient('c1', 1, 6000);
    expect(s().clientNames).toEqual(['c1']);
    runTo(3500);
    s().clientOp('c1', { type: 'create', path: '/a', value: 'x', mode: 'ephemeral' });
    s().clientOp('c1', { type: 'create', path: '/a/b', value: '', mode: 'persistent' });
    runTo(4000);
    expect(s().ops.map((r) => r.status)).toEqual(['ok', 'failed']);
    expect(latestOp(s().ops, 'c1')!.result).toMatchObject({ ok: false, code: 'NOCHILDRENFOREPHEMERALS' });
    s().clientOp('c1', { type: 'get', path: '/a' });
    runTo(4500);
    const read = latestOp(s().ops, 'c1')!;
    expect(read).toMatchObject({ status: 'ok', server: 1, hadLeader: true, serverInQuorum: true, result: { ok: true, type: 'data', value: 'x' } });
    expect(read.leaderZxid).toBe((read.result as { serverZxid: number }).serverZxid);
  });

  it('abandons what a vanished client had pending, and records its session\'s end', () => {
    const { store, runTo } = setup();
    runTo(3000);
    const s = () => store.getState();
    s().connectClient('c1', 2, 4000);
    runTo(3500);
    s().clientOp('c1', { type: 'create', path: '/w', value: 'up', mode: 'ephemeral' });
    runTo(4000);
    const sessionId = s().snapshot!.clients[0]!.sessionId;
    s().disconnectClient('c1');
    s().clientOp('c1', { type: 'get', path: '/w' });
    runTo(20_000);
    expect(s().sessionEnds.get(sessionId)).toMatchObject({ reason: 'expired', deletedPaths: ['/w'] });
    // Only the server's own /zookeeper subtree is left.
    expect([...s().nodeById.values()].every((n) => n.tree.every((z) => z.path.startsWith('/zookeeper')))).toBe(true);
  });

  it('records the TRUNC a deposed leader gets when it rejoins', () => {
    const { store, runTo } = setup();
    runTo(3000);
    const s = () => store.getState();
    const old = s().leader!.id;
    s().connectClient('c1', old, 20_000);
    runTo(3500);
    s().applyPreset('isolate-leader');
    expect(s().groupDraft.some((g) => g.length === 1 && g[0] === old)).toBe(true);
    expect(s().lastPreset).toBe('isolate-leader');
    s().clientOp('c1', { type: 'create', path: '/lost', value: '', mode: 'persistent' });
    runTo(20_000);
    expect(latestOp(s().ops, 'c1')).toMatchObject({ status: 'failed', serverInQuorum: false, result: { code: 'CONNECTIONLOSS' } });
    s().healAll();
    runTo(60_000);
    const info = s().recoveries.get(old)!;
    expect(info).toMatchObject({ mode: 'trunc', removed: [expect.any(Number)] });
    expect(info.leader).toBe(s().leader!.id);
  });
});
