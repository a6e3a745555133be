import { describe, expect, it } from 'vitest';
import { defaultClusterSettings, rangeIds, serverConfig } from '../core/config.ts';
import { createPrng } from '../core/prng.ts';
import type { DurableState, DurableWrite, ServerId } from '../core/types.ts';
import type { DurableStore } from '../host/durableStore.ts';
import { NetworkModel } from '../net/network.ts';
import { DiskUnavailableError, DISK_ANSWER_TIMEOUT_MS } from './diskAvailability.ts';
import { FakeWorld, flushMicrotasks } from './fakeHostEnv.ts';
import { MemoryDisks, MirroredDurableStore } from './memoryDisks.ts';
import { databaseName, type DiskPlace, type FromWorker, type TelemetryMessage } from './protocol.ts';
import { startClock } from './simClock.ts';
import { WorkerHost } from './workerHost.ts';

const CLUSTER = 'mem';
const epoch = (n: number): DurableWrite => ({ type: 'accepted-epoch', epoch: n });

describe('MirroredDurableStore', () => {
  it('sends each batch away and counts it durable only once the supervisor confirms it', async () => {
    const sent: [number, DurableWrite[]][] = [];
    const store = new MirroredDurableStore({ acceptedEpoch: 0, currentEpoch: 0, snapshot: null, log: [] }, (batch, writes) => sent.push([batch, writes]));
    let first = false;
    let second = false;
    void store.apply([epoch(1)])?.then(() => (first = true));
    void store.apply([epoch(2), { type: 'current-epoch', epoch: 2 }])?.then(() => (second = true));
    await flushMicrotasks();
    expect(sent.map(([b, w]) => [b, w.length])).toEqual([[1, 1], [2, 2]]);
    expect([first, second]).toEqual([false, false]);
    // Its own copy already has both, as a restart in the same host would read them.
    expect(store.load()).toMatchObject({ acceptedEpoch: 2, currentEpoch: 2 });
    // Messages are FIFO: confirming batch 2 confirms batch 1 too.
    store.confirm(2);
    await flushMicrotasks();
    expect([first, second]).toEqual([true, true]);
    expect(store.unconfirmedBatches).toBe(0);
  });

  it('an empty batch is no write at all', () => {
    const sent: number[] = [];
    const store = new MirroredDurableStore({ acceptedEpoch: 0, currentEpoch: 0, snapshot: null, log: [] }, (batch) => sent.push(batch));
    expect(store.apply([])).toBeUndefined();
    expect(sent).toEqual([]);
  });
});

describe('MemoryDisks', () => {
  it('keeps each server disk apart and hands out copies', () => {
    const disks = new MemoryDisks();
    disks.apply(1, [epoch(3)]);
    disks.apply(2, [epoch(5)]);
    const copy = disks.load(1);
    copy.acceptedEpoch = 99;
    expect(disks.load(1).acceptedEpoch).toBe(3);
    expect(disks.load(2).acceptedEpoch).toBe(5);
    expect(disks.load(3)).toEqual({ acceptedEpoch: 0, currentEpoch: 0, snapshot: null, log: [] });
    disks.clear();
    expect(disks.load(1).acceptedEpoch).toBe(0);
  });
});

/** Three real servers whose disks live in a stand-in supervisor (MemoryDisks), as without IndexedDB. */
function memoryCluster(stores = new Map<string, DurableStore>()) {
  const world = new FakeWorld();
  const settings = defaultClusterSettings(rangeIds(3));
  void world.packetSwitch(CLUSTER, settings.voters).listen();
  const network = new NetworkModel(createPrng(3), { latencyMs: 2, jitterMs: 1 }).toJSON();
  const clock = startClock(world.realMs, 1);
  const disks = new MemoryDisks();
  const posts = new Map<ServerId, FromWorker[]>();
  const hosts = new Map<ServerId, WorkerHost>();
  const spawn = (id: ServerId, disk: DiskPlace, restarted: boolean, seed = id): WorkerHost => {
    const mine: FromWorker[] = [];
    posts.set(id, mine);
    let host: WorkerHost | null = null;
    const env = {
      ...world.env(mine, stores),
      post: (m: FromWorker) => {
        mine.push(structuredClone(m));
        if (m.type !== 'persist') return;
        // The supervisor's answer is a main-thread hop away.
        world.setTimer(() => {
          if (hosts.get(id) !== host) return;
          disks.apply(id, m.writes);
          host?.control({ type: 'persisted', batch: m.batch });
        }, 0.5);
      },
    };
    host = new WorkerHost(env, { type: 'init', cluster: CLUSTER, config: serverConfig(settings, id), seed, clock, network, restarted, animate: false, disk });
    hosts.set(id, host);
    return host;
  };
  return { world, disks, posts, hosts, spawn };
}

const roleOf = (posts: FromWorker[]) =>
  posts.filter((p): p is TelemetryMessage => p.type === 'telemetry' && p.snapshot !== undefined).at(-1)?.snapshot?.view.role;

describe('WorkerHost on a memory disk', () => {
  it('elects a leader with every write confirmed by the supervisor, and a new worker after a crash reads it back', async () => {
    const c = memoryCluster();
    const empty: DurableState = { acceptedEpoch: 0, currentEpoch: 0, snapshot: null, log: [] };
    for (const id of [1, 2, 3]) await c.spawn(id, { kind: 'memory', durable: empty }, false).load();
    for (const h of c.hosts.values()) h.control({ type: 'start' });
    await c.world.advance(5000);
    const roles = [1, 2, 3].map((id) => roleOf(c.posts.get(id)!));
    expect(roles.filter((r) => r === 'leading')).toHaveLength(1);
    expect(roles.filter((r) => r === 'following')).toHaveLength(2);
    for (const id of [1, 2, 3]) expect(c.disks.load(id).currentEpoch).toBe(1);

    // A crash: the worker is gone; the new one gets what the supervisor holds.
    c.hosts.get(1)!.stop();
    const again = c.spawn(1, { kind: 'memory', durable: c.disks.load(1) }, true, 11);
    await again.load();
    expect(c.posts.get(1)!.find((m) => m.type === 'ready')).toMatchObject({ type: 'ready', id: 1, acceptedEpoch: 1, currentEpoch: 1 });
  });

  it('a first start whose IndexedDB refuses falls back to a memory disk and says why', async () => {
    const refusing: DurableStore = { load: () => Promise.reject(new DiskUnavailableError({ cause: 'refused', error: 'SecurityError: denied' })), apply: () => {}, close: () => {} };
    const c = memoryCluster(new Map([[databaseName(CLUSTER, 1), refusing]]));
    await c.spawn(1, { kind: 'indexeddb' }, false).load();
    const posts = c.posts.get(1)!;
    expect(posts[0]).toEqual({ type: 'disk-fallback', id: 1, why: { cause: 'refused', error: 'SecurityError: denied' } });
    expect(posts[1]).toMatchObject({ type: 'ready', id: 1, acceptedEpoch: 0 });
    for (const id of [2, 3]) await c.spawn(id, { kind: 'memory', durable: { acceptedEpoch: 0, currentEpoch: 0, snapshot: null, log: [] } }, false).load();
    for (const h of c.hosts.values()) h.control({ type: 'start' });
    await c.world.advance(5000);
    // Its writes now go to the supervisor.
    expect(posts.some((p) => p.type === 'persist')).toBe(true);
    expect(c.disks.load(1).currentEpoch).toBe(1);
  });

  it('an IndexedDB that never answers is given up on after the timeout, not left LOOKING in silence', async () => {
    const hanging: DurableStore = { load: () => new Promise<DurableState>(() => {}), apply: () => {}, close: () => {} };
    const c = memoryCluster(new Map([[databaseName(CLUSTER, 1), hanging]]));
    let loaded = false;
    void c.spawn(1, { kind: 'indexeddb' }, false).load().then(() => (loaded = true));
    await c.world.advance(DISK_ANSWER_TIMEOUT_MS - 1);
    expect(loaded).toBe(false);
    await c.world.advance(1);
    expect(loaded).toBe(true);
    expect(c.posts.get(1)![0]).toEqual({ type: 'disk-fallback', id: 1, why: { cause: 'no-answer', waitedMs: DISK_ANSWER_TIMEOUT_MS } });
  });

  it('a restart whose disk cannot be read fails instead of starting empty: its data is on that disk', async () => {
    const refusing: DurableStore = { load: () => Promise.reject(new DiskUnavailableError({ cause: 'missing' })), apply: () => {}, close: () => {} };
    const c = memoryCluster(new Map([[databaseName(CLUSTER, 1), refusing]]));
    await expect(c.spawn(1, { kind: 'indexeddb' }, true).load()).rejects.toThrow(DiskUnavailableError);
    expect(c.posts.get(1)!.some((p) => p.type === 'disk-fallback')).toBe(false);
  });
});
