import type { ClientName, ClientReplyMessage, ClientRequestMessage, CoreEvent, DurableState, DurableWrite, ServerConfig, ServerId, ServerView, ZnodeData } from '../core/types.ts';
import type { RuntimeFailure, StorageUnavailable, TimelineRecord } from '../host/records.ts';
import type { ResetSegment, Segment } from '../host/serverHost.ts';
import type { NetworkState } from '../net/network.ts';
import type { ClockState } from './simClock.ts';

// Everything that crosses a context boundary: supervisor ↔ worker (postMessage, low rate) and
// worker → switch → worker (BroadcastChannel, one channel per server). Plain structured-clone data only.

/** Channel and database names carry the tab's cluster id, so two open tabs never merge. */
/**
 * A server's channel to the switch, both ways: exactly two objects ever hold it, the server's and the
 * switch's, and a BroadcastChannel never delivers a post to the object that made it, so each post
 * reaches the other end alone.
 */
export function switchChannelName(cluster: string, id: ServerId): string {
  return `zk:${cluster}:switch~${id}`;
}

export function databaseName(cluster: string, id: ServerId): string {
  return `zk:${cluster}:${id}`;
}

// ------------------------------------------------------------------ supervisor → worker

/** Where a server's disk is: IndexedDB, or the supervisor's memory (what it holds so far). */
export type DiskPlace = { kind: 'indexeddb' } | { kind: 'memory'; durable: DurableState };

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
  disk: DiskPlace;
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
  | { type: 'animate'; on: boolean }
  /** The supervisor holds the in-memory disk's batches up to this one. */
  | { type: 'persisted'; batch: number };

// ------------------------------------------------------------------ worker → switch → worker

export interface WireMessage {
  /** Per (sender, receiver) sequence number, to count transport reorders. */
  seq: number;
  sentSimMs: number;
  /** The receiver holds the message until its simulated clock reaches this. */
  deliverAtSimMs: number;
  message: Exclude<Segment, ClientReplyMessage>;
}

/** Everything one sender had for one receiver in one flush. */
export interface WireBatch {
  from: ServerId;
  messages: WireMessage[];
}

// Posts cross the channels as JSON text, built and read once per hop: the browser then copies one
// string instead of walking an object graph (measured at 101 servers: postMessage's share of a
// worker's busy time fell from 48% to 28%). Every wire message is plain JSON data.

/** A batch's text, as a sender hands it to the switch. */
export function encodeWireBatch(batch: WireBatch): string {
  return JSON.stringify(batch);
}

/**
 * A server's post to the switch: [receiver, batch text, receiver, batch text, …], one entry per
 * receiver it had messages for. An array of numbers and strings: the switch routes it without
 * parsing the batches.
 */
export type SwitchPost = (ServerId | string)[];

/** The (receiver, batch text) entries of a post to the switch, or null when it is not one. */
export function decodeSwitchPost(data: unknown): [ServerId, string][] | null {
  if (!Array.isArray(data) || data.length % 2 !== 0) return null;
  const entries: [ServerId, string][] = [];
  for (let i = 0; i < data.length; i += 2) {
    const to: unknown = data[i];
    const text: unknown = data[i + 1];
    if (typeof to !== 'number' || typeof text !== 'string') return null;
    entries.push([to, text]);
  }
  return entries;
}

/** What the switch posts to a receiver: the batch texts it holds for it, as one JSON array. */
export function encodeDelivery(batchTexts: readonly string[]): string {
  return `[${batchTexts.join(',')}]`;
}

/** The batches a delivery from the switch carried, or null when it is not one (not JSON, or misshapen). */
export function decodeDelivery(data: unknown): WireBatch[] | null {
  if (typeof data !== 'string') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || !parsed.every(isWireBatch)) return null;
  return parsed;
}

function isWireBatch(value: unknown): value is WireBatch {
  const batch = value as Partial<WireBatch> | null;
  return typeof batch === 'object' && batch !== null && typeof batch.from === 'number' && Array.isArray(batch.messages);
}

// ------------------------------------------------------------------ supervisor ↔ switch

/** The switch's one command: the cluster and the servers it connects. */
export interface SwitchInit {
  type: 'switch-init';
  cluster: string;
  ids: ServerId[];
}

/** The switch has its end of every server's channel registered. */
export interface SwitchReady {
  type: 'switch-ready';
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
  | { type: 'fatal'; id: ServerId; failure: RuntimeFailure }
  /** A batch of writes for the in-memory disk the supervisor keeps; it answers 'persisted'. */
  | { type: 'persist'; id: ServerId; batch: number; writes: DurableWrite[] }
  /** IndexedDB would not serve this worker: its disk moves to the supervisor's memory, empty. */
  | { type: 'disk-fallback'; id: ServerId; why: StorageUnavailable };
