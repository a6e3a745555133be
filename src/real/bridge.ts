import type { WebSocket } from 'ws';
import { createPrng } from '../core/prng.ts';
import type { ServerId, ZnodeData } from '../core/types.ts';
import { LiveInvariantMonitor } from '../driver/liveInvariants.ts';
import { linkStateOf } from '../driver/linkState.ts';
import type {
  BridgeCommand,
  BridgeMessage,
  BridgeRefusal,
  EnsembleInfo,
  ObservedRecord,
  ObservedSnapshot,
} from '../driver/real/protocol.ts';
import { BRIDGE_PROTOCOL } from '../driver/real/protocol.ts';
import type { MessageFlight, NodeSnapshot } from '../driver/types.ts';
import type { UnstampedAction } from '../host/actionRecords.ts';
import { NetworkModel } from '../net/network.ts';
import { parseCommandFrame } from './commands.ts';
import type { BridgeClock, ClientControl, EnsembleControl, RelayControl } from './contract.ts';
import { applyNetwork, type AppliedNetwork } from './applyNetwork.ts';
import { indexLinks, watchesOf } from './watches.ts';

// The bridge proper: it turns the page's commands into signals, relay settings and client calls,
// and sends every page the ensemble as observed, at most every UPDATE_INTERVAL_MS. The fault book
// is the simulator's own NetworkModel (src/net), used only for its bookkeeping: the same cuts,
// partitions, ids and heal rules as the model, pushed to the relay after every change.

export const UPDATE_INTERVAL_MS = 50;
/** Records kept for a page that connects later, so its log does not start empty. */
const BACKLOG_RECORDS = 2000;
/** Flights kept between updates; at scale only a sample is drawn anyway. */
const MAX_FLIGHTS_PER_UPDATE = 400;

export interface BridgeParts {
  clock: BridgeClock;
  ensemble: EnsembleControl;
  relay: RelayControl;
  clients: ClientControl;
  info: EnsembleInfo;
  /** Sees every record, the parts' and the bridge's own (the script runner keeps them all). */
  onRecord?: (record: ObservedRecord) => void;
}

class NotNow extends Error {
  constructor(readonly refusal: BridgeRefusal) {
    super(refusal.code);
  }
}

const notNow = (detail: string): never => {
  throw new NotNow({ code: 'not-now', detail });
};

export class Bridge {
  private readonly network = new NetworkModel(createPrng(1), { latencyMs: 0, jitterMs: 0 });
  private applied: AppliedNetwork = { cuts: new Set(), partition: null, delays: new Map(), drops: new Map() };
  private readonly sockets = new Set<WebSocket>();
  private readonly monitor = new LiveInvariantMonitor();
  private readonly treeZxids = new Map<ServerId, number>();
  private readonly backlog: ObservedRecord[] = [];
  private pending: ObservedRecord[] = [];
  private flights: MessageFlight[] = [];
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly ids: ReadonlySet<ServerId>;

  constructor(private readonly parts: BridgeParts) {
    this.ids = new Set([...parts.info.voters, ...parts.info.observers]);
  }

  /** The sink every part reports its records to. */
  readonly record = (record: ObservedRecord): void => {
    if (record.kind === 'leader-elected') this.monitor.onCoreEvent(record);
    this.parts.onRecord?.(record);
    this.pending.push(record);
    this.backlog.push(record);
    if (this.backlog.length > BACKLOG_RECORDS) this.backlog.splice(0, this.backlog.length - BACKLOG_RECORDS);
  };

  /** The relay's decoded packets. */
  readonly flight = (message: MessageFlight): void => {
    if (this.flights.length < MAX_FLIGHTS_PER_UPDATE) this.flights.push(message);
  };

  start(): void {
    this.timer ??= setInterval(() => this.broadcast(), UPDATE_INTERVAL_MS);
  }

  /** Tells every page the bridge is stopping, and stops sending. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const socket of this.sockets) this.send(socket, { type: 'closing' });
  }

  attach(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => this.sockets.delete(socket));
    socket.on('message', (data, isBinary) => {
      if (isBinary) {
        this.send(socket, {
          type: 'error',
          refusal: { code: 'bad-frame', detail: 'binary frames are not accepted' },
        });
        return;
      }
      void this.onFrame(socket, data.toString());
    });
    this.send(socket, {
      type: 'welcome',
      protocol: BRIDGE_PROTOCOL,
      ensemble: { ...this.parts.info, zookeeperVersion: this.parts.ensemble.zookeeperVersion() },
      timeMs: this.parts.clock.nowMs(),
    });
    this.send(socket, { type: 'update', snapshot: this.snapshot(), events: [...this.backlog], messages: [] });
  }

  private async onFrame(socket: WebSocket, data: string): Promise<void> {
    const parsed = parseCommandFrame(data, this.ids);
    if (!parsed.ok) {
      this.send(
        socket,
        parsed.seq === null
          ? { type: 'error', refusal: parsed.refusal }
          : { type: 'answer', seq: parsed.seq, ok: false, refusal: parsed.refusal },
      );
      return;
    }
    const { seq, command } = parsed.frame;
    try {
      await this.execute(command);
      this.send(socket, { type: 'answer', seq, ok: true });
    } catch (error) {
      const refusal: BridgeRefusal =
        error instanceof NotNow
          ? error.refusal
          : {
              code: 'failed',
              detail: error instanceof Error ? error.message.slice(0, 200) : 'unknown failure',
            };
      this.send(socket, { type: 'answer', seq, ok: false, refusal });
    }
  }

  /** Runs one checked command (also the script runner's entry). Throws a refusal when it cannot be done now. */
  async execute(command: BridgeCommand): Promise<void> {
    const { ensemble, relay, clients } = this.parts;
    switch (command.type) {
      case 'crash':
        this.requireUp(command.server, 'crash');
        this.logAction({
          kind: 'crash',
          node: command.server,
          wasLeading: this.nodeOf(command.server).role === 'leading',
          detection: this.detection(),
        });
        relay.silence(command.server);
        ensemble.kill(command.server);
        return;
      case 'kill':
        this.requireUp(command.server, 'kill');
        this.logAction({ kind: 'kill', node: command.server });
        ensemble.kill(command.server);
        return;
      case 'pause':
        if (this.nodeOf(command.server).status === 'paused')
          notNow(`server ${command.server} is already paused`);
        this.requireUp(command.server, 'pause');
        this.logAction({ kind: 'pause', node: command.server });
        ensemble.pause(command.server);
        return;
      case 'resume':
        if (this.nodeOf(command.server).status !== 'paused') notNow(`server ${command.server} is not paused`);
        this.logAction({ kind: 'resume', node: command.server });
        ensemble.resume(command.server);
        return;
      case 'restart':
        if (this.nodeOf(command.server).status !== 'down')
          notNow(`server ${command.server} is running: kill or crash it first`);
        relay.unsilence(command.server);
        await ensemble.restart(command.server);
        return;
      case 'pause-all':
        for (const node of ensemble.nodes()) {
          if (command.paused && node.status !== 'down' && node.status !== 'paused') ensemble.pause(node.id);
          if (!command.paused && node.status === 'paused') ensemble.resume(node.id);
        }
        return;
      case 'connect-client':
        clients.connect(command.name, command.server, command.timeoutMs);
        return;
      case 'client-op':
        clients.op(command.name, command.callId, command.op);
        return;
      case 'disconnect-client':
        clients.disconnect(command.name);
        return;
      default:
        this.changeNetwork(command);
    }
  }

  private changeNetwork(
    command: Exclude<
      BridgeCommand,
      {
        type:
          | 'crash'
          | 'kill'
          | 'pause'
          | 'resume'
          | 'restart'
          | 'pause-all'
          | 'connect-client'
          | 'client-op'
          | 'disconnect-client';
      }
    >,
  ): void {
    const network = this.network;
    const ids = [...this.ids];
    switch (command.type) {
      case 'isolate':
        network.isolate(command.server, ids);
        this.logAction({ kind: 'isolate', node: command.server });
        break;
      case 'cut':
        if (command.both) network.cutBoth(command.from, command.to);
        else network.cut(command.from, command.to);
        this.logAction({
          kind: 'cut',
          node: command.from,
          link: { from: command.from, to: command.to },
          both: command.both,
        });
        break;
      case 'restore':
        network.restore(command.from, command.to);
        if (command.both) network.restore(command.to, command.from);
        this.logAction({
          kind: 'restore-link',
          node: command.from,
          link: { from: command.from, to: command.to },
          both: command.both,
        });
        break;
      case 'partition':
        network.partition(command.groups);
        this.logAction({ kind: 'partition', node: null, groups: command.groups });
        break;
      case 'heal-fault': {
        const fault =
          network.activeFaults().find((f) => f.id === command.faultId) ??
          notNow(`no fault "${command.faultId}" is in force`);
        network.healFault(command.faultId);
        this.logAction({ kind: 'heal', node: null, fault });
        break;
      }
      case 'heal-all':
        network.healAll();
        this.logAction({ kind: 'heal', node: null, fault: null });
        break;
      case 'delay':
        network.setDelay(command.latencyMs, command.jitterMs, command.link ?? undefined);
        this.logAction({
          kind: 'delay',
          node: command.link?.from ?? null,
          latencyMs: command.latencyMs,
          jitterMs: command.jitterMs,
          link: command.link,
        });
        break;
      case 'drop':
        network.setDrop(command.percent / 100, command.link ?? undefined);
        this.logAction({
          kind: 'drop',
          node: command.link?.from ?? null,
          ratePercent: command.percent,
          link: command.link,
        });
        break;
    }
    this.applied = applyNetwork(network.toJSON(), this.applied, this.parts.relay);
  }

  private requireUp(id: ServerId, what: string): void {
    if (this.nodeOf(id).status === 'down') notNow(`server ${id} is already down: nothing to ${what}`);
  }

  private nodeOf(id: ServerId): NodeSnapshot {
    return (
      this.parts.ensemble.nodes().find((node) => node.id === id) ?? notNow(`server ${id} is not observed yet`)
    );
  }

  private detection() {
    const { syncLimitTicks, tickTimeMs } = this.parts.info;
    return {
      detector: 'zookeeper' as const,
      limit: { name: 'syncLimit' as const, ticks: syncLimitTicks, tickTimeMs },
    };
  }

  private logAction(action: UnstampedAction): void {
    this.record({ ...action, t: this.parts.clock.nowMs(), source: 'user' } as ObservedRecord);
  }

  /** The ensemble as observed now: polls and logs, the relay's link ages, the clients' trees. */
  snapshot(): ObservedSnapshot {
    const { clock, ensemble, relay, clients, info } = this.parts;
    const timeMs = clock.nowMs();
    const observed = ensemble.nodes();
    const links = indexLinks(relay.links());
    const limitMs = info.syncLimitTicks * info.tickTimeMs;
    const nodes = observed.map((node) => {
      const walk = clients.tree(node.id);
      const tree: ZnodeData[] = walk?.tree ?? node.tree;
      if (walk && this.treeZxids.get(node.id) !== walk.zxid) {
        this.treeZxids.set(node.id, walk.zxid);
        this.monitor.onTree(
          node.id,
          { ...node, lastCommittedZxid: walk.zxid } as Parameters<LiveInvariantMonitor['onTree']>[1],
          walk.tree,
        );
      }
      return { ...node, watches: watchesOf(node, observed, links, timeMs, limitMs), tree };
    });
    return {
      timeMs,
      nodes,
      clients: clients.clients(),
      faults: this.network.activeFaults(),
      links: linkStateOf(this.network.toJSON()),
      invariants: this.monitor.current(),
      observation: ensemble.observation(),
    };
  }

  private broadcast(): void {
    const events = this.pending;
    const messages = this.flights;
    this.pending = [];
    this.flights = [];
    if (this.sockets.size === 0) return;
    const update: BridgeMessage = { type: 'update', snapshot: this.snapshot(), events, messages };
    const text = JSON.stringify(update);
    for (const socket of this.sockets) if (socket.readyState === socket.OPEN) socket.send(text);
  }

  private send(socket: WebSocket, message: BridgeMessage): void {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  }
}
