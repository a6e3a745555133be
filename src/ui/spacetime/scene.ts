import type { LoggedMessage, MessageKind, MessageLogView, ServerId } from '../../driver/index.ts';
import type { FaultMark, RoleBand, TimerMark } from '../../store/index.ts';
import { chooseLanes, type LaneInput } from './lanes.ts';
import { aggregatePings, pingBucketMs, type PingBand } from './pingBands.ts';

// Everything the diagram draws for one window of time, as plain data in simulated ms and lanes:
// built by one pass over the message log, then capped. The components only place it on screen.

/** Message arrows drawn at most; beyond it the newest are kept and the pane says how many were left out. */
export const MAX_ARROWS = 500;
/** Above this many liveness messages (pings, heartbeats) sent from the lanes in the window, they are drawn as bands with counts. */
export const MAX_PING_ARROWS = 300;
export const MAX_MARKS_DRAWN = 200;

/** A drawn message: the log's record without its contents (those are read on a click). */
export type Arrow = Omit<LoggedMessage, 'summary'>;

export interface LaneBand extends RoleBand {
  lane: ServerId;
}

export interface Scene {
  lanes: ServerId[];
  hiddenLanes: number;
  bands: LaneBand[];
  arrows: Arrow[];
  /** Non-null when pings are aggregated. */
  pingBands: PingBand[] | null;
  pingBucketMs: number;
  timers: TimerMark[];
  faults: FaultMark[];
  /** Messages in the window left out by the arrow cap. */
  arrowsLeftOut: number;
  /** Messages in the window with a server that has no lane. */
  offLane: number;
}

/** What the lanes are chosen from (lanes.ts), plus the log and the ping buckets' scale. */
export interface SceneInput extends LaneInput {
  log: MessageLogView | null;
  /** Simulated ms per pixel, for the ping buckets. */
  msPerPx: number;
  /** The shortest bucket that a steady pinger fills (one tickTime, or two heartbeat periods). */
  minPingBucketMs: number;
}

const isLiveness = (kind: MessageKind) => kind === 'ping' || kind === 'heartbeat';

/** Held packets one heal let go together: same direction, delivered within this long of each other. */
const HELD_BATCH_MS = 50;

/** For the oldest held packet of each batch, how many the batch held ("4 held"), by sequence number. */
export function heldCounts(arrows: readonly Arrow[]): Map<number, number> {
  const batches = new Map<string, { first: Arrow; count: number }[]>();
  for (const a of arrows) {
    if (!a.held) continue;
    const key = `${a.from}>${a.to}`;
    let list = batches.get(key);
    if (!list) batches.set(key, (list = []));
    const batch = list.find((b) => Math.abs(b.first.deliveredMs - a.deliveredMs) <= HELD_BATCH_MS);
    if (!batch) list.push({ first: a, count: 1 });
    else {
      batch.count++;
      if (a.sentMs < batch.first.sentMs) batch.first = a;
    }
  }
  const counts = new Map<number, number>();
  for (const list of batches.values()) for (const b of list) counts.set(b.first.seq, b.count);
  return counts;
}

/** Timer marks that repeat an earlier one (same reason, same peer, within this long) go without words. */
export const ALIKE_TIMERS_MS = 2000;

/** The entry ids of the timer marks that say their rule in words: the first of each run of alike ones. */
export function wordedTimers(timers: readonly TimerMark[]): Set<number> {
  const worded = new Set<number>();
  const lastWordedMs = new Map<string, number>();
  for (const m of timers) {
    const key = `${m.reason}:${m.peer ?? ''}`;
    const last = lastWordedMs.get(key);
    if (last !== undefined && m.t - last <= ALIKE_TIMERS_MS) continue;
    worded.add(m.entryId);
    lastWordedMs.set(key, m.t);
  }
  return worded;
}

export function buildScene(input: SceneInput): Scene {
  const { startMs, endMs, log } = input;
  const { lanes, hidden } = chooseLanes(input);
  const onLane = new Set(lanes);

  const bands: LaneBand[] = [];
  for (const lane of lanes) {
    for (const b of input.bandsOf(lane)) {
      if (b.startMs > endMs || (b.endMs !== null && b.endMs < startMs)) continue;
      bands.push({ ...b, lane });
    }
  }

  const others: Arrow[] = [];
  const liveness: Arrow[] = [];
  // Pings and heartbeats sent from a lane, to anyone: what a band counts when they are aggregated.
  const livenessSent: { from: ServerId; sentMs: number }[] = [];
  let offLane = 0;
  if (log) {
    // Newest first, and no further back than a message delivered in the window can lie.
    const oldestMs = startMs - log.maxTransitMs;
    for (let seq = log.total - 1; seq >= log.firstSeq && log.recordedMsOf(seq) >= oldestMs; seq--) {
      const sentMs = log.sentMsOf(seq);
      const deliveredMs = log.deliveredMsOf(seq);
      if (sentMs > endMs || deliveredMs < startMs) continue;
      const from = log.fromOf(seq);
      const to = log.toOf(seq);
      const kind = log.kindOf(seq);
      if (isLiveness(kind) && onLane.has(from)) livenessSent.push({ from, sentMs });
      if (!onLane.has(from) || !onLane.has(to)) {
        offLane++;
        continue;
      }
      const arrow: Arrow = { seq, from, to, type: log.typeOf(seq), kind, sentMs, deliveredMs, held: log.heldOf(seq) };
      (isLiveness(kind) && !arrow.held ? liveness : others).push(arrow);
    }
  }

  const bucketMs = pingBucketMs(input.msPerPx, input.minPingBucketMs);
  let pingBands: PingBand[] | null = null;
  let arrows: Arrow[];
  if (livenessSent.length > MAX_PING_ARROWS) {
    pingBands = aggregatePings(livenessSent, lanes, bucketMs);
    arrows = others;
  } else {
    arrows = others.concat(liveness);
  }
  // Newest first from the scan: the cap keeps the newest, then the drawing runs oldest first.
  arrows.sort((a, b) => b.seq - a.seq);
  const arrowsLeftOut = Math.max(0, arrows.length - MAX_ARROWS);
  arrows = arrows.slice(0, MAX_ARROWS).reverse();

  const timers: TimerMark[] = [];
  const faults: FaultMark[] = [];
  for (const m of input.marks) {
    if (m.t < startMs || m.t > endMs) continue;
    if (m.kind === 'timer' && onLane.has(m.node)) timers.push(m);
    else if (m.kind === 'fault' && (m.node === null || onLane.has(m.node))) faults.push(m);
  }

  return {
    lanes,
    hiddenLanes: hidden,
    bands,
    arrows,
    pingBands,
    pingBucketMs: bucketMs,
    timers: timers.slice(-MAX_MARKS_DRAWN),
    faults: faults.slice(-MAX_MARKS_DRAWN),
    arrowsLeftOut,
    offLane,
  };
}
