import type { ClientView, UserOp } from '../core/client.ts';
import { serverConfig, type ClusterSettings } from '../core/config.ts';
import { emptyDurableState } from '../core/durable.ts';
import { createPrng, type Prng } from '../core/prng.ts';
import { agreedLeader, type LeadershipView } from '../core/quorum.ts';
import { ZkServer } from '../core/server.ts';
import type { ClientName, ClientReplyMessage, ClientRequestMessage, DurableState, ServerId, ServerView, TimerName } from '../core/types.ts';
import type { ClientTimerName } from '../core/client.ts';
import { TimeHeap } from '../core/timeHeap.ts';
import { ClientHub } from '../host/clientHub.ts';
import { MemoryDurableStore } from '../host/durableStore.ts';
import { clientEventRecord, coreEventRecord, runtimeErrorRecord, type NodeStatus, type TimelineRecord } from '../host/records.ts';
import { ServerHost, type CoreFactory, type ResetSegment, type Segment } from '../host/serverHost.ts';
import { NetworkModel, type Address } from '../net/network.ts';
import { RefusedError } from '../net/refusal.ts';
import { InvariantChecker } from './invariants.ts';
import { RoleStabilityCheck, type PairView } from './roleStability.ts';

// The deterministic simulator's cluster: N server cores and their clients on a virtual clock and an
// in-memory network. Each server runs in the same host kernel the browser's workers run
// (src/host/serverHost.ts), with an event queue for its scheduler and transport and an in-memory
// durable store; a restart reads that store back, never the old core's memory. The simulated
// ClusterDriver wraps this class for the UI and for replay.

export type { NodeStatus, DownKind } from '../host/records.ts';
/** One line of the timeline (the host's record type). */
export type TimelineEvent = TimelineRecord;

export interface SimNodeView extends ServerView {
  status: NodeStatus;
}

interface SimNode {
  id: ServerId;
  host: ServerHost<ZkServer>;
  store: MemoryDurableStore;
}

type SimEvent =
  | { k: 'seg'; from: ServerId; to: ServerId; segment: Segment; sentMs: number; reset: boolean }
  | { k: 'toClient'; from: ServerId; to: ClientName; segment: ClientReplyMessage | ResetSegment; reset: boolean }
  | { k: 'timer'; node: ServerId; name: TimerName; gen: number }
  | { k: 'creq'; to: ServerId; message: ClientRequestMessage }
  | { k: 'ctimer'; client: ClientName; name: ClientTimerName; gen: number }
  /** A server's TCP has a retransmission due; `node` 0: the clients'. */
  | { k: 'tcp'; node: ServerId }
  | { k: 'call'; fn: () => void };

export interface ClusterOptions {
  settings: ClusterSettings;
  seed: number;
  latencyMs?: number;
  jitterMs?: number;
  /** Keep every timeline event in `events` (the CLI and tests do; the benchmark does not). */
  recordEvents?: boolean;
  /** Builds each incarnation's core (the host contract test seeds cores alike in both hosts). */
  createCore?: CoreFactory<ZkServer>;
}

export type DeliveryListener = (t: number, from: ServerId | ClientName, to: ServerId | ClientName, segment: Segment | ClientRequestMessage) => void;

export type MessageListener = (from: ServerId | ClientName, to: ServerId | ClientName, type: string, sentMs: number, deliverMs: number) => void;

/** Every server-to-server packet as it leaves, with its contents; `held`: TCP held it for a cut or partition. */
export type PacketListener = (from: ServerId, to: ServerId, segment: Segment, sentMs: number, deliverMs: number, held: boolean) => void;

export class SimCluster {
  readonly settings: ClusterSettings;
  readonly network: NetworkModel;
  readonly invariants = new InvariantChecker();
  readonly events: TimelineEvent[] = [];
  nowMs = 0;
  deliveredMessages = 0;
  /** Set when a step changed roles or statuses, so service checks run only when they can differ. */
  dirty = true;
  eventListener: ((event: TimelineEvent) => void) | null = null;
  messageListener: MessageListener | null = null;
  /** Every server-to-server packet with its contents (the space-time diagram's message log). */
  packetListener: PacketListener | null = null;
  /** Every packet as it arrives, before its receiver handles it (golden transcripts). */
  deliveryListener: DeliveryListener | null = null;
  private readonly recordEvents: boolean;
  private readonly nodes = new Map<ServerId, SimNode>();
  /** The same nodes by id, for the event loop: an array index instead of a map lookup per event. */
  private readonly nodeById: SimNode[] = [];
  private readonly clients: ClientHub;
  private readonly queue = new TimeHeap<SimEvent>();
  private readonly prng: Prng;
  private readonly createCore: CoreFactory<ZkServer>;
  private readonly stability: RoleStabilityCheck;
  private readonly pairView = (id: ServerId): PairView => {
    const host = this.node(id).host;
    const core = host.core as ZkServer;
    return { status: host.status, role: core.role, currentEpoch: core.durable.currentEpoch, established: core.isServing(), oldestHeldSentMs: (peer) => host.links.oldestHeldSentMs(peer) };
  };

  constructor(opts: ClusterOptions) {
    this.stability = new RoleStabilityCheck(opts.settings);
    this.createCore = opts.createCore ?? ((config, durable, prng) => new ZkServer(config, durable, prng));
    this.settings = opts.settings;
    this.prng = createPrng(opts.seed);
    this.network = new NetworkModel(this.prng.fork(), { latencyMs: opts.latencyMs ?? 2, jitterMs: opts.jitterMs ?? 1 });
    this.network.onChange = () => this.onNetworkChange();
    this.recordEvents = opts.recordEvents ?? true;
    this.clients = new ClientHub(
      {
        nowMs: () => this.nowMs,
        setTimer: (atMs, client, name, gen) => this.queue.push(atMs, { k: 'ctimer', client, name, gen }),
        wakeAt: (atMs) => this.queue.push(atMs, { k: 'tcp', node: 0 }),
        transmit: (to, message, atMs) => this.queue.push(atMs, { k: 'creq', to, message }),
        clientEvent: (t, event) => {
          if (this.recordEvents || this.eventListener) this.record(clientEventRecord(t, event));
        },
      },
      this.network,
    );
    for (const id of [...opts.settings.voters, ...opts.settings.observers]) {
      const node = this.newNode(id);
      this.nodes.set(id, node);
      this.nodeById[id] = node;
    }
  }

  private newNode(id: ServerId): SimNode {
    const store = new MemoryDurableStore(emptyDurableState(), false);
    const host: ServerHost<ZkServer> = new ServerHost<ZkServer>({
      config: serverConfig(this.settings, id),
      network: this.network,
      store,
      prng: this.prng.fork(),
      createCore: (config, durable, prng) => {
        const server = this.createCore(config, durable, prng);
        server.commitObserver = (sid, txn, how) => this.invariants.onApply(this.nowMs, sid, txn, how, server);
        return server;
      },
      ports: {
        nowMs: () => this.nowMs,
        setTimer: (atMs, name, gen) => this.queue.push(atMs, { k: 'timer', node: id, name, gen }),
        wakeAt: (atMs) => this.queue.push(atMs, { k: 'tcp', node: id }),
        transmit: (to, segment, sentMs, atMs, held, reset) => this.transmit(id, to, segment, sentMs, atMs, held, reset),
        record: (record) => this.record(record),
        coreEvent: (t, event) => {
          this.dirty = true;
          this.invariants.onEvent(t, event, host.core as ZkServer);
          this.stability.onEvent(t, event, this.pairView, this.invariants.violations);
          // Records are built only for a reader: the benchmark and chaos runs have none.
          if (this.recordEvents || this.eventListener) this.record(coreEventRecord(t, event));
        },
        fatal: (failure) => this.record(runtimeErrorRecord(this.nowMs, id, failure)),
        gaveUp: (to, sentMs) => {
          if (typeof to === 'number') this.stability.onLost(id, to, sentMs);
        },
      },
    });
    host.boot(store.load(), false);
    return { id, host, store };
  }

  private transmit(from: ServerId, to: Address, segment: Segment, sentMs: number, atMs: number, held: boolean, reset: boolean): void {
    if (typeof to === 'number') {
      this.queue.push(atMs, { k: 'seg', from, to, segment, sentMs, reset });
      this.stability.onPacket(from, to, sentMs, atMs);
      this.messageListener?.(from, to, segment.type, sentMs, atMs);
      this.packetListener?.(from, to, segment, sentMs, atMs, held);
    } else {
      this.queue.push(atMs, { k: 'toClient', from, to, segment: segment as ClientReplyMessage | ResetSegment, reset });
    }
  }

  private onNetworkChange(): void {
    for (const node of this.nodes.values()) node.host.networkChanged();
    this.clients.networkChanged();
  }

  get ids(): ServerId[] {
    return [...this.nodes.keys()];
  }

  // ------------------------------------------------------------------ faults and lifecycle

  start(id: ServerId): void {
    const host = this.node(id).host;
    if (host.running) return;
    this.statusChanged(id);
    host.start();
  }

  startAll(): void {
    for (const id of this.ids) this.start(id);
  }

  /** Host dies silently: peers learn only through their timeouts. */
  crash(id: ServerId): void {
    if (this.node(id).host.crash()) this.statusChanged(id);
  }

  private statusChanged(id: ServerId): void {
    this.dirty = true;
    this.stability.onStatus(id, this.nowMs);
  }

  /** Process dies but the host lives: its kernel resets every connection, a packet per peer and client. */
  kill(id: ServerId): void {
    if (this.node(id).host.kill(this.clients.socketsOf(id))) this.statusChanged(id);
  }

  pause(id: ServerId): void {
    if (this.node(id).host.pause()) this.statusChanged(id);
  }

  resume(id: ServerId): void {
    // Marked first: what the resumed process does next happens after the change.
    if (this.node(id).host.status === 'paused') this.statusChanged(id);
    this.node(id).host.resume();
  }

  /** A new process from the node's durable store (acceptedEpoch, currentEpoch, log, snapshot). */
  restart(id: ServerId): void {
    const node = this.node(id);
    // Restarting a live or frozen process kills it first: its connections reset.
    if (node.host.running) this.kill(id);
    node.host.stopForRestart();
    // New TCP connections do not queue behind the old process's packets.
    for (const other of this.nodes.values()) if (other.id !== id) other.host.links.resetPeer(id);
    node.host.boot(node.store.load(), true);
    this.statusChanged(id);
    node.host.start();
  }

  /** Replaces a server's disk before it first starts (a test rig: "server 5 kept its data directory"). */
  replaceDisk(id: ServerId, durable: DurableState): void {
    const node = this.node(id);
    if (node.host.running) throw new RefusedError({ why: 'server-running', server: id });
    node.store.apply([{ type: 'clear-data' }, { type: 'accepted-epoch', epoch: durable.acceptedEpoch }, { type: 'current-epoch', epoch: durable.currentEpoch }]);
    if (durable.snapshot) node.store.apply([{ type: 'snapshot', snapshot: durable.snapshot }]);
    node.store.apply(durable.log.map((txn) => ({ type: 'append' as const, txn })));
    node.host.boot(node.store.load(), false);
  }

  status(id: ServerId): NodeStatus {
    return this.node(id).host.status;
  }

  server(id: ServerId): ZkServer {
    return this.node(id).host.core as ZkServer;
  }

  /** The server's kernel (tests, the invariant on held packets). */
  host(id: ServerId): ServerHost<ZkServer> {
    return this.node(id).host;
  }

  private node(id: ServerId): SimNode {
    const node = this.nodeById[id];
    if (!node) throw new RefusedError({ why: 'no-server', server: id });
    return node;
  }

  // ------------------------------------------------------------------ clients

  connectClient(name: ClientName, server: ServerId, timeoutMs: number): void {
    this.clients.connect(name, this.ids, server, timeoutMs, this.prng.fork());
  }

  /** Returns the call's callId. */
  clientOp(name: ClientName, op: UserOp): number {
    return this.clients.op(name, op);
  }

  vanishClient(name: ClientName): void {
    this.clients.vanish(name);
  }

  hasClient(name: ClientName): boolean {
    return this.clients.has(name);
  }

  clientViews(): ClientView[] {
    return this.clients.views();
  }

  // ------------------------------------------------------------------ the event loop

  schedule(atMs: number, fn: () => void): void {
    this.queue.push(Math.max(atMs, this.nowMs), { k: 'call', fn });
  }

  /** Runs every event up to and including `untilMs`, then sets the clock there. */
  runUntil(untilMs: number): void {
    while (this.queue.peekTime() <= untilMs) this.processNext();
    this.nowMs = Math.max(this.nowMs, untilMs);
  }

  /** Processes one event; returns false when nothing is queued. */
  processNext(): boolean {
    const t = this.queue.peekTime();
    const event = this.queue.pop();
    if (!event) return false;
    this.nowMs = t;
    this.dispatch(event);
    return true;
  }

  get nextEventMs(): number {
    return this.queue.peekTime();
  }

  private dispatch(e: SimEvent): void {
    switch (e.k) {
      case 'seg': {
        this.deliveryListener?.(this.nowMs, e.from, e.to, e.segment);
        const host = this.node(e.to).host;
        if (host.running && !e.reset) this.deliveredMessages++;
        host.receive(e.from, e.segment as Exclude<Segment, ClientReplyMessage>, e.sentMs, e.reset);
        return;
      }
      case 'toClient':
        this.deliveryListener?.(this.nowMs, e.from, e.to, e.segment);
        if (e.reset) this.clients.connectionReset(e.to, e.from);
        else this.clients.receiveReply(e.from, e.segment as ClientReplyMessage);
        return;
      case 'timer':
        this.node(e.node).host.timerDue(e.name, e.gen);
        return;
      case 'creq':
        this.deliveryListener?.(this.nowMs, e.message.client, e.to, e.message);
        this.node(e.to).host.receiveClient(e.message);
        return;
      case 'ctimer':
        this.clients.timerDue(e.client, e.name, e.gen);
        return;
      case 'tcp':
        if (e.node === 0) this.clients.wake();
        else this.node(e.node).host.wake();
        return;
      case 'call':
        e.fn();
        return;
    }
  }

  record(event: TimelineEvent): void {
    if (this.recordEvents) this.events.push(event);
    this.eventListener?.(event);
  }

  // ------------------------------------------------------------------ observation

  views(): SimNodeView[] {
    return [...this.nodes.values()].map((n) => ({ ...(n.host.core as ZkServer).view(this.nowMs), status: n.host.status }));
  }

  /** The leader that serves: up, established, and with a quorum of live, synced followers. */
  serviceLeader(): { leader: ServerId; epoch: number } | null {
    const views: LeadershipView[] = [];
    for (const node of this.nodes.values()) {
      const s = node.host.core as ZkServer;
      views.push({ id: s.id, up: node.host.status === 'up', role: s.role, established: s.isServing(), leader: s.learner?.leaderId ?? null, currentEpoch: s.durable.currentEpoch });
    }
    const agreed = agreedLeader(views, this.settings.voters);
    return agreed && { leader: agreed.id, epoch: agreed.epoch };
  }

  /** The leader at this moment for `leader` in a script: the serving one, else any live LEADING node. */
  currentLeader(): ServerId | null {
    const serving = this.serviceLeader();
    if (serving) return serving.leader;
    for (const node of this.nodes.values()) if (node.host.status === 'up' && (node.host.core as ZkServer).role === 'leading') return node.id;
    return null;
  }
}
