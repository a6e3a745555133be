import { createClient, type Client, type ClientEvent, type ClientInput, type ClientOutput, type ClientTimerName, type ClientView, type UserOp } from '../core/client.ts';
import type { Prng } from '../core/prng.ts';
import type { ClientName, ClientReplyMessage, ClientRequestMessage, ServerId } from '../core/types.ts';
import type { NetworkModel } from '../net/network.ts';
import type { ClockState } from './simClock.ts';
import { SimScheduler, type TimerApi } from './simScheduler.ts';

// ZooKeeper client sessions, hosted on the main thread by the supervisor. They are few and slow
// (a ping every third of the session timeout), so they talk to the servers through the workers'
// postMessage rather than through inbox channels: the supervisor already holds every worker, and
// a client request to a killed or crashed server must be answered (reset) or swallowed by it,
// which it can decide without a round trip. The client link feels the global drop and delay.

/** One line of the timeline, in the simulator's shape (src/sim/cluster.ts TimelineEvent). */
export interface TimelineRecord {
  t: number;
  node: ServerId | null;
  client?: ClientName;
  kind: string;
  text: string;
  peers?: ServerId[];
  detail?: Record<string, unknown>;
}

type ClientItem =
  | { k: 'timer'; client: ClientName; name: ClientTimerName; gen: number }
  | { k: 'reply'; from: ServerId; message: ClientReplyMessage; deliverAtSimMs: number }
  | { k: 'reset'; client: ClientName; server: ServerId };

export interface ClientRouter {
  /** Delivers a request that the network let through, at its delivery time (or resets / drops it). */
  route(client: ClientName, to: ServerId, message: ClientRequestMessage, deliverAtSimMs: number, nowMs: number): void;
  record(record: TimelineRecord): void;
  lagSample(lagRealMs: number): void;
}

interface HostedClient {
  name: ClientName;
  client: Client;
  timers: Map<ClientTimerName, number>;
}

export class ClientHost {
  private readonly sched: SimScheduler<ClientItem>;
  private readonly clients = new Map<ClientName, HostedClient>();
  private readonly network: NetworkModel;
  private readonly router: ClientRouter;
  private timerGen = 0;
  private lastNowMs = 0;
  /** Bumped on every client step, so a reader can tell cheaply whether views changed. */
  version = 0;

  constructor(timers: TimerApi, clock: ClockState, network: NetworkModel, router: ClientRouter) {
    this.sched = new SimScheduler(timers, clock, (item) => this.onDue(item));
    this.network = network;
    this.router = router;
  }

  setClock(clock: ClockState): void {
    this.sched.setClock(clock);
  }

  has(name: ClientName): boolean {
    return this.clients.has(name);
  }

  connect(name: ClientName, servers: readonly ServerId[], firstServer: ServerId, timeoutMs: number, prng: Prng): void {
    if (this.clients.has(name)) throw new Error(`client ${name} already exists`);
    const client = createClient({ name, servers, timeoutMs, prng, firstServer });
    this.clients.set(name, { name, client, timers: new Map() });
    this.step(name, { kind: 'start' });
  }

  op(name: ClientName, op: UserOp): void {
    this.step(name, { kind: 'user', op });
  }

  vanish(name: ClientName): void {
    this.step(name, { kind: 'vanish' });
  }

  /** A reply from a server's worker, held until its delivery time. */
  reply(from: ServerId, message: ClientReplyMessage, deliverAtSimMs: number): void {
    this.sched.add(deliverAtSimMs, { k: 'reply', from, message, deliverAtSimMs });
    if (deliverAtSimMs <= this.sched.nowMs()) this.sched.pump();
  }

  /** The server's process was killed: sockets attached to it (or connecting) are reset. */
  resetClientsOf(server: ServerId, atSimMs: number): void {
    for (const c of this.clients.values()) {
      const view = c.client.view();
      if (view.server === server || view.tryingServer === server) this.sched.add(atSimMs, { k: 'reset', client: c.name, server });
    }
  }

  resetClient(name: ClientName, server: ServerId, atSimMs: number): void {
    this.sched.add(atSimMs, { k: 'reset', client: name, server });
  }

  views(): ClientView[] {
    return [...this.clients.values()].map((c) => c.client.view());
  }

  dispose(): void {
    this.sched.dispose();
    this.clients.clear();
  }

  private nowMs(): number {
    const now = Math.floor(this.sched.nowMs());
    if (now > this.lastNowMs) this.lastNowMs = now;
    return this.lastNowMs;
  }

  private onDue(item: ClientItem): void {
    switch (item.k) {
      case 'timer': {
        const c = this.clients.get(item.client);
        if (!c || c.timers.get(item.name) !== item.gen) return;
        c.timers.delete(item.name);
        this.step(item.client, { kind: 'timer', name: item.name });
        return;
      }
      case 'reply':
        this.router.lagSample(Math.max(0, this.sched.nowMs() - item.deliverAtSimMs) / this.sched.clock.speed);
        if (this.clients.has(item.message.client)) this.step(item.message.client, { kind: 'reply', from: item.from, message: item.message });
        return;
      case 'reset':
        if (this.clients.has(item.client)) this.step(item.client, { kind: 'connection-reset', server: item.server });
        return;
    }
  }

  private step(name: ClientName, input: ClientInput): void {
    const c = this.clients.get(name);
    if (!c) throw new Error(`no client ${name}`);
    const nowMs = this.nowMs();
    this.version++;
    for (const out of c.client.step(input, nowMs)) this.apply(c, out, nowMs);
  }

  private apply(c: HostedClient, out: ClientOutput, nowMs: number): void {
    switch (out.kind) {
      case 'send': {
        const atMs = this.network.deliveryAtMs(c.name, out.to, nowMs);
        if (atMs >= 0) this.router.route(c.name, out.to, out.message, atMs, nowMs);
        return;
      }
      case 'set-timer': {
        const gen = ++this.timerGen;
        c.timers.set(out.name, gen);
        this.sched.add(out.atMs, { k: 'timer', client: c.name, name: out.name, gen });
        return;
      }
      case 'cancel-timer':
        c.timers.delete(out.name);
        return;
      case 'event':
        this.router.record(clientRecord(nowMs, out.event));
        return;
    }
  }
}

function clientRecord(t: number, event: ClientEvent): TimelineRecord {
  return { t, node: event.server ?? null, client: event.client, kind: event.kind, text: event.text, detail: { state: event.state, result: event.result } };
}
