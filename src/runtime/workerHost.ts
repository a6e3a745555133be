import { emptyDurableState } from '../core/durable.ts';
import { createPrng, type Prng } from '../core/prng.ts';
import { ZkServer } from '../core/server.ts';
import type { ClientReplyMessage, ClientRequestMessage, DurableState, ServerId, TimerName } from '../core/types.ts';
import type { DurableStore } from '../host/durableStore.ts';
import { ServerHost, type CoreFactory, type HostedCore, type ResetSegment, type Segment } from '../host/serverHost.ts';
import { NetworkView, type Address } from '../net/networkView.ts';
import { DiskUnavailableError, withDiskTimeout } from './diskAvailability.ts';
import { MirroredDurableStore } from './memoryDisks.ts';
import { PeerTransport, type OpenChannel } from './peerTransport.ts';
import { databaseName, type FromWorker, type InitCommand, type SnapshotWire, type ToWorker, type TransportCounters, type WireBatch, type WireMessage } from './protocol.ts';
import { SimScheduler, type TimerApi } from './simScheduler.ts';
import { TelemetryBatcher, telemetryPacing } from './telemetry.ts';

// The worker's side of the shared host kernel (src/host/serverHost.ts): it plugs in a scheduler
// (real timers scaled by the shared simulated clock), a transport (BroadcastChannel, through the switch) and a
// store (IndexedDB), and reports telemetry. Every rule about timers, pause, write-ahead, TCP, kill
// and restart lives in the kernel, which the simulator runs too. Everything environmental is
// injected (HostEnv), so this class runs under fake time and fake channels in node tests.

export type { HostedCore, CoreFactory } from '../host/serverHost.ts';

export interface HostEnv extends TimerApi {
  /** Runs `fn` once the current macrotask's synchronous work is done (queueMicrotask). */
  defer(fn: () => void): void;
  openChannel: OpenChannel;
  openStore(name: string): DurableStore;
  post(message: FromWorker): void;
  createCore?: CoreFactory<HostedCore>;
}

type HostItem =
  | { k: 'timer'; name: TimerName; gen: number }
  | { k: 'tcp' }
  | { k: 'peer'; from: ServerId; wire: WireMessage }
  | { k: 'client'; message: ClientRequestMessage; deliverAtSimMs: number };

const defaultCore: CoreFactory<HostedCore> = (config, durable, prng) => new ZkServer(config, durable, prng);

export class WorkerHost {
  readonly id: ServerId;
  private readonly env: HostEnv;
  private readonly init: InitCommand;
  private readonly sched: SimScheduler<HostItem>;
  private readonly network: NetworkView;
  private readonly transport: PeerTransport;
  private readonly telemetry: TelemetryBatcher;
  private readonly prng: Prng;
  /** IndexedDB, or the supervisor-backed memory disk (from the start, or after IndexedDB failed). */
  private store: DurableStore;
  private readonly kernel: ServerHost<HostedCore>;
  private stopped = false;
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
    this.network = NetworkView.fromJSON(init.network, this.prng.fork());
    this.store = init.disk.kind === 'memory' ? this.memoryStore(init.disk.durable) : env.openStore(databaseName(init.cluster, this.id));
    const clusterSize = init.config.voters.length + init.config.observers.length;
    const pacing = telemetryPacing(clusterSize);
    this.transport = new PeerTransport({
      open: env.openChannel,
      cluster: init.cluster,
      self: this.id,
      defer: (fn) => env.defer(fn),
      timers: env,
      clusterSize,
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
        counters: () => ({ ...this.counters, lost: this.kernel.lostPackets }),
      },
      init.animate,
    );
    this.kernel = new ServerHost<HostedCore>({
      config: init.config,
      network: this.network,
      // The kernel reaches the store through this indirection, so it follows a fallback to memory.
      store: { load: () => this.store.load(), apply: (writes) => this.store.apply(writes), close: () => this.store.close() },
      prng: this.prng.fork(),
      createCore: env.createCore ?? defaultCore,
      ports: {
        nowMs: () => this.coreNowMs(),
        setTimer: (atMs, name, gen) => this.sched.add(atMs, { k: 'timer', name, gen }),
        wakeAt: (atMs) => this.sched.add(atMs, { k: 'tcp' }),
        transmit: (to, segment, sentMs, atMs) => this.transmit(to, segment, sentMs, atMs),
        record: (record) => {
          this.telemetry.record(record);
          this.telemetry.markDirty();
        },
        coreEvent: (t, event) => {
          this.telemetry.event(t, event);
          this.telemetry.markDirty();
        },
        fatal: (failure) => {
          this.env.post({ type: 'fatal', id: this.id, failure });
          this.stop();
        },
      },
    });
    this.network.onChange = () => this.kernel.networkChanged();
  }

  /** Loads the durable state, builds the core and opens its channel; the core starts on 'start'. */
  async load(): Promise<void> {
    const durable = await this.loadDisk();
    if (this.stopped) return;
    this.kernel.boot(durable, this.init.restarted);
    await this.transport.listen((batch) => this.onBatch(batch));
    if (this.stopped) return;
    this.postReady(durable);
  }

  /**
   * A first start whose IndexedDB is missing, refuses or never answers runs on a memory disk (it has
   * nothing to lose yet). A restart whose disk cannot be read stays a failure: its data is there.
   */
  private async loadDisk(): Promise<DurableState> {
    if (this.init.disk.kind === 'memory') return this.store.load();
    try {
      return await withDiskTimeout(Promise.resolve(this.store.load()), this.env);
    } catch (error) {
      if (!(error instanceof DiskUnavailableError) || this.init.restarted) throw error;
      this.store.close();
      this.store = this.memoryStore(emptyDurableState());
      this.env.post({ type: 'disk-fallback', id: this.id, why: error.why });
      return this.store.load();
    }
  }

  private memoryStore(initial: DurableState): MirroredDurableStore {
    return new MirroredDurableStore(initial, (batch, writes) => this.env.post({ type: 'persist', id: this.id, batch, writes }));
  }

  private postReady(durable: DurableState): void {
    this.env.post({ type: 'ready', id: this.id, acceptedEpoch: durable.acceptedEpoch, currentEpoch: durable.currentEpoch, loggedTxns: durable.log.length, hasSnapshot: durable.snapshot !== null });
  }

  control(command: ToWorker): void {
    switch (command.type) {
      case 'init':
        return;
      case 'start':
        this.kernel.start();
        this.telemetry.markDirty();
        return;
      case 'clock':
        this.sched.setClock(command.clock);
        this.sched.pump();
        return;
      case 'network':
        this.network.load(command.network);
        return;
      case 'peer-restarted':
        this.kernel.links.resetPeer(command.peer);
        return;
      case 'pause':
        this.kernel.pause();
        this.telemetry.markDirty();
        return;
      case 'resume':
        this.kernel.resume();
        this.telemetry.markDirty();
        return;
      case 'kill':
        this.kernel.kill(command.clients);
        this.telemetry.markDirty();
        return;
      case 'restart':
        this.restart(command.clients).catch((error: unknown) => {
          this.env.post({ type: 'fatal', id: this.id, failure: { cause: 'disk-load', error: String(error) } });
          this.stop();
        });
        return;
      case 'client-request':
        this.sched.add(command.deliverAtSimMs, { k: 'client', message: command.message, deliverAtSimMs: command.deliverAtSimMs });
        this.pumpIfDue(command.deliverAtSimMs);
        return;
      case 'animate':
        this.telemetry.animate = command.on;
        return;
      case 'persisted':
        if (this.store instanceof MirroredDurableStore) this.store.confirm(command.batch);
        return;
    }
  }

  /** A new process in this host: a live one is killed first, then the disk is read back. */
  private async restart(clients: string[]): Promise<void> {
    this.kernel.stopForRestart(clients);
    const durable = await this.store.load();
    if (this.stopped) return;
    this.kernel.boot(durable, true);
    this.kernel.start();
    this.postReady(durable);
    this.telemetry.markDirty();
  }

  stop(): void {
    this.stopped = true;
    this.sched.dispose();
    this.transport.close();
    this.telemetry.stop();
    this.store.close();
  }

  get isPaused(): boolean {
    return this.kernel.status === 'paused';
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
      this.sched.add(wire.deliverAtSimMs, { k: 'peer', from: batch.from, wire });
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
    if (this.stopped) return;
    switch (item.k) {
      case 'timer':
        this.kernel.timerDue(item.name, item.gen);
        break;
      case 'tcp':
        this.kernel.wake();
        break;
      case 'peer':
        this.recordLag(item.wire.deliverAtSimMs);
        this.kernel.receive(item.from, item.wire.message, item.wire.sentSimMs, item.wire.message.type === 'rst');
        break;
      case 'client':
        this.recordLag(item.deliverAtSimMs);
        this.kernel.receiveClient(item.message);
        break;
    }
    this.telemetry.markDirty();
  }

  private recordLag(deliverAtSimMs: number): void {
    const clock = this.sched.clock;
    this.telemetry.lagSample(Math.max(0, this.sched.nowMs() - deliverAtSimMs) / clock.speed);
  }

  /** Simulated ms for the core: whole, and never going backwards. */
  private coreNowMs(): number {
    const now = Math.floor(this.sched.nowMs());
    if (now > this.lastCoreMs) this.lastCoreMs = now;
    return this.lastCoreMs;
  }

  // ------------------------------------------------------------------ output

  private transmit(to: Address, segment: Segment, sentMs: number, atMs: number): void {
    if (typeof to === 'string') {
      this.telemetry.reply({ client: to, message: segment as ClientReplyMessage | ResetSegment, deliverAtSimMs: atMs });
      return;
    }
    const seq = (this.sendSeq.get(to) ?? 0) + 1;
    this.sendSeq.set(to, seq);
    this.counters.sent++;
    this.transport.send(to, { seq, sentSimMs: sentMs, deliverAtSimMs: atMs, message: segment as WireMessage['message'] });
    if (segment.type !== 'rst') this.telemetry.flight({ to, type: segment.type, sentMs, deliverMs: atMs });
  }

  // ------------------------------------------------------------------ telemetry

  private snapshot(): SnapshotWire | null {
    const core = this.kernel.core;
    // A killed process's host lives on, but there is no server to report until it restarts.
    if (!core || this.kernel.status === 'down') return null;
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
