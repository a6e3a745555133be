import type { DurableState, DurableWrite } from '../core/types.ts';
import { MemoryDurableStore, type DurableStore } from '../host/durableStore.ts';
import type { ServerId } from '../core/types.ts';
import { PacketSwitch } from './packetSwitch.ts';
import type { ChannelEnd } from './peerTransport.ts';
import type { FromWorker, SwitchInit, SwitchReady } from './protocol.ts';
import type { SwitchWorkerLike } from './switchWorker.ts';
import type { HostEnv, CoreFactory, HostedCore } from './workerHost.ts';

// Test support: fake real time, timers, BroadcastChannels and stores for WorkerHost unit tests.
// Timers and channel deliveries run in real-time order when the test advances the fake clock;
// microtasks are the real ones, drained after every task, as in a browser. A channel end joins its
// name at once here, so a worker's posts to its own ends (the transport's listening probe) need no
// transit: they arrive on a microtask, without moving the fake clock.

interface FakeTimer {
  id: number;
  atMs: number;
  callback: () => void;
}

interface FakeEnd {
  name: string;
  /** The env (worker) that opened it. */
  owner: number;
  onMessage?: ((data: unknown) => void) | undefined;
  closed: boolean;
}

export const flushMicrotasks = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class FakeWorld {
  realMs = 1_000_000;
  /** Real ms a BroadcastChannel post takes to arrive. */
  transportMs = 0.2;
  private timers: FakeTimer[] = [];
  private nextId = 1;
  private readonly ends: FakeEnd[] = [];
  /** Every post on any channel, in order: [channel name, data]. */
  readonly posts: [string, unknown][] = [];
  timersSet = 0;

  setTimer(callback: () => void, delayMs: number): number {
    const id = this.nextId++;
    this.timersSet++;
    this.timers.push({ id, atMs: this.realMs + Math.max(0, delayMs), callback });
    return id;
  }

  clearTimer(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  get pendingTimers(): number {
    return this.timers.length;
  }

  /** Channel objects opened so far (each is an IPC to the browser process in a real browser). */
  opens = 0;

  private nextOwner = 1;

  openChannel(name: string, onMessage?: (data: unknown) => void, owner = 0): ChannelEnd {
    this.opens++;
    const end: FakeEnd = { name, owner, onMessage, closed: false };
    this.ends.push(end);
    return {
      post: (data) => {
        this.posts.push([name, data]);
        const copy = structuredClone(data);
        // BroadcastChannel: every other open object on the name gets it, never the poster.
        const receivers = this.ends.filter((e) => e !== end && e.name === name && !e.closed);
        const own = receivers.filter((r) => owner !== 0 && r.owner === owner);
        const others = receivers.filter((r) => !own.includes(r));
        if (own.length > 0) queueMicrotask(() => own.forEach((r) => !r.closed && r.onMessage?.(copy)));
        if (others.length > 0) {
          this.setTimer(() => {
            for (const r of others) if (!r.closed) r.onMessage?.(copy);
          }, this.transportMs);
        }
      },
      close: () => {
        end.closed = true;
      },
    };
  }

  /** Open objects per channel name (each server's channel to the switch must have at most its two ends). */
  openEnds(name: string): number {
    return this.ends.filter((e) => e.name === name && !e.closed).length;
  }

  /** Advances fake real time, running each due timer as its own task. */
  async advance(ms: number): Promise<void> {
    const until = this.realMs + ms;
    await flushMicrotasks();
    for (;;) {
      this.timers.sort((a, b) => a.atMs - b.atMs || a.id - b.id);
      const next = this.timers[0];
      if (!next || next.atMs > until) break;
      this.timers.shift();
      this.realMs = Math.max(this.realMs, next.atMs);
      next.callback();
      await flushMicrotasks();
    }
    this.realMs = until;
  }

  /** A switch between the servers of `cluster`, listening on this world's channels. */
  packetSwitch(cluster: string, ids: readonly ServerId[]): PacketSwitch {
    const owner = this.nextOwner++;
    const timers = { realNowMs: () => this.realMs, setTimer: (cb: () => void, ms: number) => this.setTimer(cb, ms), clearTimer: (h: unknown) => this.clearTimer(h) };
    return new PacketSwitch({ open: (name, onMessage) => this.openChannel(name, onMessage, owner), cluster, ids, timers, defer: (fn) => queueMicrotask(fn) });
  }

  env(posts: FromWorker[], stores: Map<string, DurableStore>, createCore?: CoreFactory<HostedCore>): HostEnv {
    const owner = this.nextOwner++;
    return {
      realNowMs: () => this.realMs,
      setTimer: (callback, delayMs) => this.setTimer(callback, delayMs),
      clearTimer: (handle) => this.clearTimer(handle),
      defer: (fn) => queueMicrotask(fn),
      openChannel: (name, onMessage) => this.openChannel(name, onMessage, owner),
      openStore: (name) => {
        let store = stores.get(name);
        if (!store) {
          store = new MemoryDurableStore();
          stores.set(name, store);
        }
        return store;
      },
      post: (message) => posts.push(structuredClone(message)),
      ...(createCore ? { createCore } : {}),
    };
  }
}

/** A store whose writes complete only when the test says so. */
export class ManualStore implements DurableStore {
  readonly applied: DurableWrite[][] = [];
  private readonly waiting: { writes: DurableWrite[]; resolve: () => void }[] = [];

  async load(): Promise<DurableState> {
    return { acceptedEpoch: 0, currentEpoch: 0, snapshot: null, log: [] };
  }

  apply(writes: readonly DurableWrite[]): Promise<void> {
    return new Promise((resolve) => this.waiting.push({ writes: [...writes], resolve }));
  }

  get inFlight(): number {
    return this.waiting.length;
  }

  /** Completes the oldest pending write. */
  complete(): void {
    const next = this.waiting.shift();
    if (!next) throw new Error('no write in flight');
    this.applied.push(next.writes);
    next.resolve();
  }

  close(): void {}
}

/** The switch worker, run in this thread on a fake world (what the supervisor spawns in a browser). */
export class InProcessSwitch implements SwitchWorkerLike {
  onmessage: ((event: MessageEvent<SwitchReady>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  running: PacketSwitch | null = null;
  terminated = false;

  constructor(private readonly world: FakeWorld) {}

  postMessage(message: SwitchInit): void {
    queueMicrotask(() => {
      if (this.terminated || this.running) return;
      this.running = this.world.packetSwitch(message.cluster, message.ids);
      void this.running.listen().then(() => !this.terminated && this.onmessage?.({ data: { type: 'switch-ready' } } as MessageEvent<SwitchReady>));
    });
  }

  terminate(): void {
    this.terminated = true;
    this.running?.close();
  }
}
