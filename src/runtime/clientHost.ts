import type { ClientTimerName, ClientView, UserOp } from '../core/client.ts';
import type { Prng } from '../core/prng.ts';
import type { ClientName, ClientReplyMessage, ClientRequestMessage, ServerId } from '../core/types.ts';
import { ClientHub } from '../host/clientHub.ts';
import { clientEventRecord, type TimelineRecord } from '../host/records.ts';
import type { ResetSegment } from '../host/serverHost.ts';
import type { NetworkModel } from '../net/network.ts';
import type { ClockState } from './simClock.ts';
import { SimScheduler, type TimerApi } from './simScheduler.ts';

// ZooKeeper client sessions, hosted on the main thread by the supervisor through the shared client
// kernel (src/host/clientHub.ts), which the simulator runs too. They are few and slow (a ping every
// third of the session timeout), so they talk to the servers through the workers' postMessage
// rather than through inbox channels.

export type { TimelineRecord } from '../host/records.ts';

type ClientItem =
  | { k: 'timer'; client: ClientName; name: ClientTimerName; gen: number }
  | { k: 'tcp' }
  | { k: 'segment'; client: ClientName; from: ServerId; message: ClientReplyMessage | ResetSegment; deliverAtSimMs: number };

export interface ClientRouter {
  /** Hands a request to server `to`'s worker, to be delivered at its delivery time. */
  route(to: ServerId, message: ClientRequestMessage, deliverAtSimMs: number): void;
  record(record: TimelineRecord): void;
  lagSample(lagRealMs: number): void;
}

export class ClientHost {
  private readonly sched: SimScheduler<ClientItem>;
  private readonly hub: ClientHub;
  private readonly router: ClientRouter;
  private lastNowMs = 0;

  constructor(timers: TimerApi, clock: ClockState, network: NetworkModel, router: ClientRouter) {
    this.sched = new SimScheduler(timers, clock, (item) => this.onDue(item));
    this.router = router;
    this.hub = new ClientHub(
      {
        nowMs: () => this.nowMs(),
        setTimer: (atMs, client, name, gen) => this.sched.add(atMs, { k: 'timer', client, name, gen }),
        wakeAt: (atMs) => this.sched.add(atMs, { k: 'tcp' }),
        transmit: (to, message, atMs) => router.route(to, message, atMs),
        clientEvent: (t, event) => router.record(clientEventRecord(t, event)),
      },
      network,
    );
  }

  /** Bumped on every client step, so a reader can tell cheaply whether views changed. */
  get version(): number {
    return this.hub.version;
  }

  setClock(clock: ClockState): void {
    this.sched.setClock(clock);
  }

  has(name: ClientName): boolean {
    return this.hub.has(name);
  }

  connect(name: ClientName, servers: readonly ServerId[], firstServer: ServerId, timeoutMs: number, prng: Prng): void {
    this.hub.connect(name, servers, firstServer, timeoutMs, prng);
  }

  op(name: ClientName, op: UserOp): void {
    this.hub.op(name, op);
  }

  vanish(name: ClientName): void {
    this.hub.vanish(name);
  }

  networkChanged(): void {
    this.hub.networkChanged();
  }

  /** A segment from a server's worker (a reply or a reset), held until its delivery time. */
  receive(from: ServerId, client: ClientName, message: ClientReplyMessage | ResetSegment, deliverAtSimMs: number): void {
    this.sched.add(deliverAtSimMs, { k: 'segment', client, from, message, deliverAtSimMs });
    if (deliverAtSimMs <= this.sched.nowMs()) this.sched.pump();
  }

  /** The clients a killed server's host resets: attached to it or connecting to it. */
  socketsOf(server: ServerId): ClientName[] {
    return this.hub.socketsOf(server);
  }

  views(): ClientView[] {
    return this.hub.views();
  }

  dispose(): void {
    this.sched.dispose();
    this.hub.clear();
  }

  private nowMs(): number {
    const now = Math.floor(this.sched.nowMs());
    if (now > this.lastNowMs) this.lastNowMs = now;
    return this.lastNowMs;
  }

  private onDue(item: ClientItem): void {
    if (item.k === 'timer') {
      this.hub.timerDue(item.client, item.name, item.gen);
      return;
    }
    if (item.k === 'tcp') {
      this.hub.wake();
      return;
    }
    this.router.lagSample(Math.max(0, this.sched.nowMs() - item.deliverAtSimMs) / this.sched.clock.speed);
    if (item.message.type === 'rst') this.hub.connectionReset(item.client, item.from);
    else this.hub.receiveReply(item.from, item.message);
  }
}
