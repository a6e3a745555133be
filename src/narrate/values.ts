import { formatBytes } from './format.ts';

// Znode values on screen. A value may be a megabyte (ZooKeeper's jute.maxbuffer), and the page shows
// every server's copy: the DOM carries a value only when it is short, and always its size in UTF-8
// bytes and a digest, so tests and tools can still tell values apart. One definition for the log,
// the trees, tooltips and client answers.

/** Values up to this many characters appear in full (in data-value, data-event and words). */
export const SHORT_VALUE_CHARS = 128;
/** What a long value shows of itself in words. */
const HEAD_CHARS = 24;

export function isShortValue(value: string): boolean {
  return value.length <= SHORT_VALUE_CHARS;
}

interface ValueSummary {
  bytes: number;
  digest: string;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** The first byte's marker of a UTF-8 sequence of n bytes. */
const UTF8_LEAD = [0, 0, 0xc0, 0xe0, 0xf0];

/**
 * UTF-8 size and FNV-1a (32-bit) digest in one pass, without encoding a copy (a megabyte per server
 * per change would add up). A lone surrogate counts as U+FFFD, as TextEncoder writes it.
 */
function summarize(value: string): ValueSummary {
  let hash = FNV_OFFSET;
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    let point = value.charCodeAt(i);
    if (point < 0x80) {
      hash = Math.imul(hash ^ point, FNV_PRIME);
      bytes++;
      continue;
    }
    if (point >= 0xd800 && point <= 0xdfff) {
      const next = value.charCodeAt(i + 1);
      if (point <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        point = 0x10000 + ((point - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else point = 0xfffd;
    }
    const n = point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
    hash = Math.imul(hash ^ ((UTF8_LEAD[n] as number) | (point >> (6 * (n - 1)))), FNV_PRIME);
    for (let shift = 6 * (n - 2); shift >= 0; shift -= 6) hash = Math.imul(hash ^ (0x80 | ((point >> shift) & 0x3f)), FNV_PRIME);
    bytes += n;
  }
  return { bytes, digest: (hash >>> 0).toString(16).padStart(8, '0') };
}

// Long values' summaries are cached. Long strings hash by length in V8, so a lookup costs a
// comparison with the few cached values of that length, not another pass over the value.
const CACHE_LIMIT = 64;
const summaries = new Map<string, ValueSummary>();

function summaryOf(value: string): ValueSummary {
  if (isShortValue(value)) return summarize(value);
  let summary = summaries.get(value);
  if (!summary) {
    if (summaries.size >= CACHE_LIMIT) summaries.clear();
    summary = summarize(value);
    summaries.set(value, summary);
  }
  return summary;
}

/** The value's size as ZooKeeper counts it (its UTF-8 bytes). */
export function valueBytes(value: string): number {
  return summaryOf(value).bytes;
}

/** FNV-1a (32-bit) of the value's UTF-8 bytes, as 8 hex digits. Not cryptographic: it tells values apart. */
export function valueDigest(value: string): string {
  return summaryOf(value).digest;
}

/** The value quoted, or for a long one its head and its size: `"abc…" (1,048,576 bytes)`. */
export function quotedValue(value: string): string {
  if (isShortValue(value)) return `"${value}"`;
  return `${quotedHead(value)} (${formatBytes(valueBytes(value))})`;
}

/** The value quoted in full, or a long one's head: `"abc…"` (each language adds the size in its words). */
export function quotedHead(value: string): string {
  return isShortValue(value) ? `"${value}"` : `"${value.slice(0, HEAD_CHARS)}…"`;
}

/**
 * A record for the DOM: any `value` string too long to show becomes `valueBytes` and `valueDigest`
 * beside it (the record as data, minus the megabyte). Short values stay as they are.
 */
export function recordJson(record: unknown): string {
  return JSON.stringify(record, (_key, field: unknown) => {
    if (field === null || typeof field !== 'object' || Array.isArray(field)) return field;
    const value = (field as { value?: unknown }).value;
    if (typeof value !== 'string' || isShortValue(value)) return field;
    const { value: _long, ...rest } = field as { value: string };
    return { ...rest, valueBytes: valueBytes(value), valueDigest: valueDigest(value) };
  });
}
