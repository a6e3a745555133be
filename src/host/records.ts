import type { ClientEvent } from '../core/clientEvents.ts';
import type { CoreEvent } from '../core/events.ts';
import type { ClientName, DurableState, ServerId } from '../core/types.ts';
import type { ActionRecord, ScriptRecord } from './actionRecords.ts';
import type { BridgeRecord, RealRecord } from './observedRecords.ts';

// One line of the timeline, in every host and driver: a server's or client's event, something a
// host did (a restart, held packets delivered), or something a person or script did. The UI, the
// CLI and the tests read these fields; src/narrate renders them in words, per language.

/** 'unresponsive' (real ensembles only): the process runs and was not stopped by us, but its polls time out. */
export type NodeStatus = 'up' | 'down' | 'paused' | 'unresponsive';
export type DownKind = 'crash' | 'kill';

/** What every record has: when, and which server and client it concerns. */
export interface RecordBase {
  t: number;
  node: ServerId | null;
  client?: ClientName;
  /** Other servers it concerns, for highlighting them beside it. */
  peers?: ServerId[];
}

/** Why a server's runtime stopped it (ZooKeeper exits on a failed fsync); `error` is the thrown error. */
export type RuntimeFailure = { cause: 'log-write' | 'disk-load' | 'worker'; error: string };

/** Why a host keeps servers' disks in memory: IndexedDB is missing, refused to open, or never answered. */
export type StorageUnavailable = { cause: 'missing' } | { cause: 'refused'; error: string } | { cause: 'no-answer'; waitedMs: number };

export type HostRecord =
  | (RecordBase & { kind: 'restart'; node: ServerId; acceptedEpoch: number; currentEpoch: number; loggedTxns: number; hasSnapshot: boolean })
  /** A link came back and TCP delivered what it held: `heldMs` for the oldest, against syncLimit. */
  | (RecordBase & { kind: 'packets-released'; node: ServerId; peers: ServerId[]; packets: number; heldMs: number; syncLimitMs: number })
  | (RecordBase & { kind: 'runtime-error'; node: ServerId } & RuntimeFailure)
  /** Disks kept in the tab's memory instead: every server's (`node` null) or one server's. */
  | (RecordBase & { kind: 'disk-in-memory' } & StorageUnavailable);

// `client` and `peers` are declared where they are never set, so every record can be asked for them.
export type CoreEventRecord = CoreEvent & { t: number; client?: never };
export type ClientEventRecord = ClientEvent & { t: number; node: ServerId | null; peers?: never };

export type TimelineRecord = CoreEventRecord | ClientEventRecord | HostRecord | ActionRecord | ScriptRecord | RealRecord | BridgeRecord;
export type TimelineKind = TimelineRecord['kind'];
/** The record of one kind. */
export type RecordOf<K extends TimelineKind> = Extract<TimelineRecord, { kind: K }>;

// Records are copied, then stamped: V8 (Node 20) runs a spread followed by more fields
// (`{ ...event, t }`) on a slow path, ten times the cost of a copy. The fields land in the same order.

export function coreEventRecord(t: number, event: CoreEvent): CoreEventRecord {
  const record = Object.assign({}, event) as CoreEventRecord;
  record.t = t;
  return record;
}

export function clientEventRecord(t: number, event: ClientEvent): ClientEventRecord {
  const record = Object.assign({}, event) as ClientEventRecord;
  record.t = t;
  record.node = event.server ?? null;
  return record;
}

/** A new process of server `id` read its disk. */
export function restartRecord(t: number, id: ServerId, durable: DurableState): TimelineRecord {
  return { t, node: id, kind: 'restart', acceptedEpoch: durable.acceptedEpoch, currentEpoch: durable.currentEpoch, loggedTxns: durable.log.length, hasSnapshot: durable.snapshot !== null };
}

export function runtimeErrorRecord(t: number, id: ServerId, failure: RuntimeFailure): TimelineRecord {
  return { t, node: id, kind: 'runtime-error', cause: failure.cause, error: failure.error };
}

export function diskInMemoryRecord(t: number, id: ServerId | null, why: StorageUnavailable): TimelineRecord {
  return { t, node: id, kind: 'disk-in-memory', ...why };
}
