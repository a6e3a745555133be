import { createPrng, type Prng } from '../core/prng.ts';
import { ZkServer } from '../core/server.ts';
import type { ClientRequestMessage, DurableState, DurableWrite, Input, Output, PeerMessage, Role, ServerConfig, ServerId, ServerView, TimerName, ZnodeData } from '../core/types.ts';
import { NetworkModel } from '../net/network.ts';
import type { DurableStore } from './durableStore.ts';
import { PeerTransport, type OpenChannel } from './peerTransport.ts';
import { databaseName, type FromWorker, type InitCommand, type SnapshotWire, type ToWorker, type TransportCounters, type WireBatch } from './protocol.ts';
import { SimScheduler, type TimerApi } from './simScheduler.ts';
import { TelemetryBatcher, telemetryPacing } from './telemetry.ts';

// Hosts one ZooKeeper server core inside a worker, as SimCluster hosts one in the simulator:
// timers by name (setting one replaces it), a paused node queues its input and freezes its timers
// until resumed, durable writes reach the store before any message that follows them leaves
// (write-ahead, like ZooKeeper's SyncRequestProcessor before an ACK), and every outgoing message
// goes through the network fault model. Everything environmental is injected (HostEnv), so the
// same class runs under fake time and fake channels in node tests.

/** The parts of a core the host uses; ZkServer provides them. */
export interface HostedCore {
  step(input: Input, nowMs: number): Output[];
  view(nowMs: number): ServerView;
  /** The leader's traffic is never paced (see peerTransport.ts). */
  readonly role?: Role;
  readonly tree: { readonly lastZxid: number; nodes(): readonly Readonly<ZnodeData>[] };
}

export type CoreFactory = (config: ServerConfig, durable: DurableState, prng: Prng) => HostedCore;

export interface HostEnv extends TimerApi {
  /** Runs `fn` once the current macrotask's synchronous work is done (queueMicrotask). */
  defer(fn: () => void): void;
  openChannel: OpenChannel;
  openStore(name: string): DurableStore;
  post(message: FromWorker): void;
  createCore?: CoreFactory;
}

type HostItem =
  | { k: 'timer'; name: TimerName; gen: number }
  | { k: 'peer'; from: ServerId; message: PeerMessage; deliverAtSimMs: number }
  | { k: 'client'; message: ClientRequestMessage; deliverAtSimMs: number }
  | { k: 'reset'; peer: ServerId };

/** What leaves the host, in output order: a send never overtakes a write emitted before it. */
type OutboxEntry =
  | { k: 'write'; write: DurableWrite }
  | { k: 'send'; to: ServerId; message: PeerMessage }
  | { k: 'reply'; output: Extract<Output, { kind: 'reply' }> };

const defaultCore: CoreFactory = (config, durable, prng) => new ZkServer(config, durable, prng);

export class WorkerHost {
  readonly id: ServerId;
  private readonly env: HostEnv;
  private readonly init: InitCommand;
  private readonly sched: SimScheduler<HostItem>;
  private readonly network: NetworkModel;
  private readonly transport: PeerTransport;
  private readonly telemetry: TelemetryBatcher;
  private readonly prng: Prng;
  private store: DurableStore | null = null;
  private core: HostedCore | null = null;
  private started = false;
  private stopped = false;
  private paused = false;
  private killed = new Set<ServerId>();
  private readonly timers = new Map<TimerName, number>();
  private timerGen = 0;
  /** A paused node's queued input and the timers that fell due meanwhile, replayed on resume. */
  private inbox: Input[] = [];
  private frozenTimers: { name: TimerName; gen: number }[] = [];
  private outbox: OutboxEntry[] = [];
  private outboxHead = 0;
  private writing = false;
  private lastCoreMs = 0;
  private readonly sendSeq = new Map<ServerId, number>();
  private readonly recvSeq = new Map<ServerId, number>();
  private readonly counters: TransportCounters = { sent: 0, lost: 0, received: 0, reordered: 0 };
  private lastTree: unknown = null;
  private lastTreeZxid = -1;

  constructor(env: HostEnv, init: InitCommand) {
    this.env = env;
    this.init = init;
    this.id = init.config.id;
    this.prng = createPrng(init.seed);
    this.sched = new SimScheduler<HostItem>(env, init.clock, (item) => this.onDue(item));
    this.network = NetworkModel.fromJSON(init.network, this.prng.fork());
    this.killed = new Set(init.killed);
    const clusterSize = init.config.voters.length + init.config.observers.length;
    const pacing = telemetryPacing(clusterSize);
    this.transport = new PeerTransport({
      open: env.openChannel,
      cluster: init.cluster,
      self: this.id,
      defer: (fn) => env.defer(fn),
      timers: env,
      clusterSize,
      unpaced: () => this.core?.role === 'leading',
    });
    this.telemetry = new TelemetryBatcher(
      {
        id: this.id,
        intervalMs: pacing.snapshotIntervalMs,
        promptIntervalMs: pacing.promptIntervalMs,
        timers: env,
        defer: (fn) => env.defer(fn),
        post: (m) => env.post(m),
        snapshot: () => this.snapshot(),
        counters: () => ({ ...this.counters }),
      },
      init.animate,
    );
  }

  /** Loads the durable state, builds the core and opens the inbox; the core starts on 'start'. */
  async load(): Promise<void> {
    this.store = this.env.openStore(databaseName(this.init.cluster, this.id));
    const durable = await this.store.load();
    if (this.stopped) return;
    this.core = (this.env.createCore ?? defaultCore)(this.init.config, durable, this.prng.fork());
    this.transport.listen((batch) => this.onBatch(batch));
    this.env.post({
      type: 'ready',
      id: this.id,
      acceptedEpoch: durable.acceptedEpoch,
      currentEpoch: durable.currentEpoch,
      loggedTxns: durable.log.length,
      hasSnapshot: durable.snapshot !== null,
    });
  }

  control(command: ToWorker): void {
    switch (command.type) {
      case 'init':
        return;
      case 'start':
        if (!this.core || this.started) return;
        this.started = true;
        this.step({ kind: 'start' });
        return;
      case 'clock':
        this.sched.setClock(command.clock);
        this.sched.pump();
        return;
      case 'network':
        this.network.load(command.network);
        this.killed = new Set(command.killed);
        return;
      case 'peer-restarted':
        this.network.resetConnections(command.peer);
        return;
      case 'pause':
        this.paused = true;
        return;
      case 'resume':
        this.resume();
        return;
      case 'peer-reset':
        this.sched.add(this.sched.nowMs() + this.linkLatencyMs(), { k: 'reset', peer: command.peer });
        return;
      case 'client-request':
        this.sched.add(command.deliverAtSimMs, { k: 'client', message: command.message, deliverAtSimMs: command.deliverAtSimMs });
        this.pumpIfDue(command.deliverAtSimMs);
        return;
      case 'animate':
        this.telemetry.animate = command.on;
        return;
    }
  }

  stop(): void {
    this.stopped = true;
    this.sched.dispose();
    this.transport.close();
    this.telemetry.stop();
    this.store?.close();
  }

  get isPaused(): boolean {
    return this.paused;
  }

  // ------------------------------------------------------------------ input

  private onBatch(batch: WireBatch): void {
    if (this.stopped) return;
    let earliest = Infinity;
    let last = this.recvSeq.get(batch.from) ?? 0;
    for (const wire of batch.messages) {
      this.counters.received++;
      if (wire.seq < last) this.counters.reordered++;
      else last = wire.seq;
      this.sched.add(wire.deliverAtSimMs, { k: 'peer', from: batch.from, message: wire.message, deliverAtSimMs: wire.deliverAtSimMs });
      if (wire.deliverAtSimMs < earliest) earliest = wire.deliverAtSimMs;
    }
    this.recvSeq.set(batch.from, last);
    this.pumpIfDue(earliest);
  }

  /** A message already due is handled in this task rather than after a timer hop. */
  private pumpIfDue(atSimMs: number): void {
    if (atSimMs <= this.sched.nowMs()) this.sched.pump();
  }

  private onDue(item: HostItem): void {
    if (!this.core || !this.started) return;
    switch (item.k) {
      case 'timer': {
        if (this.timers.get(item.name) !== item.gen) return;
        if (this.paused) {
          this.frozenTimers.push({ name: item.name, gen: item.gen });
          return;
        }
        this.timers.delete(item.name);
        this.step({ kind: 'timer', name: item.name });
        return;
      }
      case 'peer':
        this.recordLag(item.deliverAtSimMs);
        this.deliver({ kind: 'message', from: item.from, message: item.message });
        return;
      case 'client':
        this.recordLag(item.deliverAtSimMs);
        this.deliver({ kind: 'client', message: item.message });
        return;
      case 'reset':
        this.deliver({ kind: 'peer-reset', peer: item.peer });
        return;
    }
  }

  private recordLag(deliverAtSimMs: number): void {
    const clock = this.sched.clock;
    this.telemetry.lagSample(Math.max(0, this.sched.nowMs() - deliverAtSimMs) / clock.speed);
  }

  private deliver(input: Input): void {
    if (this.paused) this.inbox.push(input);
    else this.step(input);
  }

  /** A resumed process reads what queued up, then finds its overdue timers (as SimCluster). */
  private resume(): void {
    if (!this.paused) return;
    this.paused = false;
    const inbox = this.inbox;
    const frozen = this.frozenTimers;
    this.inbox = [];
    this.frozenTimers = [];
    for (const input of inbox) if (!this.paused) this.step(input);
    for (const { name, gen } of frozen) {
      if (this.paused || this.timers.get(name) !== gen) continue;
      this.timers.delete(name);
      this.step({ kind: 'timer', name });
    }
    this.drainOutbox();
  }

  // ------------------------------------------------------------------ core

  /** Simulated ms for the core: whole, and never going backwards. */
  private coreNowMs(): number {
    const now = Math.floor(this.sched.nowMs());
    if (now > this.lastCoreMs) this.lastCoreMs = now;
    return this.lastCoreMs;
  }

  private step(input: Input): void {
    const core = this.core;
    if (!core || this.stopped) return;
    const nowMs = this.coreNowMs();
    const outputs = core.step(input, nowMs);
    for (const out of outputs) {
      switch (out.kind) {
        case 'send':
          this.outbox.push({ k: 'send', to: out.to, message: out.message });
          break;
        case 'reply':
          this.outbox.push({ k: 'reply', output: out });
          break;
        case 'persist':
          this.outbox.push({ k: 'write', write: out.write });
          break;
        case 'set-timer': {
          const gen = ++this.timerGen;
          this.timers.set(out.name, gen);
          this.sched.add(out.atMs, { k: 'timer', name: out.name, gen });
          break;
        }
        case 'cancel-timer':
          this.timers.delete(out.name);
          break;
        case 'event':
          this.telemetry.event(nowMs, out.event);
          break;
      }
    }
    this.drainOutbox();
    this.telemetry.markDirty();
  }

  // ------------------------------------------------------------------ outbox (write-ahead)

  /** Sends leave in output order; a run of writes is one store transaction that sends wait for. */
  private drainOutbox(): void {
    if (this.writing || this.stopped) return;
    // A paused process sends nothing; what it queued leaves on resume.
    if (this.paused) return;
    while (this.outboxHead < this.outbox.length) {
      const entry = this.outbox[this.outboxHead] as OutboxEntry;
      if (entry.k === 'write') {
        this.startWrite();
        return;
      }
      this.outboxHead++;
      if (entry.k === 'send') this.transmit(entry.to, entry.message);
      else this.transmitReply(entry.output);
    }
    this.outbox = [];
    this.outboxHead = 0;
  }

  private startWrite(): void {
    const writes: DurableWrite[] = [];
    while (this.outboxHead < this.outbox.length) {
      const entry = this.outbox[this.outboxHead] as OutboxEntry;
      if (entry.k !== 'write') break;
      writes.push(entry.write);
      this.outboxHead++;
    }
    this.writing = true;
    (this.store as DurableStore).apply(writes).then(
      () => {
        this.writing = false;
        this.drainOutbox();
      },
      (error: unknown) => {
        // A server whose disk fails stops, as ZooKeeper does on an fsync error.
        this.env.post({ type: 'fatal', id: this.id, text: `Server ${this.id} could not write its log: ${String(error)}` });
        this.stop();
      },
    );
  }

  private transmit(to: ServerId, message: PeerMessage): void {
    const nowMs = this.coreNowMs();
    if (this.killed.has(to)) {
      // A killed process's host answers a connection attempt with a reset; a close needs none.
      if ('connId' in message && message.type !== 'close') {
        this.sched.add(nowMs + this.linkLatencyMs(), { k: 'reset', peer: to });
      }
      return;
    }
    const atMs = this.network.deliveryAtMs(this.id, to, nowMs);
    if (atMs < 0) {
      this.counters.lost++;
      return;
    }
    const dupMs = this.network.duplicateAtMs;
    this.post(to, message, nowMs, atMs);
    if (dupMs >= 0) this.post(to, message, nowMs, dupMs);
    this.telemetry.flight({ to, type: message.type, sentMs: nowMs, deliverMs: atMs });
  }

  private post(to: ServerId, message: PeerMessage, sentSimMs: number, deliverAtSimMs: number): void {
    const seq = (this.sendSeq.get(to) ?? 0) + 1;
    this.sendSeq.set(to, seq);
    this.counters.sent++;
    this.transport.send(to, { seq, sentSimMs, deliverAtSimMs, message });
  }

  private transmitReply(out: Extract<Output, { kind: 'reply' }>): void {
    const atMs = this.network.deliveryAtMs(this.id, out.to, this.coreNowMs());
    if (atMs >= 0) this.telemetry.reply({ message: out.message, deliverAtSimMs: atMs });
  }

  private linkLatencyMs(): number {
    return Math.max(1, this.network.toJSON().latencyMs);
  }

  // ------------------------------------------------------------------ telemetry

  private snapshot(): SnapshotWire | null {
    const core = this.core;
    if (!core) return null;
    const atMs = this.coreNowMs();
    const snapshot: SnapshotWire = { view: core.view(atMs), atMs };
    const tree = core.tree;
    if (tree !== this.lastTree || tree.lastZxid !== this.lastTreeZxid) {
      this.lastTree = tree;
      this.lastTreeZxid = tree.lastZxid;
      snapshot.tree = tree.nodes().filter((n) => n.path !== '/');
    }
    return snapshot;
  }
}
