import type { TimelineRecord } from '../host/records.ts';
import { MAX_RUN_MS } from '../core/limits.ts';

// The JSON trace the page exports: the script that makes the run, the time it was taken at, and
// what the run did up to then: every timeline record and every server-to-server message. Reading
// one refuses, with one sentence and nothing changed, a file that is too large, not JSON (cut
// short), of another format or version, or whose content no longer matches its checksum.

export const TRACE_FORMAT = 'zookeeper-playground-trace';
// 2: a failed request's `problem` and a refusal's `refusal` are data, no longer English messages.
export const TRACE_VERSION = 2;
/** Larger files are refused before they are read: a 30-minute run at 5 servers is a few MB. */
export const MAX_TRACE_BYTES = 64 * 1024 * 1024;
/** Messages kept in one trace; beyond it the trace says how many it left out. */
export const MAX_TRACE_MESSAGES = 250_000;

export interface TraceMessage {
  from: number;
  to: number;
  type: string;
  sentMs: number;
  deliverMs: number;
}

export interface TraceFile {
  format: typeof TRACE_FORMAT;
  version: typeof TRACE_VERSION;
  /** The simulated ms the trace runs to. */
  atMs: number;
  /** The scenario script that reproduces the run (docs/SCENARIO-LANGUAGE.md). */
  script: string;
  events: TimelineRecord[];
  messages: TraceMessage[];
  /** Messages past MAX_TRACE_MESSAGES, not listed. */
  messagesOmitted: number;
  /** FNV-1a (32 bits, hex) of the JSON of every other field, in this order. */
  checksum: string;
}

export type TraceBody = Omit<TraceFile, 'checksum'>;

/** FNV-1a over the UTF-16 code units, 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function bodyText(body: TraceBody): string {
  return JSON.stringify([body.format, body.version, body.atMs, body.script, body.events, body.messages, body.messagesOmitted]);
}

/** The file's text: one JSON object, its fields in a fixed order, so equal traces are equal bytes. */
export function serializeTrace(body: TraceBody): string {
  const file: TraceFile = { ...body, checksum: fnv1a(bodyText(body)) };
  const ordered = { format: file.format, version: file.version, atMs: file.atMs, script: file.script, messagesOmitted: file.messagesOmitted, checksum: file.checksum, events: file.events, messages: file.messages };
  return JSON.stringify(ordered) + '\n';
}

export type TraceRead = { ok: true; trace: TraceFile } | { ok: false; message: string };

const refuse = (message: string): TraceRead => ({ ok: false, message });

/** Reads a trace file's text; any problem is one sentence, and nothing is half-read. */
export function readTrace(text: string): TraceRead {
  if (text.length > MAX_TRACE_BYTES) return refuse(`This trace is larger than ${MAX_TRACE_BYTES / (1024 * 1024)} MB, more than the page reads.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse('This file is not valid JSON: it may be cut short or corrupted.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse('This file is JSON but not a playground trace.');
  const v = value as Record<string, unknown>;
  if (v['format'] !== TRACE_FORMAT) return refuse('This file is JSON but not a playground trace (its "format" is not "' + TRACE_FORMAT + '").');
  if (v['version'] !== TRACE_VERSION) return refuse(`This trace is version ${JSON.stringify(v['version'])}; this page reads version ${TRACE_VERSION}.`);
  const atMs = v['atMs'];
  if (typeof atMs !== 'number' || !Number.isInteger(atMs) || atMs < 0 || atMs > MAX_RUN_MS) return refuse('This trace is corrupted: its time "atMs" is not a whole number of ms within one hour.');
  if (typeof v['script'] !== 'string') return refuse('This trace is corrupted: it has no script.');
  if (!Array.isArray(v['events']) || !Array.isArray(v['messages'])) return refuse('This trace is corrupted: its events or messages are missing.');
  const omitted = v['messagesOmitted'];
  if (typeof omitted !== 'number' || !Number.isInteger(omitted) || omitted < 0) return refuse('This trace is corrupted: its "messagesOmitted" is not a count.');
  if (typeof v['checksum'] !== 'string') return refuse('This trace is corrupted: it has no checksum.');
  const body: TraceBody = { format: TRACE_FORMAT, version: TRACE_VERSION, atMs, script: v['script'], events: v['events'] as TimelineRecord[], messages: v['messages'] as TraceMessage[], messagesOmitted: omitted };
  if (fnv1a(bodyText(body)) !== v['checksum']) return refuse('This trace is corrupted: its content does not match its checksum.');
  return { ok: true, trace: { ...body, checksum: v['checksum'] } };
}

/** Whether a file's text looks like a trace (JSON) rather than a script. */
export function looksLikeTrace(text: string): boolean {
  return text.trimStart().startsWith('{');
}
