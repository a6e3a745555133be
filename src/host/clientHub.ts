import { createClient, type Client, type ClientInput, type ClientTimerName, type ClientView, type UserOp } from '../core/client.ts';
import type { Prng } from '../core/prng.ts';
import type { ClientName, ClientReplyMessage, ClientRequestMessage, ServerId } from '../core/types.ts';
import type { NetworkModel } from '../net/network.ts';
import { RefusedError } from '../net/refusal.ts';
import { OutgoingLinks } from '../net/tcp.ts';
import { TimerTable } from './timerTable.ts';
import type { ClientEvent } from '../core/clientEvents.ts';

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
  /** Call wake() when the simulated clock reaches atMs: TCP has a retransmission due. */
  wakeAt(atMs: number): void;
  /** A client core's event at simulated time t (a host renders a record of it only if anyone reads it). */
  clientEvent(t: number, event: ClientEvent): void;
}

interface HostedClient {
  name: ClientName;
  client: Client;
  links: OutgoingLinks<ClientRequestMessage>;
  timers: TimerTable<ClientTimerName>;
}

export class ClientHub {
  private readonly ports: ClientHubPorts;
  private readonly network: NetworkModel;
  private readonly clients = new Map<ClientName, HostedClient>();
  private wakeAtMs = Infinity;
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
    if (this.clients.has(name)) throw new RefusedError({ why: 'client-exists', client: name });
    const client = createClient({ name, servers, timeoutMs, prng, firstServer });
    const links = new OutgoingLinks<ClientRequestMessage>(name, this.network, (to, message, _sentMs, atMs) => this.ports.transmit(to as ServerId, message, atMs));
    this.clients.set(name, { name, client, links, timers: new TimerTable() });
    this.step(name, { kind: 'start' });
  }

  /** Returns the callId the client gave the call. */
  op(name: ClientName, op: UserOp): number {
    this.step(name, { kind: 'user', op });
    return this.clients.get(name)!.client.lastCallId();
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
    if (!c || !c.timers.take(timer, gen)) return;
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

  /** The clients whose socket a killed server's host resets: those attached to it or connecting. */
  socketsOf(server: ServerId): ClientName[] {
    const names: ClientName[] = [];
    for (const c of this.clients.values()) {
      const view = c.client.view();
      if (view.server === server || view.tryingServer === server) names.push(c.name);
    }
    return names;
  }

  /** The network changed, or a retransmission is due (ports.wakeAt): TCP tries again. */
  networkChanged(): void {
    this.wake();
  }

  wake(): void {
    this.wakeAtMs = Infinity;
    const nowMs = this.ports.nowMs();
    for (const c of this.clients.values()) c.links.pump(nowMs);
    this.armWakeup();
  }

  private armWakeup(): void {
    let next = Infinity;
    for (const c of this.clients.values()) next = Math.min(next, c.links.nextWakeupMs());
    if (next < this.wakeAtMs) {
      this.wakeAtMs = next;
      this.ports.wakeAt(next);
    }
  }

  private step(name: ClientName, input: ClientInput): void {
    const c = this.clients.get(name);
    if (!c) throw new RefusedError({ why: 'no-client', client: name });
    const nowMs = this.ports.nowMs();
    this.version++;
    for (const out of c.client.step(input, nowMs)) {
      switch (out.kind) {
        case 'send':
          c.links.send(out.to, 0, out.message, false, nowMs);
          if (c.links.holdsAny) this.armWakeup();
          break;
        case 'set-timer':
          this.ports.setTimer(out.atMs, c.name, out.name, c.timers.arm(out.name));
          break;
        case 'cancel-timer':
          c.timers.cancel(out.name);
          break;
        case 'event':
          this.ports.clientEvent(nowMs, out.event);
          break;
      }
    }
  }
}
