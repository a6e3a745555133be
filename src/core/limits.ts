// The bounds every entry point shares: the scenario parser, the simulator's command line and the
// page (settings, URL parameters, forms). One definition here, so no side accepts what another
// refuses. Each bound is either ZooKeeper's own (jute.maxbuffer, the session-timeout clamp) or
// what the playground can run in bounded time and memory.

export interface Bound {
  min: number;
  max: number;
}

/** Servers in a cluster, voters and observers together: the browser budget (DESIGN §8) is 101. */
export const CLUSTER_SERVERS: Bound = { min: 1, max: 101 };
/** Server ids (myid): below 4096 so that a directed pair packs into one number (src/net). */
export const SERVER_ID: Bound = { min: 1, max: 4095 };
export const TICK_TIME_MS: Bound = { min: 50, max: 10_000 };
/** initLimit and syncLimit, in ticks. */
export const LIMIT_TICKS: Bound = { min: 1, max: 100 };
/** The all-to-all detector's heartbeat interval and suspicion timeout. */
export const HEARTBEAT_MS: Bound = { min: 50, max: 60_000 };
export const DETECTOR_TIMEOUT_MS: Bound = { min: 50, max: 600_000 };
/** One link's latency or jitter. */
export const LINK_DELAY_MS: Bound = { min: 0, max: 60_000 };
/** Drop and duplication rates. */
export const PERCENT: Bound = { min: 0, max: 100 };
/** A seed takes 32 bits (the PRNG's state). */
export const SEED: Bound = { min: 0, max: 2 ** 32 - 1 };
/** Simulated ms per real ms. */
export const SPEED: Bound = { min: 0.1, max: 10 };
/** ZooKeeper's default session-timeout clamp, in ticks: [2, 20] × tickTime. */
export const SESSION_TIMEOUT_TICKS: Bound = { min: 2, max: 20 };

/** Simulated time a script may cover: one hour, ample for any lesson, and bounded work. */
export const MAX_RUN_MS = 3_600_000;
/**
 * The work one run may do: simulator events, each also counted once per open `within` window it
 * re-checks. Even a run within MAX_RUN_MS can be heavy (101 all-to-all servers beating every
 * 50 ms: 5,000,000 events in 18 simulated seconds, 38 s of wall time on a busy 2-core machine),
 * so the simulator stops there instead.
 */
export const MAX_SIM_WORK = 5_000_000;

/** BinaryInputArchive.maxBuffer: jute.maxbuffer's default, 0xfffff. A larger packet closes the connection. */
export const JUTE_MAX_BUFFER_BYTES = 0xfffff;

/** A scenario file: at most jute.maxbuffer, the largest thing ZooKeeper itself would read. */
export const MAX_SCRIPT_BYTES = JUTE_MAX_BUFFER_BYTES;
export const MAX_LINE_CHARS = 16_384;
export const MAX_STATEMENTS = 10_000;
/** Errors shown for one script, and characters of quoted input in each: the report stays short. */
export const MAX_REPORTED_ERRORS = 20;
export const MAX_QUOTED_CHARS = 40;

export function inBound(value: number, bound: Bound): boolean {
  return value >= bound.min && value <= bound.max;
}

/** A whole number written in decimal digits within `bound`, or null. Separators (1,000 / 1_000) are the caller's choice to strip. */
export function wholeIn(text: string, bound: Bound): number | null {
  if (!/^\d{1,16}$/.test(text)) return null;
  const value = Number(text);
  return inBound(value, bound) ? value : null;
}

/** "1,000", for messages. */
export function grouped(value: number): string {
  return value.toLocaleString('en-US');
}

/** "from 50 to 10,000". */
export function rangeWords(bound: Bound): string {
  return `from ${grouped(bound.min)} to ${grouped(bound.max)}`;
}

/** Why the all-to-all detector cannot work with these two, or null. */
export function detectorTimingProblem(heartbeatMs: number, timeoutMs: number): string | null {
  if (timeoutMs > heartbeatMs) return null;
  return `the timeout (${grouped(timeoutMs)} ms) must be longer than the heartbeat interval (${grouped(heartbeatMs)} ms), or every peer is suspected between two heartbeats`;
}

/** The session timeouts a server grants with its default bounds ([2, 20] × tickTime). */
export function sessionTimeoutBound(tickTimeMs: number): Bound {
  return { min: SESSION_TIMEOUT_TICKS.min * tickTimeMs, max: SESSION_TIMEOUT_TICKS.max * tickTimeMs };
}

/** UTF-8 length without TextEncoder, which the core's ES-only lib does not have. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * The UTF-8 size of a request carrying this path and value when it exceeds jute.maxbuffer, or null.
 * ZooKeeper's server reads the request's length first and closes the connection when it is above
 * the limit (NIOServerCnxn.readLength), so no such request ever reaches the tree.
 */
export function oversizedPacketBytes(path: string, value = ''): number | null {
  // A UTF-16 code unit is at most 3 UTF-8 bytes (a surrogate pair, 2 units, is 4): most requests
  // are far below the limit and need no count (every write checks).
  if ((path.length + value.length) * 3 <= JUTE_MAX_BUFFER_BYTES) return null;
  const bytes = utf8Length(path) + utf8Length(value);
  return bytes <= JUTE_MAX_BUFFER_BYTES ? null : bytes;
}

/** Why a request carrying this path and value would exceed jute.maxbuffer, or null. */
export function packetProblem(path: string, value = ''): string | null {
  const bytes = oversizedPacketBytes(path, value);
  if (bytes === null) return null;
  return `the request is ${grouped(bytes)} bytes of path and value, more than jute.maxbuffer (${grouped(JUTE_MAX_BUFFER_BYTES)} bytes)`;
}

/** `text` cut to MAX_QUOTED_CHARS with an ellipsis, control characters shown as \u escapes. */
export function quoteShort(text: string): string {
  const cut = text.length > MAX_QUOTED_CHARS ? text.slice(0, MAX_QUOTED_CHARS) + '…' : text;
  // eslint-disable-next-line no-control-regex
  return cut.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A client's name: a letter, then up to 15 letters, digits, '-' or '_' (c1, writer-2). */
export const CLIENT_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,15}$/;
