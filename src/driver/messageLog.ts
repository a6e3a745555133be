import type { ServerId } from '../core/types.ts';
import type { MessageSummary } from './messageSummary.ts';

// The record of server-to-server messages for the space-time diagram: a ring of the last
// MESSAGE_LOG_CAPACITY messages in columns of typed arrays (30 bytes a message, plus its small
// contents summary), so an election storm at 101 servers costs a bounded, flat amount of memory
// and no garbage per message beyond the summary. The driver writes it; the store and the UI read it
// through MessageLogView, by sequence number. It is shared rather than copied into every update:
// copying tens of thousands of messages per frame would cost more than drawing them.
//
// Order: messages are recorded as TCP lets them leave, so a packet held by a cut appears when the
// cut heals, with its original sentMs (and the held flag). The simulator records every message;
// the live driver records the flights its workers' telemetry samples, and says so (`sampled`).

/** Messages kept, oldest forgotten first: about 2 MB of columns (30 bytes a message) and a few MB of summaries. */
export const MESSAGE_LOG_CAPACITY = 65_536;

/** Every message type on a server-to-server connection, by its index in the log's type column. */
export const MESSAGE_TYPES = [
  'notification',
  'followerinfo',
  'leaderinfo',
  'ackepoch',
  'diff',
  'trunc',
  'snap',
  'newleader',
  'ack',
  'uptodate',
  'proposal',
  'commit',
  'inform',
  'ping',
  'request',
  'reply',
  'revalidate',
  'close',
  'heartbeat',
  'rst',
  'other',
] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** How the diagram styles a message: ZooKeeper's phases, plus the connection itself. */
export type MessageKind = 'ping' | 'notification' | 'sync' | 'broadcast' | 'client' | 'heartbeat' | 'connection';

const KIND_OF_TYPE: Record<MessageType, MessageKind> = {
  notification: 'notification',
  followerinfo: 'sync',
  leaderinfo: 'sync',
  ackepoch: 'sync',
  diff: 'sync',
  trunc: 'sync',
  snap: 'sync',
  newleader: 'sync',
  uptodate: 'sync',
  ack: 'broadcast',
  proposal: 'broadcast',
  commit: 'broadcast',
  inform: 'broadcast',
  ping: 'ping',
  request: 'client',
  reply: 'client',
  revalidate: 'client',
  heartbeat: 'heartbeat',
  close: 'connection',
  rst: 'connection',
  other: 'connection',
};

const TYPE_INDEX = new Map<string, number>(MESSAGE_TYPES.map((t, i) => [t, i]));
const OTHER_INDEX = MESSAGE_TYPES.indexOf('other');
const HELD = 1;

export function messageTypeIndex(type: string): number {
  return TYPE_INDEX.get(type) ?? OTHER_INDEX;
}

export function messageKindOf(type: string): MessageKind {
  return KIND_OF_TYPE[MESSAGE_TYPES[messageTypeIndex(type)]!];
}

/** One message, as a plain object (for a click, a test or an export; the diagram reads columns). */
export interface LoggedMessage {
  seq: number;
  from: ServerId;
  to: ServerId;
  type: MessageType;
  kind: MessageKind;
  sentMs: number;
  deliveredMs: number;
  held: boolean;
  /** Null where the driver does not see contents (the live driver's sampled flights). */
  summary: MessageSummary | null;
}

/** Read-only access by sequence number: seq runs from firstSeq to total − 1. */
export interface MessageLogView {
  /** True when the log holds a sample of the messages (live driver), not every one. */
  readonly sampled: boolean;
  readonly capacity: number;
  /** Messages recorded since the cluster started, forgotten ones included; grows with every message. */
  readonly total: number;
  /** The oldest sequence number still kept. */
  readonly firstSeq: number;
  fromOf(seq: number): ServerId;
  toOf(seq: number): ServerId;
  typeOf(seq: number): MessageType;
  kindOf(seq: number): MessageKind;
  sentMsOf(seq: number): number;
  deliveredMsOf(seq: number): number;
  /**
   * A clock that never goes back along the log: the latest send time recorded up to this message.
   * No message recorded before `seq` was delivered after recordedMsOf(seq) + maxTransitMs, so a
   * reader of a window of time scans back from the newest only that far.
   */
  recordedMsOf(seq: number): number;
  /** The most any message was delivered after its recordedMs. */
  readonly maxTransitMs: number;
  heldOf(seq: number): boolean;
  summaryOf(seq: number): MessageSummary | null;
  /** The message, or null when forgotten or never recorded. */
  get(seq: number): LoggedMessage | null;
}

export class MessageLog implements MessageLogView {
  readonly sampled: boolean;
  readonly capacity: number;
  private readonly from: Uint16Array;
  private readonly to: Uint16Array;
  private readonly type: Uint8Array;
  private readonly flags: Uint8Array;
  private readonly sent: Float64Array;
  private readonly delivered: Float64Array;
  private readonly recorded: Float64Array;
  private readonly summaries: (MessageSummary | null)[];
  private count = 0;
  private lastRecordedMs = -Infinity;
  private maxTransit = 0;

  constructor(options: { sampled: boolean; capacity?: number }) {
    this.sampled = options.sampled;
    this.capacity = options.capacity ?? MESSAGE_LOG_CAPACITY;
    this.from = new Uint16Array(this.capacity);
    this.to = new Uint16Array(this.capacity);
    this.type = new Uint8Array(this.capacity);
    this.flags = new Uint8Array(this.capacity);
    this.sent = new Float64Array(this.capacity);
    this.delivered = new Float64Array(this.capacity);
    this.recorded = new Float64Array(this.capacity);
    this.summaries = new Array<MessageSummary | null>(this.capacity).fill(null);
  }

  get total(): number {
    return this.count;
  }

  get maxTransitMs(): number {
    return this.maxTransit;
  }

  get firstSeq(): number {
    return Math.max(0, this.count - this.capacity);
  }

  append(from: ServerId, to: ServerId, type: string, sentMs: number, deliveredMs: number, held: boolean, summary: MessageSummary | null): void {
    const i = this.count % this.capacity;
    this.from[i] = from;
    this.to[i] = to;
    this.type[i] = messageTypeIndex(type);
    this.flags[i] = held ? HELD : 0;
    this.sent[i] = sentMs;
    this.delivered[i] = deliveredMs;
    if (sentMs > this.lastRecordedMs) this.lastRecordedMs = sentMs;
    this.recorded[i] = this.lastRecordedMs;
    if (deliveredMs - this.lastRecordedMs > this.maxTransit) this.maxTransit = deliveredMs - this.lastRecordedMs;
    this.summaries[i] = summary;
    this.count++;
  }

  fromOf(seq: number): ServerId {
    return this.from[seq % this.capacity]!;
  }

  toOf(seq: number): ServerId {
    return this.to[seq % this.capacity]!;
  }

  typeOf(seq: number): MessageType {
    return MESSAGE_TYPES[this.type[seq % this.capacity]!]!;
  }

  kindOf(seq: number): MessageKind {
    return KIND_OF_TYPE[this.typeOf(seq)];
  }

  sentMsOf(seq: number): number {
    return this.sent[seq % this.capacity]!;
  }

  deliveredMsOf(seq: number): number {
    return this.delivered[seq % this.capacity]!;
  }

  recordedMsOf(seq: number): number {
    return this.recorded[seq % this.capacity]!;
  }

  heldOf(seq: number): boolean {
    return (this.flags[seq % this.capacity]! & HELD) !== 0;
  }

  summaryOf(seq: number): MessageSummary | null {
    return this.summaries[seq % this.capacity] ?? null;
  }

  get(seq: number): LoggedMessage | null {
    if (!Number.isInteger(seq) || seq < this.firstSeq || seq >= this.count) return null;
    const type = this.typeOf(seq);
    return { seq, from: this.fromOf(seq), to: this.toOf(seq), type, kind: KIND_OF_TYPE[type], sentMs: this.sentMsOf(seq), deliveredMs: this.deliveredMsOf(seq), held: this.heldOf(seq), summary: this.summaryOf(seq) };
  }
}
