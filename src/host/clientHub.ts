import { createClient, type Client, type ClientInput, type ClientTimerName, type ClientView, type UserOp } from '../core/client.ts';
import type { Prng } from '../core/prng.ts';
import type { ClientName, ClientReplyMessage, ClientRequestMessage, ServerId } from '../core/types.ts';
import type { NetworkModel } from '../net/network.ts';
import { HELD, LOST, OutgoingLinks } from '../net/tcp.ts';
import { clientEventRecord, type TimelineRecord } from './records.ts';

// The kernel that runs ZooKeeper client cores, in the simulator and on the browser's main thread
// alike: timers by name and generation, requests through the sending half of TCP (clients sit
// outside the server network, so only global loss and delay reach them), client events turned
// into timeline records, and the rule of which sockets a killed server's host resets.

export interface ClientHubPorts {
  /** Simulated ms now: whole, and never going back. */
  nowMs(): number;
  /** Call timerDue(client, name, gen) when the simulated clock reaches atMs. */
  setTimer(atMs: number, client: ClientName, name: ClientTimerName, gen: number): void;
  /** A request leaves for server `to`, to arrive at atMs. */
  transmit(to: ServerId, message: ClientRequestMessage, atMs: number): void;
  record(record: TimelineRecord): void;
}

interface HostedClient {
  name: ClientName;
  client: Client;
  links: OutgoingLinks<ClientRequestMessage>;
  timers: Map<ClientTimerName, number>;
}

export class ClientHub {
  private readonly ports: ClientHubPorts;
  private readonly network: NetworkModel;
  private readonly clients = new Map<ClientName, HostedClient>();
  private timerGen = 0;
  /** Bumped on every client step, so a reader can tell cheaply whether views changed. */
  version = 0;

  constructor(ports: ClientHubPorts, network: NetworkModel) {
    this.ports = ports;
    this.network = network;
  }

  has(name: ClientName): boolean {
    return this.clients.has(name);
  }

  connect(name: ClientName, servers: readonly ServerId[], firstServer: ServerId, timeoutMs: number, prng: Prng): void {
    if (this.clients.has(name)) throw new Error(`client ${name} already exists`);
    const client = createClient({ name, servers, timeoutMs, prng, firstServer });
    this.clients.set(name, { name, client, links: new OutgoingLinks(name, this.network), timers: new Map() });
    this.step(name, { kind: 'start' });
  }

  op(name: ClientName, op: UserOp): void {
    this.step(name, { kind: 'user', op });
  }

  vanish(name: ClientName): void {
    this.step(name, { kind: 'vanish' });
  }

  views(): ClientView[] {
    return [...this.clients.values()].map((c) => c.client.view());
  }

  clear(): void {
    this.clients.clear();
  }

  timerDue(name: ClientName, timer: ClientTimerName, gen: number): void {
    const c = this.clients.get(name);
    if (!c || c.timers.get(timer) !== gen) return;
    c.timers.delete(timer);
    this.step(name, { kind: 'timer', name: timer });
  }

  /** A server's reply arrived. */
  receiveReply(from: ServerId, message: ClientReplyMessage): void {
    if (this.clients.has(message.client)) this.step(message.client, { kind: 'reply', from, message });
  }

  /** A server's host reset this client's connection. */
  connectionReset(name: ClientName, server: ServerId): void {
    if (this.clients.has(name)) this.step(name, { kind: 'connection-reset', server });
  }

  /**
   * A killed server's host resets the sockets of the clients attached to it or connecting to it:
   * each reset is a packet on the client link, arriving at the time given.
   */
  resetsByKilledServer(server: ServerId): { client: ClientName; atMs: number }[] {
    const resets: { client: ClientName; atMs: number }[] = [];
    const nowMs = this.ports.nowMs();
    for (const c of this.clients.values()) {
      const view = c.client.view();
      if (view.server !== server && view.tryingServer !== server) continue;
      const atMs = this.network.deliveryAtMs(server, c.name, nowMs);
      if (atMs >= 0) resets.push({ client: c.name, atMs });
    }
    return resets;
  }

  networkChanged(): void {
    const nowMs = this.ports.nowMs();
    for (const c of this.clients.values()) c.links.release(nowMs, (to, message, _sentMs, atMs) => this.ports.transmit(to as ServerId, message, atMs));
  }

  private step(name: ClientName, input: ClientInput): void {
    const c = this.clients.get(name);
    if (!c) throw new Error(`no client ${name}`);
    const nowMs = this.ports.nowMs();
    this.version++;
    for (const out of c.client.step(input, nowMs)) {
      switch (out.kind) {
        case 'send': {
          const atMs = c.links.send(out.to, out.message, false, nowMs);
          if (atMs !== HELD && atMs !== LOST) this.ports.transmit(out.to, out.message, atMs);
          break;
        }
        case 'set-timer': {
          const gen = ++this.timerGen;
          c.timers.set(out.name, gen);
          this.ports.setTimer(out.atMs, c.name, out.name, gen);
          break;
        }
        case 'cancel-timer':
          c.timers.delete(out.name);
          break;
        case 'event':
          this.ports.record(clientEventRecord(nowMs, out.event));
          break;
      }
    }
  }
}
