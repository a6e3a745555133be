import { describe, expect, it } from 'vitest';
import { defaultClusterSettings, rangeIds, serverConfig } from '../core/config.ts';
import { createPrng } from '../core/prng.ts';
import type { Input, Output, ServerId, ServerView } from '../core/types.ts';
import { NetworkModel } from '../net/network.ts';
import { MemoryDurableStore, type DurableStore } from '../host/durableStore.ts';
import { FakeWorld, ManualStore } from './fakeHostEnv.ts';
import { databaseName, decodeSwitchPost, switchChannelName, type FromWorker, type InitCommand, type TelemetryMessage, type WireBatch } from './protocol.ts';
import { retimeClock, startClock, type ClockState } from './simClock.ts';
import { WorkerHost, type HostedCore } from './workerHost.ts';

const CLUSTER = 'test';

class ScriptedCore implements HostedCore {
  readonly role = "looking" as const;
  readonly inputs: { input: Input; nowMs: number }[] = [];
  readonly tree = { lastZxid: 0, nodes: () => [] };
  constructor(
    private readonly id: ServerId,
    private readonly script: (input: Input, nowMs: number) => Output[],
  ) {}
  step(input: Input, nowMs: number): Output[] {
    this.inputs.push({ input, nowMs });
    return this.script(input, nowMs);
  }
  view(): ServerView {
    return { id: this.id, role: 'looking', acceptedEpoch: 0, currentEpoch: 0, lastZxid: 0, lastCommittedZxid: 0, leader: null, established: false, electionRound: 0, electionPoll: null, vote: null, watches: [], syncedLearners: [], outstandingProposals: 0, sessions: 0, znodes: 0 };
  }
  kinds(): string[] {
    return this.inputs.map(({ input }) => (input.kind === 'timer' ? `timer:${input.name}` : input.kind === 'message' ? `message:${input.message.type}` : input.kind));
  }
}

const ping = (seq: number) => ({ type: 'ping' as const, connId: 1, seq, lastProposed: 0, sessions: [] });

interface Rig {
  world: FakeWorld;
  clock: ClockState;
  hosts: Map<ServerId, WorkerHost>;
  cores: Map<ServerId, ScriptedCore>;
  posts: Map<ServerId, FromWorker[]>;
  stores: Map<string, DurableStore>;
  add(id: ServerId, script?: (input: Input, nowMs: number) => Output[], store?: DurableStore): Promise<WorkerHost>;
  setClock(change: { speed?: number; frozen?: boolean }): void;
}

function rig(opts: { n?: number; speed?: number; latencyMs?: number; jitterMs?: number; real?: boolean } = {}): Rig {
  const world = new FakeWorld();
  const settings = defaultClusterSettings(rangeIds(opts.n ?? 3));
  void world.packetSwitch(CLUSTER, settings.voters).listen();
  const network = new NetworkModel(createPrng(9), { latencyMs: opts.latencyMs ?? 2, jitterMs: opts.jitterMs ?? 0 }).toJSON();
  const r: Rig = {
    world,
    clock: startClock(world.realMs, opts.speed ?? 1),
    hosts: new Map(),
    cores: new Map(),
    posts: new Map(),
    stores: new Map(),
    async add(id, script, store) {
      const posts: FromWorker[] = [];
      r.posts.set(id, posts);
      if (store) r.stores.set(databaseName(CLUSTER, id), store);
      const core = script ? new ScriptedCore(id, script) : null;
      if (core) r.cores.set(id, core);
      const env = world.env(posts, r.stores, core ? () => core : undefined);
      const init: InitCommand = { type: 'init', cluster: CLUSTER, config: serverConfig(settings, id), seed: id, clock: r.clock, network, restarted: false, animate: true, disk: { kind: 'indexeddb' } };
      const host = new WorkerHost(env, init);
      r.hosts.set(id, host);
      await host.load();
      host.control({ type: 'start' });
      return host;
    },
    setClock(change) {
      r.clock = retimeClock(r.clock, world.realMs, change);
      for (const h of r.hosts.values()) h.control({ type: 'clock', clock: r.clock });
    },
  };
  return r;
}

const telemetry = (posts: FromWorker[]): TelemetryMessage[] => posts.filter((p): p is TelemetryMessage => p.type === 'telemetry');

describe('WorkerHost time', () => {
  it('fires a core timer when the simulated clock reaches it, at speed × real time', async () => {
    const r = rig({ speed: 2 });
    await r.add(1, (input) => (input.kind === 'start' ? [{ kind: 'set-timer', name: 'leader-tick', atMs: 1000 }] : []));
    const core = r.cores.get(1)!;
    await r.world.advance(499);
    expect(core.kinds()).toEqual(['start']);
    await r.world.advance(1);
    expect(core.kinds()).toEqual(['start', 'timer:leader-tick']);
    expect(core.inputs[1]!.nowMs).toBe(1000);
  });

  it('replaces a timer set again under the same name, and cancels it', async () => {
    const r = rig();
    await r.add(1, (input) =>
      input.kind === 'start'
        ? [
            { kind: 'set-timer', name: 'zab-init', atMs: 100 },
            { kind: 'set-timer', name: 'zab-init', atMs: 300 },
            { kind: 'set-timer', name: 'fle-poll', atMs: 200 },
            { kind: 'cancel-timer', name: 'fle-poll' },
          ]
        : [],
    );
    await r.world.advance(1000);
    expect(r.cores.get(1)!.kinds()).toEqual(['start', 'timer:zab-init']);
    expect(r.cores.get(1)!.inputs[1]!.nowMs).toBe(300);
  });

  it('stops timers while the clock is frozen and resumes without firing them all at once', async () => {
    const r = rig();
    await r.add(1, (input) => (input.kind === 'start' ? [{ kind: 'set-timer', name: 'leader-tick', atMs: 1000 }] : []));
    const core = r.cores.get(1)!;
    await r.world.advance(400);
    r.setClock({ frozen: true });
    expect(r.world.pendingTimers).toBe(0);
    await r.world.advance(60_000);
    expect(core.kinds()).toEqual(['start']);
    r.setClock({ frozen: false });
    await r.world.advance(599);
    expect(core.kinds()).toEqual(['start']);
    await r.world.advance(1);
    expect(core.kinds()).toEqual(['start', 'timer:leader-tick']);
    expect(core.inputs[1]!.nowMs).toBe(1000);
  });

  it('follows a speed change from the moment it happens', async () => {
    const r = rig();
    await r.add(1, (input) => (input.kind === 'start' ? [{ kind: 'set-timer', name: 'leader-tick', atMs: 1000 }] : []));
    await r.world.advance(500);
    r.setClock({ speed: 10 });
    await r.world.advance(49);
    expect(r.cores.get(1)!.kinds()).toEqual(['start']);
    await r.world.advance(1);
    expect(r.cores.get(1)!.kinds()).toEqual(['start', 'timer:leader-tick']);
  });
});

describe('WorkerHost pause and resume', () => {
  it('queues input and freezes timers while paused, then replays input before the overdue timers', async () => {
    const r = rig({ latencyMs: 5 });
    const b = await r.add(2, (input) => (input.kind === 'start' ? [{ kind: 'set-timer', name: 'learner-read', atMs: 3 }] : []));
    b.control({ type: 'pause' });
    await r.add(1, (input) => (input.kind === 'start' ? [{ kind: 'send', to: 2, message: ping(1), connId: 1 }, { kind: 'send', to: 2, message: ping(2), connId: 1 }] : []));
    await r.world.advance(100);
    const core = r.cores.get(2)!;
    expect(core.kinds()).toEqual(['start']);
    b.control({ type: 'resume' });
    expect(core.kinds()).toEqual(['start', 'message:ping', 'message:ping', 'timer:learner-read']);
    // The replayed input sees the time of the resume, not the time it arrived.
    expect(core.inputs[1]!.nowMs).toBe(100);
  });

  it('delivers queued messages in arrival order, then timers, and takes new input normally after', async () => {
    const r = rig({ latencyMs: 5 });
    const b = await r.add(2, (input) => (input.kind === 'start' ? [{ kind: 'set-timer', name: 'learner-read', atMs: 50 }] : []));
    await r.add(1, (input, nowMs) => (input.kind === 'start' || input.kind === 'timer' ? [{ kind: 'send', to: 2, message: ping(nowMs), connId: 1 }, { kind: 'set-timer', name: 'leader-tick', atMs: nowMs + 20 }] : []));
    b.control({ type: 'pause' });
    await r.world.advance(70);
    const core = r.cores.get(2)!;
    expect(core.kinds()).toEqual(['start']);
    b.control({ type: 'resume' });
    const seqs = core.inputs.filter((i) => i.input.kind === 'message').map((i) => (i.input.kind === 'message' && i.input.message.type === 'ping' ? i.input.message.seq : -1));
    expect(seqs).toEqual([0, 20, 40, 60]);
    expect(core.kinds().at(-1)).toBe('timer:learner-read');
    await r.world.advance(30);
    expect(core.kinds().at(-1)).toBe('message:ping');
  });
});

describe('WorkerHost write-ahead', () => {
  it('sends nothing that follows a durable write until the write completes, and keeps order', async () => {
    const r = rig();
    const store = new ManualStore();
    await r.add(2, () => []);
    await r.add(
      1,
      (input, nowMs) => {
        if (input.kind === 'start') return [{ kind: 'send', to: 2, message: ping(1), connId: 1 }, { kind: 'persist', write: { type: 'accepted-epoch', epoch: 1 } }, { kind: 'send', to: 2, message: ping(2), connId: 1 }, { kind: 'set-timer', name: 'leader-tick', atMs: nowMs + 10 }];
        if (input.kind === 'timer') return [{ kind: 'persist', write: { type: 'current-epoch', epoch: 1 } }, { kind: 'send', to: 2, message: ping(3), connId: 1 }];
        return [];
      },
      store,
    );
    const toB = () =>
      r.world.posts
        .filter(([name, d]) => name === switchChannelName(CLUSTER, 1) && Array.isArray(d))
        .flatMap(([, d]) => decodeSwitchPost(d)!.filter(([to]) => to === 2))
        .flatMap(([, text]) => (JSON.parse(text) as WireBatch).messages.map((m) => (m.message.type === 'ping' ? m.message.seq : -1)));
    await r.world.advance(50);
    expect(toB()).toEqual([1]);
    expect(store.inFlight).toBe(1);
    store.complete();
    await r.world.advance(1);
    expect(toB()).toEqual([1, 2]);
    expect(store.inFlight).toBe(1);
    store.complete();
    await r.world.advance(1);
    expect(toB()).toEqual([1, 2, 3]);
    await r.world.advance(5);
    expect(store.applied).toEqual([[{ type: 'accepted-epoch', epoch: 1 }], [{ type: 'current-epoch', epoch: 1 }]]);
    expect(r.cores.get(2)!.kinds()).toEqual(['start', 'message:ping', 'message:ping', 'message:ping']);
  });

  it('batches writes emitted while one is in flight into the next transaction', async () => {
    const r = rig();
    const store = new ManualStore();
    await r.add(
      1,
      (input, nowMs) => (input.kind === 'start' || input.kind === 'timer' ? [{ kind: 'persist', write: { type: 'accepted-epoch', epoch: nowMs } }, { kind: 'set-timer', name: 'leader-tick', atMs: nowMs + 10 }] : []),
      store,
    );
    await r.world.advance(35);
    store.complete();
    await r.world.advance(0);
    store.complete();
    expect(store.applied.map((b) => b.length)).toEqual([1, 3]);
  });
});

describe('WorkerHost network', () => {
  it('holds a delayed message until the receiver clock reaches its delivery time', async () => {
    const r = rig({ latencyMs: 50 });
    await r.add(2, () => []);
    await r.add(1, (input) => (input.kind === 'start' ? [{ kind: 'send', to: 2, message: ping(1), connId: 1 }] : []));
    await r.world.advance(49);
    expect(r.cores.get(2)!.kinds()).toEqual(['start']);
    await r.world.advance(1);
    expect(r.cores.get(2)!.kinds()).toEqual(['start', 'message:ping']);
    expect(r.cores.get(2)!.inputs[1]!.nowMs).toBe(50);
  });

  it('holds what a cut link cannot carry and delivers it in order on heal; a killed host answers with a reset', async () => {
    const r = rig();
    await r.add(2, () => []);
    const killed = await r.add(3, () => []);
    const a = await r.add(1, (input) => (input.kind === 'timer' ? [{ kind: 'send', to: 2, message: ping(1), connId: 1 }, { kind: 'send', to: 2, message: ping(2), connId: 1 }, { kind: 'send', to: 3, message: ping(1), connId: 1 }] : input.kind === 'start' ? [{ kind: 'set-timer', name: 'leader-tick', atMs: 10 }] : []));
    const model = new NetworkModel(createPrng(1), { latencyMs: 2, jitterMs: 0 });
    model.cut(1, 2);
    a.control({ type: 'network', network: model.toJSON() });
    killed.control({ type: 'kill', clients: [] });
    await r.world.advance(100);
    // Server 3's host reset its connections to 1 and 2 when killed; nothing of 1's crossed the cut.
    expect(r.cores.get(2)!.kinds()).toEqual(['start', 'peer-reset']);
    expect(r.cores.get(1)!.kinds()).toEqual(['start', 'peer-reset', 'timer:leader-tick', 'peer-reset']);
    model.restore(1, 2);
    a.control({ type: 'network', network: model.toJSON() });
    await r.world.advance(10);
    expect(r.cores.get(2)!.kinds()).toEqual(['start', 'peer-reset', 'message:ping', 'message:ping']);
    expect(r.cores.get(2)!.inputs.map(({ input }) => (input.kind === 'message' && 'seq' in input.message ? input.message.seq : 0))).toEqual([0, 0, 1, 2]);
  });

  it('holds one channel per server, shared with the switch alone, so a post reaches the switch alone', async () => {
    const r = rig();
    await r.add(2, (input) => (input.kind === 'message' ? [{ kind: 'send', to: 1, message: ping(2), connId: 1 }] : []));
    await r.add(1, (input) => (input.kind === 'start' ? [{ kind: 'send', to: 2, message: ping(1), connId: 1 }] : []));
    await r.world.advance(10);
    expect(r.world.openEnds(switchChannelName(CLUSTER, 1))).toBe(2);
    expect(r.world.openEnds(switchChannelName(CLUSTER, 2))).toBe(2);
    expect(r.cores.get(2)!.kinds()).toEqual(['start', 'message:ping']);
    expect(r.cores.get(1)!.kinds()).toEqual(['start', 'message:ping']);
  });
});

describe('WorkerHost telemetry', () => {
  it('sends at most 10 snapshots per second however often the core steps', async () => {
    const r = rig();
    await r.add(1, (input, nowMs) => [{ kind: 'set-timer', name: 'leader-tick', atMs: nowMs + 1 }, ...(input.kind === 'start' ? [] : [])]);
    await r.world.advance(1000);
    expect(r.cores.get(1)!.inputs.length).toBeGreaterThan(900);
    const snapshots = telemetry(r.posts.get(1)!).filter((t) => t.snapshot);
    expect(snapshots.length).toBeGreaterThanOrEqual(9);
    expect(snapshots.length).toBeLessThanOrEqual(11);
  });

  it('sends events promptly, one post per macrotask', async () => {
    const r = rig();
    await r.add(1, (input, nowMs) =>
      input.kind === 'start'
        ? [{ kind: 'set-timer', name: 'leader-tick', atMs: 500 }]
        : [
            { kind: 'event', event: { kind: 'state-change', node: 1, change: 'learning', leader: 2, observer: false, acceptedEpoch: 0 } },
            { kind: 'event', event: { kind: 'vote-changed', node: 1, round: nowMs, from: 2, vote: { leader: 2, epoch: 0, zxid: 0 } } },
          ],
    );
    const posts = r.posts.get(1)!;
    await r.world.advance(500);
    const withEvents = telemetry(posts).filter((t) => t.events.length > 0);
    expect(withEvents).toHaveLength(1);
    expect(withEvents[0]!.events.map((e) => e.event.kind)).toEqual(['state-change', 'vote-changed']);
    expect(withEvents[0]!.events[0]!.t).toBe(500);
  });

  it('reports the delivery lag of messages', async () => {
    const r = rig({ latencyMs: 2 });
    await r.add(2, () => []);
    r.world.transportMs = 30; // the "browser" takes 30 ms a hop (sender → switch → receiver) for a 2 ms link
    await r.add(1, (input) => (input.kind === 'start' ? [{ kind: 'send', to: 2, message: ping(1), connId: 1 }] : []));
    await r.world.advance(200);
    const lag = telemetry(r.posts.get(2)!).flatMap((t) => t.lag);
    expect(lag.length).toBe(2);
    const [bucket] = lag;
    // 58 ms late, in a 5%-wide bucket.
    expect(Math.expm1((bucket! + 1) * Math.log(1.05))).toBeGreaterThanOrEqual(58);
    expect(Math.expm1(bucket! * Math.log(1.05))).toBeLessThanOrEqual(58);
  });
});

describe('WorkerHost with the real core', () => {
  it('three hosts elect one leader, persist their epochs, and a restarted one reloads them', async () => {
    const r = rig({ n: 3 });
    const stores = [1, 2, 3].map(() => new MemoryDurableStore());
    for (const id of [1, 2, 3]) {
      const posts: FromWorker[] = [];
      r.posts.set(id, posts);
      r.stores.set(databaseName(CLUSTER, id), stores[id - 1]!);
    }
    const settings = defaultClusterSettings(rangeIds(3));
    const network = new NetworkModel(createPrng(3), { latencyMs: 2, jitterMs: 1 }).toJSON();
    const hosts = [1, 2, 3].map((id) => new WorkerHost(r.world.env(r.posts.get(id)!, r.stores), { type: 'init', cluster: CLUSTER, config: serverConfig(settings, id), seed: id, clock: r.clock, network, restarted: false, animate: false, disk: { kind: 'indexeddb' } }));
    for (const h of hosts) await h.load();
    for (const h of hosts) h.control({ type: 'start' });
    await r.world.advance(5000);
    const roles = hosts.map((h) => lastSnapshot(r.posts.get(h.id)!)?.view.role);
    expect(roles.filter((x) => x === 'leading')).toHaveLength(1);
    expect(roles.filter((x) => x === 'following')).toHaveLength(2);
    for (const s of stores) expect(s.state.currentEpoch).toBe(1);
    const events = hosts.flatMap((h) => telemetry(r.posts.get(h.id)!).flatMap((t) => t.events.map((e) => e.event.kind)));
    expect(events).toContain('leader-elected');

    hosts[0]!.stop();
    const again: FromWorker[] = [];
    const restarted = new WorkerHost(r.world.env(again, r.stores), { type: 'init', cluster: CLUSTER, config: serverConfig(settings, 1), seed: 11, clock: r.clock, network, restarted: false, animate: false, disk: { kind: 'indexeddb' } });
    await restarted.load();
    expect(again[0]).toMatchObject({ type: 'ready', id: 1, acceptedEpoch: 1, currentEpoch: 1 });
  });
});

function lastSnapshot(posts: FromWorker[]) {
  return telemetry(posts).filter((t) => t.snapshot).at(-1)?.snapshot;
}
