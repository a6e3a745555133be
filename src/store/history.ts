import type { DriverSnapshot, NodeSnapshot, PeerWatch, ServerId, TimelineEntry, TimelineKind } from '../driver/index.ts';

// The timeline scrubber's memory: checkpoint frames (whole DriverSnapshots) recorded as updates
// arrive, at a cadence by cluster size, structurally shared so that what did not change between two
// frames (a down server, a data tree, the fault list) is one object in memory, not one per frame.
// Budget: 30 min at 5 servers and 10 min at 101 within 50 MB of page heap (measured by
// bench/historyMemory.ts: about 11 MB and 7–15 MB). The cadence and the frame cap follow each frame's
// estimated size, so the all-to-all detector at 101 servers (10,100 watches a frame) records less
// often instead of more memory; beyond maxFrames the older half is thinned, so a long session stays
// reachable at a coarser grain.

export interface Frame {
  atMs: number;
  snapshot: DriverSnapshot;
  /** The newest timeline entry's id by then (0: none), so the log can be cut at this moment. */
  lastEntryId: number;
}

export type MarkKind = 'fault' | 'repair' | 'election';

/** A point worth finding again on the scrubber: a fault, a repair, an election won. */
export interface TimelineMark {
  atMs: number;
  kind: MarkKind;
  record: TimelineKind;
  node: ServerId | null;
  entryId: number;
}

export interface History {
  frames: Frame[];
  marks: TimelineMark[];
  /** Least simulated time between two cadence frames (marks and steps add frames between). */
  checkpointEveryMs: number;
  maxFrames: number;
}

/** Marks kept, oldest dropped first. */
export const MARKS_KEPT = 1000;

const MARK_OF: Partial<Record<TimelineKind, MarkKind>> = {
  crash: 'fault',
  kill: 'fault',
  pause: 'fault',
  isolate: 'fault',
  cut: 'fault',
  partition: 'fault',
  drop: 'fault',
  delay: 'fault',
  heal: 'repair',
  'restore-link': 'repair',
  resume: 'repair',
  restart: 'repair',
  'leader-elected': 'election',
};

/** Heap the frames may hold, bytes: well under the 50 MB page budget, which also holds the page. */
export const HISTORY_BUDGET_BYTES = 32e6;

/** The finest cadence by cluster size, simulated ms (the memory estimate may make it coarser). */
export function checkpointEveryMs(serverCount: number): number {
  if (serverCount <= 9) return 250;
  if (serverCount <= 25) return 500;
  return 1000;
}

/** The session the budget must hold at the finest cadence: 30 min, or 10 min above 51 servers. */
function windowMsFor(serverCount: number): number {
  return serverCount > 51 ? 10 * 60_000 : 30 * 60_000;
}

/**
 * Heap one new frame costs, bytes, as measured by bench/historyMemory.ts: a changed node and its
 * copy about 250 bytes, each watch that moved (heartbeats move them all) about 80.
 */
export function frameBytesEstimate(snapshot: DriverSnapshot): number {
  let watches = 0;
  for (const n of snapshot.nodes) watches += n.watches.length;
  return 500 + 250 * snapshot.nodes.length + 80 * watches;
}

/** Cadence and cap for frames of `frameBytes`: the window fits the budget, never finer than the size allows. */
export function cadenceFor(serverCount: number, frameBytes: number): Pick<History, 'checkpointEveryMs' | 'maxFrames'> {
  const maxFrames = Math.max(10, Math.floor(HISTORY_BUDGET_BYTES / frameBytes));
  const spreadMs = Math.ceil(windowMsFor(serverCount) / maxFrames / 50) * 50;
  return { checkpointEveryMs: Math.max(checkpointEveryMs(serverCount), spreadMs), maxFrames };
}

export function emptyHistory(serverCount: number): History {
  return { frames: [], marks: [], ...cadenceFor(serverCount, 500 + 250 * serverCount) };
}

export interface RecordOptions {
  /** Record even within the cadence (a step, an action while paused, a mark): the moment matters. */
  force: boolean;
  lastEntryId: number;
}

/**
 * Adds a frame when the cadence is due or `force` says so; a frame at the same time as the last
 * replaces it (an action while paused changes the state without moving the clock). Returns
 * `history` itself when nothing was added.
 */
export function recordFrame(history: History, snapshot: DriverSnapshot, events: readonly TimelineEntry[], options: RecordOptions): History {
  const marks = marksOf(events);
  const last = history.frames.at(-1);
  const force = options.force || marks.length > 0;
  const due = !last || snapshot.timeMs >= last.atMs + history.checkpointEveryMs;
  if (!due && !(force && snapshot.timeMs >= last.atMs)) return marks.length === 0 ? history : { ...history, marks: capMarks(history.marks.concat(marks)) };
  const frame: Frame = { atMs: snapshot.timeMs, snapshot: shareStructure(last?.snapshot ?? null, snapshot), lastEntryId: options.lastEntryId };
  // Appending copies the array: at a few frames a second that is cheap next to the snapshot itself.
  let frames = last && last.atMs === frame.atMs ? [...history.frames.slice(0, -1), frame] : [...history.frames, frame];
  const cadence = cadenceFor(snapshot.nodes.length, frameBytesEstimate(snapshot));
  if (frames.length > cadence.maxFrames) frames = thinned(frames);
  return { ...history, ...cadence, frames, marks: marks.length === 0 ? history.marks : capMarks(history.marks.concat(marks)) };
}

/** The history up to `ms`: what a fork there keeps, so the past before it can still be scrubbed. */
export function historyUntil(history: History, ms: number): History {
  return { ...history, frames: history.frames.filter((f) => f.atMs <= ms), marks: history.marks.filter((m) => m.atMs <= ms) };
}

/** The frame at or before `ms` (the first frame when `ms` is earlier); null when there is none. */
export function frameAt(history: History, ms: number): Frame | null {
  return history.frames[frameIndexAt(history, ms)] ?? null;
}

/** Index of the frame at or before `ms` (0 when earlier than the first; -1 when there are none). */
export function frameIndexAt(history: History, ms: number): number {
  const frames = history.frames;
  let lo = 0;
  let hi = frames.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (frames[mid]!.atMs <= ms) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function marksOf(events: readonly TimelineEntry[]): TimelineMark[] {
  const marks: TimelineMark[] = [];
  for (const e of events) {
    const kind = MARK_OF[e.kind];
    if (kind) marks.push({ atMs: e.t, kind, record: e.kind, node: e.node, entryId: e.id });
  }
  return marks;
}

function capMarks(marks: TimelineMark[]): TimelineMark[] {
  return marks.length > MARKS_KEPT ? marks.slice(marks.length - MARKS_KEPT) : marks;
}

/** Every other frame of the older half goes (the first stays), halving its resolution. */
function thinned(frames: Frame[]): Frame[] {
  const half = frames.length >> 1;
  return [...frames.slice(0, half).filter((_, i) => i % 2 === 0), ...frames.slice(half)];
}

// ------------------------------------------------------------------ structural sharing

/** `next` with every part equal to `prev`'s replaced by `prev`'s object. */
export function shareStructure(prev: DriverSnapshot | null, next: DriverSnapshot): DriverSnapshot {
  if (!prev || prev === next) return next;
  const prevById = new Map<ServerId, NodeSnapshot>();
  for (const n of prev.nodes) prevById.set(n.id, n);
  const shared = next.nodes.map((n) => shareNode(prevById.get(n.id), n));
  const nodes = shared.length === prev.nodes.length && shared.every((n, i) => n === prev.nodes[i]) ? prev.nodes : shared;
  return {
    ...next,
    nodes,
    clients: sameJson(prev.clients, next.clients) ? prev.clients : next.clients,
    faults: sameJson(prev.faults, next.faults) ? prev.faults : next.faults,
    invariants: sameJson(prev.invariants, next.invariants) ? prev.invariants : next.invariants,
    health: sameJson(prev.health, next.health) ? prev.health : next.health,
    ...(next.links ? { links: prev.links && sameJson(prev.links, next.links) ? prev.links : next.links } : {}),
  };
}

const SHARED_PARTS = new Set<string>(['watches', 'tree', 'vote', 'syncedLearners', 'atMs']);

/**
 * A node equal to `prev` in everything is `prev`; otherwise its unchanged parts are. `atMs` only
 * measures watch ages: a node watching nothing (down, looking) is unchanged when only it moved.
 */
function shareNode(prev: NodeSnapshot | undefined, next: NodeSnapshot): NodeSnapshot {
  if (!prev || prev === next) return next;
  const watches = shareWatches(prev.watches, next.watches);
  // Both drivers reuse an unchanged tree's array; comparing contents would cost a walk of every znode.
  const tree = prev.tree;
  const sameTree = prev.tree === next.tree || (prev.tree.length === 0 && next.tree.length === 0);
  const vote = prev.vote === next.vote || sameJson(prev.vote, next.vote) ? prev.vote : next.vote;
  const syncedLearners = sameIds(prev.syncedLearners, next.syncedLearners) ? prev.syncedLearners : next.syncedLearners;
  const atMsMatters = watches.length > 0;
  let same = watches === prev.watches && sameTree && vote === prev.vote && syncedLearners === prev.syncedLearners && (!atMsMatters || prev.atMs === next.atMs);
  if (same) {
    for (const key of Object.keys(next) as (keyof NodeSnapshot)[]) {
      if (!SHARED_PARTS.has(key) && prev[key] !== next[key]) {
        same = false;
        break;
      }
    }
  }
  return same ? prev : { ...next, watches, tree: sameTree ? tree : next.tree, vote, syncedLearners };
}

function shareWatches(prev: PeerWatch[], next: PeerWatch[]): PeerWatch[] {
  if (prev === next) return prev;
  let changed = prev.length !== next.length;
  const out = next.map((w, i) => {
    const p = prev[i];
    if (p && p.peer === w.peer && p.lastHeardMs === w.lastHeardMs && p.timeoutMs === w.timeoutMs && p.suspected === w.suspected) return p;
    changed = true;
    return w;
  });
  return changed ? out : prev;
}

function sameIds(a: readonly ServerId[], b: readonly ServerId[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
