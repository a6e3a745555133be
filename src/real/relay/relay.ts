import net from 'node:net';
import { LinkTiming } from './delay.ts';
import { LinkRules } from './linkRules.ts';
import { RelayConnection } from './relayConnection.ts';
import { ReleaseTally } from './releaseTally.ts';
import { relayPorts, serverPorts, type PortPlan } from '../portPlan.ts';
import type { Channel, DirectedLink, DirectedLinkHooks } from './directedLink.ts';
import type { HeldItem } from './holdQueue.ts';
import type { BridgeClock, LinkActivity, RecordSink, RelayControl } from '../contract.ts';
import type { ServerId } from '../../core/types.ts';
import type { MessageType } from '../../driver/messageLog.ts';
import type { MessageFlight } from '../../driver/types.ts';
import type { LinkRef } from '../../net/network.ts';

// The TCP relay on every directed server pair (real-zookeeper.md, Faults): it listens on the
// relay ports of the plan, forwards each connection to the real server, and enforces cuts,
// partitions, delay, loss-as-delay and host crashes at delivery. It also decodes the traffic it
// carries into message flights for the page, without changing a byte of it (except the address in
// an election connection's initial message, which must point at the relay: pitfall 1).

export interface RelayOptions {
  plan: PortPlan;
  clock: BridgeClock;
  sink: RecordSink;
  syncLimitMs: number;
  onMessage?: (message: MessageFlight) => void;
}

export function createRelay(options: RelayOptions): RelayControl {
  return new Relay(options);
}

class Relay implements RelayControl {
  private readonly rules = new LinkRules();
  private readonly timing = new LinkTiming();
  private readonly servers: net.Server[] = [];
  private readonly connections = new Set<RelayConnection>();
  private readonly lastDeliveredMs = new Map<string, number>();
  private releasing: ReleaseTally | null = null;
  private readonly hooks: DirectedLinkHooks;
  private readonly ids: Set<ServerId>;

  constructor(private readonly options: RelayOptions) {
    this.ids = new Set(options.plan.servers.map((s) => s.id));
    this.hooks = {
      nowMs: () => options.clock.nowMs(),
      mayDeliver: (from, to) => this.rules.mayDeliver(from, to),
      waitMs: (from, to) => this.timing.waitMs(from, to),
      delivered: (link, item, nowMs) => this.delivered(link, item, nowMs),
    };
  }

  async start(): Promise<void> {
    try {
      for (const relay of this.options.plan.relays) {
        await this.listen(relay.from, relay.to, 'quorum', relay.quorumPort);
        await this.listen(relay.from, relay.to, 'election', relay.electionPort);
      }
    } catch (error) {
      await this.stop();
      throw error;
    }
  }

  async stop(): Promise<void> {
    for (const connection of [...this.connections]) connection.destroy();
    const closing = this.servers
      .splice(0)
      .map((server) => new Promise<void>((resolve) => server.close(() => resolve())));
    await Promise.all(closing);
  }

  cut(link: LinkRef): void {
    this.checkLink(link);
    this.rules.cut(link);
    this.rulesChanged();
  }

  restore(link: LinkRef): void {
    this.checkLink(link);
    this.rules.restore(link);
    this.healed();
  }

  setPartition(groups: ServerId[][] | null): void {
    if (groups) this.checkGroups(groups);
    this.rules.setPartition(groups);
    if (groups) this.rulesChanged();
    else this.healed();
  }

  setDelay(link: LinkRef | null, latencyMs: number, jitterMs: number): void {
    if (link) this.checkLink(link);
    checkMs('latencyMs', latencyMs);
    checkMs('jitterMs', jitterMs);
    this.timing.setDelay(link, latencyMs, jitterMs);
  }

  setDrop(link: LinkRef | null, percent: number): void {
    if (link) this.checkLink(link);
    if (!Number.isFinite(percent) || percent < 0 || percent > 100)
      throw new RangeError(`drop percent ${percent} must lie within 0…100`);
    this.timing.setDrop(link, percent);
  }

  silence(id: ServerId): void {
    this.checkServer(id);
    this.rules.silence(id);
    this.rulesChanged();
  }

  unsilence(id: ServerId): void {
    this.checkServer(id);
    for (const connection of [...this.connections]) {
      if (connection.from === id || connection.to === id) connection.destroy();
    }
    this.rules.unsilence(id);
    this.rulesChanged();
  }

  links(): LinkActivity[] {
    return this.options.plan.relays.map(({ from, to }) => ({
      from,
      to,
      lastDeliveredMs: this.lastDeliveredMs.get(`${from}>${to}`) ?? null,
      open: this.quorumLinks(from, to).some((link) => link.attached && !link.closeDelivered),
      heldBytes: this.directedLinks(from, to).reduce((sum, link) => sum + link.heldBytes, 0),
    }));
  }

  private listen(from: ServerId, to: ServerId, channel: Channel, port: number): Promise<void> {
    const upstream = serverPorts(this.options.plan, to);
    const announceAddress =
      channel === 'election' ? `127.0.0.1:${relayPorts(this.options.plan, to, from).electionPort}` : null;
    const server = net.createServer({ allowHalfOpen: true }, (socket) => {
      const connection = new RelayConnection(socket, {
        from,
        to,
        channel,
        upstreamPort: channel === 'quorum' ? upstream.quorumPort : upstream.electionPort,
        announceAddress,
        hooks: this.hooks,
        finished: (done) => this.connections.delete(done),
      });
      this.connections.add(connection);
    });
    this.servers.push(server);
    return new Promise((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(new Error(`the relay cannot listen on 127.0.0.1:${port} (${error.code ?? error.message})`)),
      );
      server.listen(port, '127.0.0.1', () => {
        server.removeAllListeners('error');
        // An accept failure after start must not take the bridge down; the dialer retries.
        server.on('error', () => undefined);
        resolve();
      });
    });
  }

  private delivered(link: DirectedLink, item: HeldItem, nowMs: number): void {
    const flight = (type: MessageType): void =>
      this.options.onMessage?.({ from: link.from, to: link.to, type, sentMs: item.readMs, deliverMs: nowMs });
    if (item.kind === 'bytes') {
      if (link.channel === 'quorum') this.lastDeliveredMs.set(`${link.from}>${link.to}`, nowMs);
      item.messages.forEach(flight);
    } else {
      flight(item.reset ? 'rst' : 'close');
    }
    if (item.held) this.releasing?.add(link.from, link.to, item.readMs);
  }

  /** A direction came back: what it held leaves now, and each sender's release is recorded. */
  private healed(): void {
    this.releasing = new ReleaseTally();
    this.rulesChanged();
    const tally = this.releasing;
    this.releasing = null;
    const nowMs = this.options.clock.nowMs();
    for (const record of tally.records(nowMs, this.options.syncLimitMs)) this.options.sink(record);
  }

  private rulesChanged(): void {
    for (const connection of [...this.connections]) connection.rulesChanged();
  }

  private directedLinks(from: ServerId, to: ServerId): DirectedLink[] {
    const out: DirectedLink[] = [];
    for (const c of this.connections) {
      for (const link of [c.forward, c.backward]) if (link.from === from && link.to === to) out.push(link);
    }
    return out;
  }

  private quorumLinks(from: ServerId, to: ServerId): DirectedLink[] {
    return this.directedLinks(from, to).filter((link) => link.channel === 'quorum');
  }

  private checkServer(id: ServerId): void {
    if (!this.ids.has(id)) throw new RangeError(`server ${id} is not in the ensemble`);
  }

  private checkLink(link: LinkRef): void {
    if (link.from === link.to)
      throw new RangeError(`a link joins two different servers, not ${link.from} to itself`);
    relayPorts(this.options.plan, link.from, link.to);
  }

  private checkGroups(groups: ServerId[][]): void {
    const seen = new Set<ServerId>();
    for (const id of groups.flat()) {
      this.checkServer(id);
      if (seen.has(id)) throw new RangeError(`server ${id} is in two groups of the partition`);
      seen.add(id);
    }
  }
}

function checkMs(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0 || value > 60_000)
    throw new RangeError(`${name} ${value} must lie within 0…60000 ms`);
}
