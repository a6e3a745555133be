import type { Prng } from '../core/prng.ts';
import type { ClientName, ClientReplyMessage, ClientRequestMessage, CoreEvent, DurableState, DurableWrite, Input, Output, PeerMessage, Role, ServerConfig, ServerId, ServerView, TimerName, ZnodeData } from '../core/types.ts';
import type { Address, NetworkView } from '../net/networkView.ts';
import { CLIENT_STREAM, ELECTION_STREAM, OutgoingLinks, RESET_STREAM, zabStream } from '../net/tcp.ts';
import { ELECTION_CONNECTION } from '../core/types.ts';
import type { DurableStore } from './durableStore.ts';
import { TimerTable } from './timerTable.ts';
import { restartRecord, type DownKind, type NodeStatus, type RuntimeFailure, type TimelineRecord } from './records.ts';

// The one kernel that runs a ZooKeeper server core, in the simulator and in a Web Worker alike
// (DESIGN §1). It owns everything between the core and the outside world:
//  - timers by name and generation: setting one replaces it, and only the latest may fire;
//  - pause (GC, SIGSTOP): input queues and timers freeze; on resume the process reads what queued
//    up, then finds its overdue timers, each only if the core has not replaced it meanwhile;
//  - persist-before-send: a durable write reaches the store before any packet the core emitted
//    after it leaves (ZooKeeper's SyncRequestProcessor before an ACK), through the DurableStore port;
//  - the sending half of TCP (src/net/tcp.ts): packets a cut or partition cannot carry are held;
//  - crash, kill and restart: a crashed host is gone with what it held; a killed process's host
//    lives on, sends a reset on each connection (a packet like any other, so a partition stops it)
//    and answers a later packet of a connection with a reset;
//  - core events turned into timeline records.
// A host plugs in only a scheduler (ports.nowMs, ports.setTimer, ports.wakeAt), a transport (ports.transmit) and
// a store. What the chaos suite proves about this class is what the browser runs.

/** The reset a killed process's host sends on a connection (TCP RST). */
export interface ResetSegment {
  type: 'rst';
}

/** What one host sends another: a peer message, a client reply, or a reset. */
export type Segment = PeerMessage | ClientReplyMessage | ResetSegment;

export const RESET: ResetSegment = { type: 'rst' };

/** The parts of a core a host uses; ZkServer provides them. */
export interface HostedCore {
  step(input: Input, nowMs: number): Output[];
  view(nowMs: number): ServerView;
  readonly role: Role;
  readonly tree: { readonly lastZxid: number; nodes(): readonly Readonly<ZnodeData>[] };
}

export type CoreFactory<C extends HostedCore> = (config: ServerConfig, durable: DurableState, prng: Prng) => C;

export interface ServerHostPorts {
  /** Simulated ms now: whole, and never going back. */
  nowMs(): number;
  /** Call timerDue(name, gen) when the simulated clock reaches atMs. */
  setTimer(atMs: number, name: TimerName, gen: number): void;
  /** Call wake() when the simulated clock reaches atMs: TCP has a retransmission due. */
  wakeAt(atMs: number): void;
  /**
   * A segment leaves, to arrive at `to` (a server id or a client name) at atMs; `held`: TCP held it
   * for a cut or partition; `reset`: it is the reset of a killed process's connections.
   */
  transmit(to: Address, segment: Segment, sentMs: number, atMs: number, held: boolean, reset: boolean): void;
  /** A timeline record; `event` is the core event it renders, when it renders one. */
  record(record: TimelineRecord): void;
  /** An event of the core at simulated time t (a host renders a record of it only if anyone reads it). */
  coreEvent(t: number, event: CoreEvent): void;
  /** The store failed: the server has stopped (ZooKeeper exits on a failed fsync). */
  fatal(failure: RuntimeFailure): void;
  /** TCP gave up on a packet (the connection is reset); optional, for the simulator's invariants. */
  gaveUp?(to: Address, sentMs: number): void;
}

export interface ServerHostOptions<C extends HostedCore> {
  config: ServerConfig;
  network: NetworkView;
  store: DurableStore;
  ports: ServerHostPorts;
  createCore: CoreFactory<C>;
  /** Each incarnation's core gets a fork of it. */
  prng: Prng;
}

type OutboxEntry = { write: DurableWrite; to?: undefined; segment?: undefined } | { write?: undefined; to: Address; segment: Segment; stream: number; latestWins: boolean };

export class ServerHost<C extends HostedCore> {
  readonly id: ServerId;
  readonly config: ServerConfig;
  readonly links: OutgoingLinks<Segment>;
  private readonly ports: ServerHostPorts;
  private readonly store: DurableStore;
  private readonly createCore: CoreFactory<C>;
  private readonly prng: Prng;
  private readonly peers: ServerId[];
  private coreOf: C | null = null;
  private statusOf: NodeStatus = 'down';
  private downKindOf: DownKind | null = null;
  private readonly timers = new TimerTable<TimerName>();
  private inbox: Input[] = [];
  private frozenTimers: { name: TimerName; gen: number }[] = [];
  private outbox: OutboxEntry[] = [];
  private outboxHead = 0;
  /** The incarnation whose store write is in flight, or 0: later sends wait for it. */
  private writingFor = 0;
  private incarnation = 0;
  /** Packets TCP gave up on (network.ts). */
  lostPackets = 0;
  /** What networkChanged() is releasing, for its record. */
  private releasing: { peers: ServerId[]; packets: number; oldestSentMs: number } | null = null;
  /** When ports.wakeAt was last asked for, while still ahead. */
  private wakeAtMs = Infinity;
  /** Per peer id, when the newest packet heard from it was sent: a reset older than that is stale. */
  private readonly newestSentMs: number[] = [];

  constructor(options: ServerHostOptions<C>) {
    this.id = options.config.id;
    this.config = options.config;
    this.links = new OutgoingLinks<Segment>(this.id, options.network, (to, segment, sentMs, atMs, held, stream) => this.onDelivered(to, segment, sentMs, atMs, held, stream));
    this.links.onGiveUp = (to, sentMs) => {
      this.lostPackets++;
      this.ports.gaveUp?.(to, sentMs);
    };
    this.ports = options.ports;
    this.store = options.store;
    this.createCore = options.createCore;
    this.prng = options.prng;
    this.peers = [...options.config.voters, ...options.config.observers].filter((p) => p !== this.id);
  }

  get core(): C | null {
    return this.coreOf;
  }

  get status(): NodeStatus {
    return this.statusOf;
  }

  get downKind(): DownKind | null {
    return this.downKindOf;
  }

  /** True between start() and the next crash or kill. */
  get running(): boolean {
    return this.statusOf !== 'down';
  }

  // ------------------------------------------------------------------ lifecycle

  /** A new process from the state its store loaded; `restarted` when an earlier one ran. */
  boot(durable: DurableState, restarted: boolean): void {
    this.incarnation++;
    this.coreOf = this.createCore(this.config, durable, this.prng.fork());
    this.statusOf = 'down';
    this.downKindOf = null;
    if (restarted) this.ports.record(restartRecord(this.ports.nowMs(), this.id, durable));
  }

  start(): void {
    if (!this.coreOf || this.statusOf !== 'down' || this.downKindOf !== null) return;
    this.statusOf = 'up';
    this.step({ kind: 'start' });
  }

  /** Host down, cable pulled: nothing answers, and the packets its kernel held are gone. */
  crash(): boolean {
    if (this.statusOf === 'down') return false;
    this.takeDown('crash');
    this.links.dropAll();
    return true;
  }

  /**
   * Process killed, host alive: its kernel resets every connection, one packet per peer and one
   * per client socket (`clients`: those attached to this server or connecting to it).
   */
  kill(clients: readonly ClientName[] = []): boolean {
    if (this.statusOf === 'down') return false;
    this.takeDown('kill');
    for (const peer of this.peers) this.transmit(peer, RESET, RESET_STREAM, false);
    for (const client of clients) this.transmit(client, RESET, RESET_STREAM, false);
    return true;
  }

  /** The first half of a restart: a live or frozen process is killed first. Then boot(). */
  stopForRestart(clients: readonly ClientName[] = []): void {
    if (this.statusOf !== 'down') this.kill(clients);
    this.downKindOf = null;
  }

  /** A retransmission is due (ports.wakeAt). */
  wake(): void {
    this.wakeAtMs = Infinity;
    this.links.pump(this.ports.nowMs());
    this.armWakeup();
  }

  private armWakeup(): void {
    const next = this.links.nextWakeupMs();
    if (next < this.wakeAtMs) {
      this.wakeAtMs = next;
      this.ports.wakeAt(next);
    }
  }

  pause(): boolean {
    if (this.statusOf !== 'up') return false;
    this.statusOf = 'paused';
    return true;
  }

  resume(): boolean {
    if (this.statusOf !== 'paused') return false;
    this.statusOf = 'up';
    const inbox = this.inbox;
    const frozen = this.frozenTimers;
    this.inbox = [];
    this.frozenTimers = [];
    for (const input of inbox) if (this.statusOf === 'up') this.step(input);
    for (const { name, gen } of frozen) {
      if (this.statusOf === 'up' && this.timers.take(name, gen)) this.step({ kind: 'timer', name });
    }
    this.drainOutbox();
    return true;
  }

  /** The network changed: what it held for a direction that is back leaves now, in order. */
  networkChanged(): void {
    if (!this.links.holdsAny) return;
    const nowMs = this.ports.nowMs();
    this.releasing = { peers: [], packets: 0, oldestSentMs: nowMs };
    this.links.pump(nowMs);
    const released = this.releasing;
    this.releasing = null;
    this.armWakeup();
    if (released.packets > 0) this.ports.record(this.releaseRecord(nowMs, released.peers, released.packets, nowMs - released.oldestSentMs));
  }

  private onDelivered(to: Address, segment: Segment, sentMs: number, atMs: number, held: boolean, stream: number): void {
    this.ports.transmit(to, segment, sentMs, atMs, held, stream === RESET_STREAM);
    const r = this.releasing;
    if (!r || typeof to !== 'number') return;
    r.packets++;
    if (!r.peers.includes(to)) r.peers.push(to);
    if (sentMs < r.oldestSentMs) r.oldestSentMs = sentMs;
  }

  private releaseRecord(nowMs: number, peers: ServerId[], packets: number, heldMs: number): TimelineRecord {
    const syncLimitMs = this.config.syncLimitTicks * this.config.tickTimeMs;
    const sorted = [...peers].sort((a, b) => a - b);
    return { t: nowMs, node: this.id, kind: 'packets-released', peers: sorted, packets, heldMs, syncLimitMs };
  }

  private takeDown(kind: DownKind): void {
    this.statusOf = 'down';
    this.downKindOf = kind;
    this.timers.clear();
    this.inbox = [];
    this.frozenTimers = [];
    // What the process had not yet handed to its kernel dies with it.
    this.outbox = [];
    this.outboxHead = 0;
    this.writingFor = 0;
  }

  // ------------------------------------------------------------------ input

  /** A segment from a peer server arrived; it was sent at sentMs. `reset`: it came on the reset stream. */
  receive(from: ServerId, segment: PeerMessage | ResetSegment, sentMs: number, reset: boolean): void {
    if (this.statusOf === 'down') {
      // A killed process's host answers a packet of a connection with a reset; a crashed one is silent.
      if (this.downKindOf === 'kill' && !reset && 'connId' in segment && segment.type !== 'close') this.transmit(from, RESET, RESET_STREAM, false);
      return;
    }
    if (!reset) {
      if (!(sentMs <= (this.newestSentMs[from] as number))) this.newestSentMs[from] = sentMs;
      // Only resets travel on the reset stream.
      this.deliver({ kind: 'message', from, message: segment as PeerMessage });
      return;
    }
    // A reset belongs to the connections of the process that died. Once a packet sent after it has
    // arrived, the peer runs a new process on new connections (which may overtake a retransmitted
    // reset), and the late reset resets nothing.
    if (sentMs < ((this.newestSentMs[from] as number | undefined) ?? -Infinity)) return;
    this.deliver({ kind: 'peer-reset', peer: from });
  }

  /** A client's request arrived. */
  receiveClient(message: ClientRequestMessage): void {
    if (this.statusOf === 'down') {
      if (this.downKindOf === 'kill') this.transmit(message.client, RESET, RESET_STREAM, false);
      return;
    }
    this.deliver({ kind: 'client', message });
  }

  /** The client's connection to this server is gone. */
  clientGone(client: ClientName): void {
    if (this.statusOf !== 'down') this.deliver({ kind: 'client-gone', client });
  }

  timerDue(name: TimerName, gen: number): void {
    if (!this.timers.isLive(name, gen)) return;
    if (this.statusOf === 'paused') {
      this.frozenTimers.push({ name, gen });
      return;
    }
    if (this.statusOf === 'up' && this.timers.take(name, gen)) this.step({ kind: 'timer', name });
  }

  /**
   * Hands one input straight to the core, outputs and all, as if it had arrived. Only for the
   * conformance tests that reach into a peer the way ZooKeeper's own tests do.
   */
  inject(input: Input): void {
    if (this.statusOf !== 'down') this.deliver(input);
  }

  private deliver(input: Input): void {
    if (this.statusOf === 'paused') this.inbox.push(input);
    else this.step(input);
  }

  // ------------------------------------------------------------------ the core

  private step(input: Input): void {
    const core = this.coreOf as C;
    const nowMs = this.ports.nowMs();
    const outputs = core.step(input, nowMs);
    for (let i = 0; i < outputs.length; i++) {
      const out = outputs[i]!;
      switch (out.kind) {
        case 'send': {
          // The election connection queues one message per peer: the latest wins (SEND_CAPACITY = 1).
          const election = out.connId === ELECTION_CONNECTION;
          const stream = election ? ELECTION_STREAM : zabStream(out.connId);
          // Nothing waits for a write: the packet leaves at once (the hot path).
          if (this.outboxHead === this.outbox.length && this.writingFor === 0) this.transmit(out.to, out.message, stream, election);
          else this.outbox.push({ to: out.to, segment: out.message, stream, latestWins: election });
          break;
        }
        case 'reply':
          if (this.outboxHead === this.outbox.length && this.writingFor === 0) this.transmit(out.to, out.message, CLIENT_STREAM, false);
          else this.outbox.push({ to: out.to, segment: out.message, stream: CLIENT_STREAM, latestWins: false });
          break;
        case 'persist':
          // Nothing waits: the write goes to the store at once (a synchronous store is done now).
          if (this.outboxHead === this.outbox.length && this.writingFor === 0) this.writeNow([out.write]);
          else this.outbox.push({ write: out.write });
          break;
        case 'set-timer':
          this.ports.setTimer(out.atMs, out.name, this.timers.arm(out.name));
          break;
        case 'cancel-timer':
          this.timers.cancel(out.name);
          break;
        case 'event':
          this.ports.coreEvent(nowMs, out.event);
          break;
      }
    }
    if (this.outboxHead < this.outbox.length) this.drainOutbox();
  }

  /** Sends leave in output order; a run of writes is one store batch that later sends wait for. */
  private drainOutbox(): void {
    // A paused process sends nothing; what it queued leaves on resume.
    while (this.writingFor === 0 && this.statusOf === 'up' && this.outboxHead < this.outbox.length) {
      const entry = this.outbox[this.outboxHead] as OutboxEntry;
      if (entry.write) {
        this.writeRun();
        continue;
      }
      this.outboxHead++;
      this.transmit(entry.to, entry.segment, entry.stream, entry.latestWins);
    }
    if (this.outboxHead === this.outbox.length && this.outboxHead > 0) {
      this.outbox = [];
      this.outboxHead = 0;
    }
  }

  private writeRun(): void {
    const writes: DurableWrite[] = [];
    while (this.outboxHead < this.outbox.length) {
      const entry = this.outbox[this.outboxHead] as OutboxEntry;
      if (!entry.write) break;
      writes.push(entry.write);
      this.outboxHead++;
    }
    this.writeNow(writes);
  }

  /** Hands writes to the store; while an asynchronous store has them, later sends wait. */
  private writeNow(writes: DurableWrite[]): void {
    const pending = this.store.apply(writes);
    if (!pending) return;
    const incarnation = this.incarnation;
    this.writingFor = incarnation;
    pending.then(
      () => {
        if (this.writingFor !== incarnation) return;
        this.writingFor = 0;
        this.drainOutbox();
      },
      (error: unknown) => {
        if (this.writingFor !== incarnation) return;
        this.takeDown('crash');
        this.ports.fatal({ cause: 'log-write', error: String(error) });
      },
    );
  }

  /** Hands a segment to the kernel's TCP on `stream`; `latestWins`: a newer one replaces one still waiting. */
  private transmit(to: Address, segment: Segment, stream: number, latestWins: boolean): void {
    this.links.send(to, stream, segment, latestWins, this.ports.nowMs());
    if (this.links.holdsAny) this.armWakeup();
  }

  // ------------------------------------------------------------------ observation

  view(): ServerView | null {
    return this.coreOf ? this.coreOf.view(this.ports.nowMs()) : null;
  }
}


