import { createClient, type Client, type ClientEvent, type ClientOutput, type ClientTimerName, type UserOp } from '../core/client.ts';
import { serverConfig, type ClusterSettings } from '../core/config.ts';
import { emptyDurableState } from '../core/durable.ts';
import { createPrng, type Prng } from '../core/prng.ts';
import { containsQuorum } from '../core/quorum.ts';
import { ZkServer } from '../core/server.ts';
import type { ClientName, ClientReplyMessage, ClientRequestMessage, CoreEvent, DurableState, Input, Output, PeerMessage, ServerId, ServerView, TimerName } from '../core/types.ts';
import { NetworkModel } from '../net/network.ts';
import { InvariantChecker } from './invariants.ts';
import { TimeHeap } from '../core/timeHeap.ts';

// The deterministic simulator's cluster: N server cores and their clients on a virtual clock and an
// in-memory network. It is also the host the simulated ClusterDriver wraps for the UI and for replay.

export type NodeStatus = 'up' | 'down' | 'paused';
export type DownKind = 'crash' | 'kill';

export interface TimelineEvent {
  t: number;
  node: ServerId | null;
  client?: ClientName;
  kind: string;
  text: string;
  peers?: ServerId[];
  detail?: Record<string, unknown>;
}

export interface SimNodeView extends ServerView {
  status: NodeStatus;
}

interface SimNode {
  id: ServerId;
  server: ZkServer;
  status: NodeStatus;
  downKind: DownKind | null;
  timers: Map<TimerName, number>;
  inbox: Input[];
  frozenTimers: TimerName[];
  prng: Prng;
}

interface SimClient {
  name: ClientName;
  client: Client;
  timers: Map<ClientTimerName, number>;
}

type SimEvent =
  | { k: 'msg'; from: ServerId; to: ServerId; message: PeerMessage }
  | { k: 'reset'; from: ServerId; to: ServerId }
  | { k: 'timer'; node: ServerId; name: TimerName; gen: number }
  | { k: 'creq'; to: ServerId; message: ClientRequestMessage }
  | { k: 'crep'; to: ClientName; from: ServerId; message: ClientReplyMessage }
  | { k: 'cres'; to: ClientName; server: ServerId }
  | { k: 'ctimer'; client: ClientName; name: ClientTimerName; gen: number }
  | { k: 'call'; fn: () => void };

export interface ClusterOptions {
  settings: ClusterSettings;
  seed: number;
  latencyMs?: number;
  jitterMs?: number;
  /** Keep every timeline event in `events` (the CLI and tests do; the benchmark does not). */
  recordEvents?: boolean;
}

export type MessageListener = (from: ServerId | ClientName, to: ServerId | ClientName, type: string, sentMs: number, deliverMs: number) => void;

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
  private readonly recordEvents: boolean;
  private readonly nodes = new Map<ServerId, SimNode>();
  private readonly clients = new Map<ClientName, SimClient>();
  private readonly queue = new TimeHeap<SimEvent>();
  private readonly prng: Prng;
  private timerGen = 0;

  constructor(opts: ClusterOptions) {
    this.settings = opts.settings;
    this.prng = createPrng(opts.seed);
    this.network = new NetworkModel(this.prng.fork(), { latencyMs: opts.latencyMs ?? 2, jitterMs: opts.jitterMs ?? 1 });
    this.recordEvents = opts.recordEvents ?? true;
    for (const id of [...opts.settings.voters, ...opts.settings.observers]) {
      const prng = this.prng.fork();
      this.nodes.set(id, { id, server: this.newServer(id, emptyDurableState(), prng), status: 'down', downKind: null, timers: new Map(), inbox: [], frozenTimers: [], prng });
    }
  }

  private newServer(id: ServerId, durable: DurableState, prng: Prng): ZkServer {
    const server = new ZkServer(serverConfig(this.settings, id), durable, prng.fork());
    server.commitObserver = (sid, txn, how) => this.invariants.onApply(this.nowMs, sid, txn, how, server);
    return server;
  }

  get ids(): ServerId[] {
    return [...this.nodes.keys()];
  }

  // ------------------------------------------------------------------ faults and lifecycle

  start(id: ServerId): void {
    const node = this.node(id);
    if (node.status !== 'down' || node.server.started) return;
    node.status = 'up';
    node.downKind = null;
    this.dirty = true;
    this.stepNode(node, { kind: 'start' });
  }

  startAll(): void {
    for (const id of this.ids) this.start(id);
  }

  /** Host dies silently: peers learn only through their timeouts. */
  crash(id: ServerId): void {
    this.takeDown(id, 'crash');
  }

  /** Process dies but the host lives: its TCP connections are reset, so peers notice at once. */
  kill(id: ServerId): void {
    const node = this.takeDown(id, 'kill');
    if (!node) return;
    for (const other of this.nodes.values()) {
      if (other.id !== id && other.status !== 'down') this.sendReset(id, other.id);
    }
    for (const c of this.clients.values()) {
      if (c.client.view().server === id || c.client.view().tryingServer === id) this.queue.push(this.nowMs + this.linkLatency(), { k: 'cres', to: c.name, server: id });
    }
  }

  private takeDown(id: ServerId, kind: DownKind): SimNode | null {
    const node = this.node(id);
    if (node.status === 'down') return null;
    node.status = 'down';
    node.downKind = kind;
    node.timers.clear();
    node.inbox = [];
    node.frozenTimers = [];
    this.dirty = true;
    return node;
  }

  pause(id: ServerId): void {
    const node = this.node(id);
    if (node.status !== 'up') return;
    node.status = 'paused';
    this.dirty = true;
  }

  resume(id: ServerId): void {
    const node = this.node(id);
    if (node.status !== 'paused') return;
    node.status = 'up';
    this.dirty = true;
    // A resumed process reads what queued up, then finds its overdue timers.
    const inbox = node.inbox;
    const timers = node.frozenTimers;
    node.inbox = [];
    node.frozenTimers = [];
    for (const input of inbox) if (node.status === 'up') this.stepNode(node, input);
    for (const name of timers) if (node.status === 'up' && node.timers.has(name)) {
      node.timers.delete(name);
      this.stepNode(node, { kind: 'timer', name });
    }
  }

  /** A new process from the node's durable state (acceptedEpoch, currentEpoch, log, snapshot). */
  restart(id: ServerId): void {
    const node = this.node(id);
    // Restarting a live or frozen process kills it first: its connections reset.
    if (node.status !== 'down') this.kill(id);
    node.server = this.newServer(id, node.server.durable, node.prng);
    this.network.resetConnections(id);
    this.record({ t: this.nowMs, node: id, kind: 'restart', text: `Server ${id} restarts from its disk: accepted epoch ${node.server.durable.acceptedEpoch}, current epoch ${node.server.durable.currentEpoch}, ${node.server.durable.log.length} logged transaction(s).` });
    this.start(id);
  }

  status(id: ServerId): NodeStatus {
    return this.node(id).status;
  }

  server(id: ServerId): ZkServer {
    return this.node(id).server;
  }

  private node(id: ServerId): SimNode {
    const node = this.nodes.get(id);
    if (!node) throw new Error(`no server ${id} in this cluster`);
    return node;
  }

  // ------------------------------------------------------------------ clients

  connectClient(name: ClientName, server: ServerId, timeoutMs: number): void {
    if (this.clients.has(name)) throw new Error(`client ${name} already exists`);
    const client = createClient({ name, servers: this.ids, timeoutMs, prng: this.prng.fork(), firstServer: server });
    this.clients.set(name, { name, client, timers: new Map() });
    this.stepClient(name, { kind: 'start' });
  }

  clientOp(name: ClientName, op: UserOp): void {
    this.stepClient(name, { kind: 'user', op });
  }

  vanishClient(name: ClientName): void {
    this.stepClient(name, { kind: 'vanish' });
  }

  hasClient(name: ClientName): boolean {
    return this.clients.has(name);
  }

  clientViews(): ReturnType<Client['view']>[] {
    return [...this.clients.values()].map((c) => c.client.view());
  }

  private stepClient(name: ClientName, input: Parameters<Client['step']>[0]): void {
    const c = this.clients.get(name);
    if (!c) throw new Error(`no client ${name}`);
    this.applyClientOutputs(c, c.client.step(input, this.nowMs));
  }

  private applyClientOutputs(c: SimClient, outputs: ClientOutput[]): void {
    for (const out of outputs) {
      if (out.kind === 'send') {
        const at = this.network.deliveryAtMs(c.name, out.to, this.nowMs);
        if (at >= 0) this.queue.push(at, { k: 'creq', to: out.to, message: out.message });
      } else if (out.kind === 'set-timer') {
        const gen = ++this.timerGen;
        c.timers.set(out.name, gen);
        this.queue.push(out.atMs, { k: 'ctimer', client: c.name, name: out.name, gen });
      } else if (out.kind === 'cancel-timer') {
        c.timers.delete(out.name);
      } else {
        this.recordClientEvent(out.event);
      }
    }
  }

  private recordClientEvent(event: ClientEvent): void {
    this.record({ t: this.nowMs, node: event.server ?? null, client: event.client, kind: event.kind, text: event.text, detail: { state: event.state, result: event.result } });
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
      case 'msg':
        this.deliverPeer(e.from, e.to, e.message);
        return;
      case 'reset':
        this.deliverInput(this.node(e.to), { kind: 'peer-reset', peer: e.from });
        return;
      case 'timer':
        this.fireTimer(e.node, e.name, e.gen);
        return;
      case 'creq':
        this.deliverClientRequest(e.to, e.message);
        return;
      case 'crep':
        if (this.clients.has(e.to)) this.stepClient(e.to, { kind: 'reply', from: e.from, message: e.message });
        return;
      case 'cres':
        if (this.clients.has(e.to)) this.stepClient(e.to, { kind: 'connection-reset', server: e.server });
        return;
      case 'ctimer': {
        const c = this.clients.get(e.client);
        if (c && c.timers.get(e.name) === e.gen) {
          c.timers.delete(e.name);
          this.stepClient(e.client, { kind: 'timer', name: e.name });
        }
        return;
      }
      case 'call':
        e.fn();
        return;
    }
  }

  private deliverPeer(from: ServerId, to: ServerId, message: PeerMessage): void {
    const node = this.node(to);
    if (node.status === 'down') {
      // A killed process's host answers with a reset; a crashed host answers nothing.
      if (node.downKind === 'kill' && 'connId' in message && message.type !== 'close') this.sendReset(to, from);
      return;
    }
    this.deliveredMessages++;
    this.deliverInput(node, { kind: 'message', from, message });
  }

  private deliverClientRequest(to: ServerId, message: ClientRequestMessage): void {
    const node = this.node(to);
    if (node.status === 'down') {
      if (node.downKind === 'kill') this.queue.push(this.nowMs + this.linkLatency(), { k: 'cres', to: message.client, server: to });
      return;
    }
    this.deliverInput(node, { kind: 'client', message });
  }

  private deliverInput(node: SimNode, input: Input): void {
    if (node.status === 'down') return;
    if (node.status === 'paused') node.inbox.push(input);
    else this.stepNode(node, input);
  }

  private fireTimer(id: ServerId, name: TimerName, gen: number): void {
    const node = this.node(id);
    if (node.timers.get(name) !== gen) return;
    if (node.status === 'paused') {
      node.frozenTimers.push(name);
      return;
    }
    node.timers.delete(name);
    this.stepNode(node, { kind: 'timer', name });
  }

  private sendReset(from: ServerId, to: ServerId): void {
    this.queue.push(this.nowMs + this.linkLatency(), { k: 'reset', from, to });
  }

  private linkLatency(): number {
    return Math.max(1, this.network.toJSON().latencyMs);
  }

  private stepNode(node: SimNode, input: Input): void {
    const outputs = node.server.step(input, this.nowMs);
    this.applyOutputs(node, outputs);
  }

  private applyOutputs(node: SimNode, outputs: Output[]): void {
    for (let i = 0; i < outputs.length; i++) {
      const out = outputs[i]!;
      switch (out.kind) {
        case 'send': {
          const at = this.network.deliveryAtMs(node.id, out.to, this.nowMs);
          if (at >= 0) {
            this.queue.push(at, { k: 'msg', from: node.id, to: out.to, message: out.message });
            const dup = this.network.duplicateAtMs;
            if (dup >= 0) this.queue.push(dup, { k: 'msg', from: node.id, to: out.to, message: out.message });
            this.messageListener?.(node.id, out.to, out.message.type, this.nowMs, at);
          }
          break;
        }
        case 'reply': {
          const at = this.network.deliveryAtMs(node.id, out.to, this.nowMs);
          if (at >= 0) this.queue.push(at, { k: 'crep', to: out.to, from: node.id, message: out.message });
          break;
        }
        case 'set-timer': {
          const gen = ++this.timerGen;
          node.timers.set(out.name, gen);
          this.queue.push(out.atMs, { k: 'timer', node: node.id, name: out.name, gen });
          break;
        }
        case 'cancel-timer':
          node.timers.delete(out.name);
          break;
        case 'persist':
          // The server keeps its durable state itself; a restart reads it back from there.
          break;
        case 'event':
          this.onCoreEvent(node, out.event);
          break;
      }
    }
  }

  private onCoreEvent(node: SimNode, event: CoreEvent): void {
    this.dirty = true;
    this.invariants.onEvent(this.nowMs, event, node.server);
    this.record({ t: this.nowMs, node: event.node, kind: event.kind, text: event.text, ...(event.peers ? { peers: event.peers } : {}), ...(event.detail ? { detail: event.detail } : {}) });
  }

  record(event: TimelineEvent): void {
    if (this.recordEvents) this.events.push(event);
    this.eventListener?.(event);
  }

  // ------------------------------------------------------------------ observation

  views(): SimNodeView[] {
    return [...this.nodes.values()].map((n) => ({ ...n.server.view(this.nowMs), status: n.status }));
  }

  /** The leader that serves: up, established, and with a quorum of live, synced followers. */
  serviceLeader(): { leader: ServerId; epoch: number } | null {
    for (const node of this.nodes.values()) {
      const s = node.server;
      if (node.status !== 'up' || s.role !== 'leading' || !s.isServing()) continue;
      const synced = [s.id];
      for (const other of this.nodes.values()) {
        const learner = other.server.learner;
        if (other.status === 'up' && other.server.role === 'following' && learner && learner.leaderId === s.id && learner.phase === 'serving') synced.push(other.id);
      }
      if (containsQuorum(synced, this.settings.voters)) return { leader: s.id, epoch: s.durable.currentEpoch };
    }
    return null;
  }

  /** The leader at this moment for `leader` in a script: the serving one, else any live LEADING node. */
  currentLeader(): ServerId | null {
    const serving = this.serviceLeader();
    if (serving) return serving.leader;
    for (const node of this.nodes.values()) if (node.status === 'up' && node.server.role === 'leading') return node.id;
    return null;
  }
}
