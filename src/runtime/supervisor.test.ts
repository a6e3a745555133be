import { describe, expect, it, vi } from 'vitest';
import { defaultClusterSettings, rangeIds } from '../core/config.ts';
import type { CoreEvent, ServerView } from '../core/types.ts';
import type { StorageUnavailable } from '../host/records.ts';
import type { TimelineRecord } from './clientHost.ts';
import { FakeWorld, flushMicrotasks } from './fakeHostEnv.ts';
import { lagBucket } from './lagHistogram.ts';
import type { FromWorker, SwitchInit, SwitchReady, ToWorker } from './protocol.ts';
import { Supervisor, type WorkerLike } from './supervisor.ts';
import { SWITCH_READY_TIMEOUT_MS, type SwitchWorkerLike } from './switchWorker.ts';

class FakeWorker implements WorkerLike {
  readonly received: ToWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor(readonly index: number) {}
  postMessage(message: ToWorker): void {
    this.received.push(structuredClone(message));
  }
  terminate(): void {
    this.terminated = true;
  }
  get id(): number {
    const init = this.received.find((m) => m.type === 'init');
    return init && init.type === 'init' ? init.config.id : -1;
  }
  say(message: FromWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
  ready(): void {
    this.say({ type: 'ready', id: this.id, acceptedEpoch: 2, currentEpoch: 2, loggedTxns: 3, hasSnapshot: false });
  }
  types(): string[] {
    return this.received.map((m) => m.type);
  }
}

function view(id: number, role: ServerView['role'] = 'following'): ServerView {
  return { id, role, acceptedEpoch: 1, currentEpoch: 1, lastZxid: 0, lastCommittedZxid: 0, leader: 1, established: true, electionRound: 1, electionPoll: null, vote: null, watches: [], syncedLearners: [], outstandingProposals: 0, sessions: 0, znodes: 0 };
}

function rig(n = 5, spawnBatch = 12, noDisk: StorageUnavailable | null = null) {
  const world = new FakeWorld();
  const workers: FakeWorker[] = [];
  const records: TimelineRecord[] = [];
  const coreEvents: CoreEvent[] = [];
  let changes = 0;
  const sup = new Supervisor({
    listener: { onRecord: (r) => records.push(r), onCoreEvent: (_t, e) => coreEvents.push(e), onChange: () => changes++ },
    spawnWorker: () => {
      const w = new FakeWorker(workers.length);
      workers.push(w);
      return w;
    },
    spawnSwitch: null,
    timers: { realNowMs: () => world.realMs, setTimer: (cb, ms) => world.setTimer(cb, ms), clearTimer: (h) => world.clearTimer(h) },
    spawnBatch,
    probeDisk: async () => noDisk,
  });
  sup.start({ settings: defaultClusterSettings(rangeIds(n)), seed: 1, latencyMs: 2, jitterMs: 0 });
  const live = (id: number) => workers.filter((w) => w.id === id && !w.terminated).at(-1) as FakeWorker;
  const bootAll = async () => {
    for (let i = 0; i < 50 && !sup.started; i++) {
      await flushMicrotasks();
      for (const w of workers) if (!w.terminated && !w.types().includes('start') && w.received.length > 0 && !(w as unknown as { said?: boolean }).said) {
        (w as unknown as { said?: boolean }).said = true;
        w.ready();
      }
    }
    await flushMicrotasks();
  };
  return { world, workers, records, coreEvents, sup, live, bootAll, changes: () => changes };
}

describe('Supervisor', () => {
  it('spawns one worker per server in batches, then starts every core together', async () => {
    const r = rig(5, 2);
    await flushMicrotasks();
    expect(r.workers).toHaveLength(2);
    r.workers[0]!.ready();
    await flushMicrotasks();
    expect(r.workers).toHaveLength(2);
    r.workers[1]!.ready();
    await flushMicrotasks();
    expect(r.workers).toHaveLength(4);
    await r.bootAll();
    expect(r.sup.started).toBe(true);
    expect(r.workers.map((w) => w.id)).toEqual([1, 2, 3, 4, 5]);
    for (const w of r.workers) expect(w.types()).toEqual(['init', 'start']);
    const init = r.workers[0]!.received[0]!;
    expect(init.type === 'init' && init.cluster).toMatch(/^[0-9a-f]{32}$/);
  });

  it('crashes by ending the worker silently; a kill leaves the worker as the host that resets connections', async () => {
    const r = rig();
    await r.bootAll();
    r.sup.crash(3);
    expect(r.live(3)).toBeUndefined();
    for (const id of [1, 2, 4, 5]) expect(r.live(id).types()).toEqual(['init', 'start']);
    r.sup.kill(4);
    // The resets are packets from server 4's own host (src/host/serverHost.ts), not messages from here.
    expect(r.live(4).types()).toEqual(['init', 'start', 'kill']);
    for (const id of [1, 2, 5]) expect(r.live(id).types()).toEqual(['init', 'start']);
    expect(r.sup.node(4)?.status).toBe('down');
    expect(r.sup.node(4)?.downKind).toBe('kill');
  });

  it('restarts a running server in its own host; a crashed one in a new worker that reads its disk', async () => {
    const r = rig();
    await r.bootAll();
    r.sup.restart(2);
    expect(r.workers.filter((w) => w.id === 2)).toHaveLength(1);
    expect(r.live(2).types()).toEqual(['init', 'start', 'restart']);
    for (const id of [1, 3, 4, 5]) expect(r.live(id).types()).toEqual(['init', 'start', 'peer-restarted']);
    r.sup.crash(3);
    r.sup.restart(3);
    expect(r.workers.filter((w) => w.id === 3)).toHaveLength(2);
    const fresh = r.live(3);
    expect(fresh.received[0]).toMatchObject({ type: 'init', restarted: true });
    fresh.ready();
    expect(fresh.types()).toEqual(['init', 'start']);
    expect(r.sup.node(3)?.status).toBe('up');
  });

  it('takes snapshots, events and lag from telemetry, and judges the delivery lag', async () => {
    const r = rig();
    await r.bootAll();
    r.live(1).say({
      type: 'telemetry',
      id: 1,
      snapshot: { view: view(1, 'leading'), atMs: 500, tree: [] },
      events: [{ t: 400, event: { kind: 'leader-elected', node: 1, epoch: 1, followers: [2, 3], voters: 3, zxid: 0x100000000 } }],
      flights: [],
      replies: [], records: [],
      lag: [lagBucket(2), 90, lagBucket(400), 10],
    });
    expect(r.sup.node(1)?.view.role).toBe('leading');
    expect(r.coreEvents.map((e) => e.kind)).toEqual(['leader-elected']);
    expect(r.records.at(-1)).toMatchObject({ t: 400, node: 1, kind: 'leader-elected' });
    const health = r.sup.health();
    expect(health.lagP50Ms).toBeLessThan(3);
    expect(health.lagP99Ms).toBeGreaterThan(380);
    expect(health.behind).toBe(true);
    r.world.realMs += 2000;
    expect(r.sup.health()).toMatchObject({ samples: 0, behind: false });
  });

  it('routes client requests to the worker, and has a killed server\'s host reset its clients', async () => {
    const r = rig(3);
    await r.bootAll();
    r.sup.connectClient('c1', 2, 6000);
    expect(r.sup.hasClient('c1')).toBe(true); // while the client code loads
    expect(r.sup.hasClient('c2')).toBe(false);
    await vi.dynamicImportSettled();
    await r.world.advance(5);
    const request = r.live(2).received.find((m) => m.type === 'client-request');
    expect(request).toMatchObject({ type: 'client-request', message: { client: 'c1', op: { type: 'connect' } } });
    expect(r.sup.clientViews()[0]).toMatchObject({ name: 'c1', state: 'connecting', tryingServer: 2 });
    r.sup.kill(2);
    expect(r.live(2).received.at(-1)).toEqual({ type: 'kill', clients: ['c1'] });
    // The host's reset comes back as telemetry and reaches the client at its delivery time.
    r.live(2).say({ type: 'telemetry', id: 2, events: [], records: [], flights: [], replies: [{ client: 'c1', message: { type: 'rst' }, deliverAtSimMs: r.sup.timeMs() + 2 }], lag: [] });
    await r.world.advance(5);
    expect(r.sup.clientViews()[0]!.tryingServer).not.toBe(2);
  });

  it('freezes the clock while hidden or paused-all, and tells every worker', async () => {
    const r = rig(3);
    await r.bootAll();
    r.world.realMs += 1000;
    expect(r.sup.timeMs()).toBe(1000);
    r.sup.setHidden(true);
    r.world.realMs += 5000;
    expect(r.sup.timeMs()).toBe(1000);
    r.sup.setPausedAll(true);
    r.sup.setHidden(false);
    r.world.realMs += 5000;
    expect(r.sup.timeMs()).toBe(1000);
    r.sup.setPausedAll(false);
    r.sup.setSpeed(2);
    r.world.realMs += 500;
    expect(r.sup.timeMs()).toBe(2000);
    const clocks = r.live(1).received.filter((m) => m.type === 'clock');
    expect(clocks.map((m) => m.type === 'clock' && m.clock.frozen)).toEqual([true, false, false]);
  });

  it('without IndexedDB keeps every disk itself, says so once, and hands a crashed server its disk back', async () => {
    const r = rig(3, 12, { cause: 'no-answer', waitedMs: 4000 });
    await r.bootAll();
    const inMemory = r.records.filter((x) => x.kind === 'disk-in-memory');
    expect(inMemory).toEqual([{ t: 0, node: null, kind: 'disk-in-memory', cause: 'no-answer', waitedMs: 4000 }]);
    for (const w of r.workers) expect(w.received[0]).toMatchObject({ type: 'init', disk: { kind: 'memory', durable: { acceptedEpoch: 0, log: [] } } });
    const w2 = r.live(2);
    w2.say({ type: 'persist', id: 2, batch: 1, writes: [{ type: 'accepted-epoch', epoch: 4 }, { type: 'current-epoch', epoch: 4 }] });
    expect(w2.received.at(-1)).toEqual({ type: 'persisted', batch: 1 });
    r.sup.crash(2);
    r.sup.restart(2);
    expect(r.live(2)).not.toBe(w2);
    expect(r.live(2).received[0]).toMatchObject({ type: 'init', restarted: true, disk: { kind: 'memory', durable: { acceptedEpoch: 4, currentEpoch: 4 } } });
    expect(r.records.filter((x) => x.kind === 'disk-in-memory')).toHaveLength(1);
  });

  it('ignores a write from a worker it already terminated: that batch was never confirmed', async () => {
    const r = rig(3, 12, { cause: 'missing' });
    await r.bootAll();
    const w1 = r.live(1);
    r.sup.crash(1);
    w1.say({ type: 'persist', id: 1, batch: 1, writes: [{ type: 'accepted-epoch', epoch: 9 }] });
    r.sup.restart(1);
    expect(r.live(1).received[0]).toMatchObject({ disk: { kind: 'memory', durable: { acceptedEpoch: 0 } } });
  });

  it('moves one server to a memory disk when its own IndexedDB fails, and keeps it there across a crash', async () => {
    const r = rig(3);
    await r.bootAll();
    expect(r.workers[0]!.received[0]).toMatchObject({ disk: { kind: 'indexeddb' } });
    r.live(3).say({ type: 'disk-fallback', id: 3, why: { cause: 'refused', error: 'QuotaExceededError' } });
    expect(r.records.at(-1)).toMatchObject({ node: 3, kind: 'disk-in-memory', cause: 'refused', error: 'QuotaExceededError' });
    r.live(3).say({ type: 'persist', id: 3, batch: 1, writes: [{ type: 'accepted-epoch', epoch: 2 }] });
    r.sup.crash(3);
    r.sup.restart(3);
    expect(r.live(3).received[0]).toMatchObject({ disk: { kind: 'memory', durable: { acceptedEpoch: 2 } } });
    expect(r.live(1).received[0]).toMatchObject({ disk: { kind: 'indexeddb' } });
  });
});

class FakeSwitch implements SwitchWorkerLike {
  readonly received: SwitchInit[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<SwitchReady>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: SwitchInit): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  listening(): void {
    this.onmessage?.({ data: { type: 'switch-ready' } } as MessageEvent<SwitchReady>);
  }
}

describe('Supervisor and the switch', () => {
  function switchRig() {
    const world = new FakeWorld();
    const switches: FakeSwitch[] = [];
    const workers: FakeWorker[] = [];
    const sup = new Supervisor({
      listener: { onRecord: () => {}, onChange: () => {} },
      spawnWorker: () => {
        const w = new FakeWorker(workers.length);
        workers.push(w);
        return w;
      },
      spawnSwitch: () => {
        const s = new FakeSwitch();
        switches.push(s);
        return s;
      },
      timers: { realNowMs: () => world.realMs, setTimer: (cb, ms) => world.setTimer(cb, ms), clearTimer: (h) => world.clearTimer(h) },
      probeDisk: async () => null,
    });
    sup.start({ settings: defaultClusterSettings(rangeIds(3)), seed: 1, latencyMs: 2, jitterMs: 0 });
    return { world, switches, workers, sup };
  }

  it('spawns the switch for the cluster first, and the servers only once it listens', async () => {
    const r = switchRig();
    await flushMicrotasks();
    expect(r.switches).toHaveLength(1);
    expect(r.switches[0]!.received).toEqual([{ type: 'switch-init', cluster: r.sup.cluster, ids: [1, 2, 3] }]);
    expect(r.workers).toHaveLength(0);
    r.switches[0]!.listening();
    await flushMicrotasks();
    expect(r.workers).toHaveLength(3);
    expect(r.sup.switchRunning).toBe(true);
    expect(r.sup.workerCount).toBe(3);
  });

  it('spawns the servers after a timeout when the switch never says it listens', async () => {
    const r = switchRig();
    await flushMicrotasks();
    await r.world.advance(SWITCH_READY_TIMEOUT_MS);
    expect(r.workers).toHaveLength(3);
  });

  it('ends the switch with its cluster, and a new cluster gets a new one', async () => {
    const r = switchRig();
    await flushMicrotasks();
    r.switches[0]!.listening();
    await flushMicrotasks();
    r.sup.start({ settings: defaultClusterSettings(rangeIds(3)), seed: 2, latencyMs: 2, jitterMs: 0 });
    await flushMicrotasks();
    expect(r.switches[0]!.terminated).toBe(true);
    expect(r.switches).toHaveLength(2);
    expect(r.switches[1]!.received[0]!.cluster).toBe(r.sup.cluster);
    r.sup.dispose();
    expect(r.switches[1]!.terminated).toBe(true);
    expect(r.sup.switchRunning).toBe(false);
  });

  it('says on the console when the switch fails', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const r = switchRig();
    await flushMicrotasks();
    r.switches[0]!.onerror?.({ message: 'boom' } as ErrorEvent);
    expect(errors).toHaveBeenCalledWith('zk runtime: switch: boom');
    errors.mockRestore();
  });
});
