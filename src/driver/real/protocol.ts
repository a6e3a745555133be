import type { ClientView, UserOp } from '../../core/client.ts';
import type { ServerId } from '../../core/types.ts';
import type { RealRecord } from '../../host/observedRecords.ts';
import type { TimelineRecord } from '../../host/records.ts';
import type { ActiveFault, LinkRef } from '../../net/network.ts';
import type { InvariantStatus, LinkState, MessageFlight, NodeSnapshot } from '../types.ts';

// The wire between the page's `real` driver and the local bridge (`npm run real`), which runs real
// Apache ZooKeeper servers and observes them. JSON text frames over one WebSocket on 127.0.0.1.
// The bridge owns every observation (polls, log lines, the relay's view of the quorum traffic) and
// sends the page a picture in the driver's own vocabulary, so the page needs no ZooKeeper knowledge.
// Both sides check what they receive (parseCommand on the bridge, parseBridgeMessage on the page):
// a bad frame gets a clear error and changes nothing.

export const BRIDGE_PROTOCOL = 1;

/** Where a timeline entry came from on a real ensemble (the page shows it beside the entry). */
export type EntrySource =
  /** A server's own log line (timestamps from the log, so "when" is the server's word). */
  | 'log'
  /** The bridge's per-server `srvr`/`mntr` polls, or the epoch files: a state seen, at poll time. */
  | 'poll'
  /** The TCP relay between servers: bytes seen, held or released on a link. */
  | 'relay'
  /** Something a person (or a script) did through the bridge. */
  | 'user'
  /** A real ZooKeeper client session the bridge runs for the page (its library's states and answers). */
  | 'client'
  /** The simulator's model (compare mode, a model run beside the real one). */
  | 'model';

/** A timeline record as the bridge observed it. Times are bridge ms (see BridgeTime). */
export type ObservedRecord = (TimelineRecord | RealRecord) & { source: EntrySource };

/**
 * Bridge time: ms since the bridge started the ensemble, on the bridge's monotonic clock. Every
 * `t`, `atMs`, `lastHeardMs` the bridge sends is in this base; the page extrapolates it at 1×.
 */
export type BridgeTime = number;

export interface EnsembleInfo {
  /** As `srvr` reports it, e.g. "3.8.0-...": null until a server answered. */
  zookeeperVersion: string | null;
  voters: ServerId[];
  observers: ServerId[];
  tickTimeMs: number;
  initLimitTicks: number;
  syncLimitTicks: number;
  minSessionTimeoutMs: number;
  maxSessionTimeoutMs: number;
}

/** How well the bridge sees the servers: the real driver's stand-in for the simulator's delivery lag. */
export interface ObservationHealth {
  servers: Array<{
    id: ServerId;
    /** When this server's last poll answered (bridge ms); null before any answer. */
    lastAnswerMs: BridgeTime | null;
    /** That poll's round trip, ms. */
    roundTripMs: number | null;
    /** The last poll timed out while the process runs and is not stopped by us: `unresponsive`. */
    answering: boolean;
  }>;
  /** Polls per second the bridge aims at, per server. */
  pollHz: number;
  /** True when some observation is older than it should be (a poll loop stalled, a log not read). */
  behind: boolean;
}

export interface ObservedSnapshot {
  timeMs: BridgeTime;
  /**
   * One per server. Fields a real server does not tell are null (see NodeSnapshot). `status` adds
   * 'unresponsive': the process runs and was not stopped by us, but its polls time out.
   */
  nodes: NodeSnapshot[];
  clients: ClientView[];
  faults: ActiveFault[];
  links: LinkState;
  invariants: InvariantStatus;
  observation: ObservationHealth;
}

/** What the page asks the bridge to do: a fixed set, arguments checked by parseCommand. */
export type BridgeCommand =
  /** A host crash: the server's links go silent (peers notice by timeout), then SIGKILL, FINs held. */
  | { type: 'crash'; server: ServerId }
  /** kill -9: the kernel closes its sockets, peers notice at once. */
  | { type: 'kill'; server: ServerId }
  /** SIGSTOP / SIGCONT. */
  | { type: 'pause'; server: ServerId }
  | { type: 'resume'; server: ServerId }
  /** Start a stopped server again with the same config and data dir. */
  | { type: 'restart'; server: ServerId }
  /** Cut every link to and from the server (a partition of one). */
  | { type: 'isolate'; server: ServerId }
  | { type: 'cut'; from: ServerId; to: ServerId; both: boolean }
  | { type: 'restore'; from: ServerId; to: ServerId; both: boolean }
  | { type: 'partition'; groups: ServerId[][] }
  | { type: 'heal-fault'; faultId: string }
  | { type: 'heal-all' }
  /** Constant delay (and jitter) on every link, or on one directed link. */
  | { type: 'delay'; latencyMs: number; jitterMs: number; link: LinkRef | null }
  /** "Drop" on TCP is retransmission delay: the relay holds a share of segments for an RTO. */
  | { type: 'drop'; percent: number; link: LinkRef | null }
  /** SIGSTOP / SIGCONT of every server: not a freeze of time (their read timeouts fire on resume). */
  | { type: 'pause-all'; paused: boolean }
  | { type: 'connect-client'; name: string; server: ServerId; timeoutMs: number }
  | { type: 'client-op'; name: string; callId: number; op: UserOp }
  | { type: 'disconnect-client'; name: string };

export type BridgeCommandType = BridgeCommand['type'];

/** Every command travels with a sequence number; its answer carries it back. */
export interface CommandFrame {
  seq: number;
  command: BridgeCommand;
}

/** Why the bridge did not do something, as data (the page words it per language). */
export type BridgeRefusal =
  | { code: 'bad-frame'; detail: string }
  | { code: 'unknown-command'; type: string }
  | { code: 'bad-argument'; field: string; detail: string }
  | { code: 'unknown-server'; server: number }
  | { code: 'not-now'; detail: string }
  | { code: 'failed'; detail: string };

export type BridgeMessage =
  | { type: 'welcome'; protocol: typeof BRIDGE_PROTOCOL; ensemble: EnsembleInfo; timeMs: BridgeTime }
  /** At most every 50 ms: the picture now, and what happened since the previous update. */
  | { type: 'update'; snapshot: ObservedSnapshot; events: ObservedRecord[]; messages: MessageFlight[] }
  | { type: 'answer'; seq: number; ok: true }
  | { type: 'answer'; seq: number; ok: false; refusal: BridgeRefusal }
  /** A frame the bridge could not read at all (no seq to answer). */
  | { type: 'error'; refusal: BridgeRefusal }
  /** The bridge is stopping its servers (Ctrl-C); the page says so and stops asking. */
  | { type: 'closing' };

/**
 * The WebSocket close code with which the bridge turns away a page whose token (or Origin) it does
 * not accept, after the upgrade: the page then says "token refused" rather than "unreachable" (a
 * refused upgrade looks to a browser like a bridge that is not there). 1008 (policy) means the same.
 */
export const BRIDGE_CLOSE_REFUSED = 4401;
