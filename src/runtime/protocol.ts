import type { ClientName, ClientReplyMessage, ClientRequestMessage, CoreEvent, ServerConfig, ServerId, ServerView, ZnodeData } from '../core/types.ts';
import type { RuntimeFailure, TimelineRecord } from '../host/records.ts';
import type { ResetSegment, Segment } from '../host/serverHost.ts';
import type { NetworkState } from '../net/network.ts';
import type { ClockState } from './simClock.ts';

// Everything that crosses a context boundary: supervisor ↔ worker (postMessage, low rate) and
// worker → worker (the receiver's inbox BroadcastChannel). Plain structured-clone data only.

/** Channel and database names carry the tab's cluster id, so two open tabs never merge. */
/** The channel one server sends to one peer on: exactly two objects ever hold it, one at each end. */
export function pairChannelName(cluster: string, from: ServerId, to: ServerId): string {
  return `zk:${cluster}:${from}>${to}`;
}

export function databaseName(cluster: string, id: ServerId): string {
  return `zk:${cluster}:${id}`;
}

// ------------------------------------------------------------------ supervisor → worker

export interface InitCommand {
  type: 'init';
  cluster: string;
  config: ServerConfig;
  /** Seeds this incarnation's core and its network model (jitter, drop). */
  seed: number;
  clock: ClockState;
  network: NetworkState;
  /** A new process of a server that ran before: its host records the restart. */
  restarted: boolean;
  animate: boolean;
}

export type ToWorker =
  | InitCommand
  /** Start the core (after every worker of a new cluster is loaded, or at once on restart). */
  | { type: 'start' }
  | { type: 'clock'; clock: ClockState }
  | { type: 'network'; network: NetworkState }
  /** A peer came back as a new process: its old connections' delivery order no longer applies. */
  | { type: 'peer-restarted'; peer: ServerId }
  | { type: 'pause' }
  | { type: 'resume' }
  /** The process is killed; the worker stays as its host, which resets the connections: the peers' and these clients'. */
  | { type: 'kill'; clients: ClientName[] }
  /** A new process in the same host, from the disk (a live one is killed first, resetting these clients). */
  | { type: 'restart'; clients: ClientName[] }
  | { type: 'client-request'; message: ClientRequestMessage; deliverAtSimMs: number }
  | { type: 'animate'; on: boolean };

// ------------------------------------------------------------------ worker → worker

export interface WireMessage {
  /** Per (sender, receiver) sequence number, to count transport reorders. */
  seq: number;
  sentSimMs: number;
  /** The receiver holds the message until its simulated clock reaches this. */
  deliverAtSimMs: number;
  message: Exclude<Segment, ClientReplyMessage>;
}

/** One post on the receiver's inbox: everything a sender had for it in one macrotask. */
export interface WireBatch {
  from: ServerId;
  messages: WireMessage[];
}

// ------------------------------------------------------------------ worker → supervisor

export interface SnapshotWire {
  view: ServerView;
  /** Simulated time the view was taken at. */
  atMs: number;
  /** User znodes; absent when unchanged since the previous snapshot. */
  tree?: ZnodeData[];
}

export interface TimedEvent {
  t: number;
  event: CoreEvent;
}

export interface FlightWire {
  to: ServerId;
  type: string;
  sentMs: number;
  deliverMs: number;
}

/** A segment for a client: a reply, or a killed process's host resetting the socket. */
export interface ReplyWire {
  client: ClientName;
  message: ClientReplyMessage | ResetSegment;
  deliverAtSimMs: number;
}

export interface TransportCounters {
  sent: number;
  lost: number;
  received: number;
  /** Messages that arrived out of per-sender order (expected 0: BroadcastChannel keeps FIFO). */
  reordered: number;
}

export interface TelemetryMessage {
  type: 'telemetry';
  id: ServerId;
  snapshot?: SnapshotWire;
  events: TimedEvent[];
  /** Timeline records of the host itself (a restart), not rendered from a core event. */
  records: TimelineRecord[];
  flights: FlightWire[];
  replies: ReplyWire[];
  /** Delivery lag histogram as [bucket, count, …] pairs (see lagHistogram.ts). */
  lag: number[];
  counters?: TransportCounters;
}

export type FromWorker =
  | { type: 'ready'; id: ServerId; acceptedEpoch: number; currentEpoch: number; loggedTxns: number; hasSnapshot: boolean }
  | TelemetryMessage
  | { type: 'fatal'; id: ServerId; failure: RuntimeFailure };
