import type { NodeSnapshot, ServerId, TimelineEntry } from '../driver/index.ts';
import type { Frame } from './history.ts';
import { foldRecoveries } from './recovery.ts';
import { NO_LINKS, sameIds, sameJson, sameLeader, sameLinks, sameQuorum } from './sameParts.ts';
import { agreedLeader, quorumInfo } from './selectors.ts';
import type { ShownView } from './timeTypes.ts';
import type { AppState } from './types.ts';

// The one selector layer between the store and what the screen shows. Components read
// `shown(s).nodeById` (and the other ShownView fields), never `s.nodeById`: live, that is the same
// object; scrubbed, it is the same fields rebuilt once from the recorded frame.

/** What the screen shows now: the live state, or the scrubbed frame's. */
export function shown(s: AppState): ShownView {
  return s.scrubbed ?? s;
}

/**
 * The "now" ages and countdowns are drawn with: the frame clock's, or the scrubbed frame's time
 * (a past moment stands still).
 */
export function shownNowMs(s: AppState, liveNowMs: number): number {
  return s.scrubbed ? (s.scrubbed.snapshot?.timeMs ?? liveNowMs) : liveNowMs;
}

/** True while the screen shows the past. */
export function isScrubbed(s: AppState): boolean {
  return s.scrubbed !== null;
}

/**
 * The view of a frame: its snapshot, what the store derives from one, and the log up to it. Parts
 * equal to the view on screen (live or another frame) keep its objects, so a scrub re-renders only
 * what differs between the two moments.
 */
export function viewOfFrame(s: AppState, frame: Frame): ShownView {
  const { snapshot } = frame;
  const on = shown(s);
  const nodeById = new Map<ServerId, NodeSnapshot>();
  for (const n of snapshot.nodes) nodeById.set(n.id, n);
  const nodeIds = snapshot.nodes.map((n) => n.id);
  const links = snapshot.links ?? NO_LINKS;
  const cut = entriesUpTo(s.timeline, frame.lastEntryId);
  const timeline = sameRun(on.timeline, cut) ? on.timeline : cut;
  return {
    snapshot,
    nodeById,
    nodeIds: sameIds(on.nodeIds, nodeIds) ? on.nodeIds : nodeIds,
    leader: sameLeader(on.leader, agreedLeader(snapshot.nodes, s.spec.settings.voters)),
    quorum: sameQuorum(on.quorum, quorumInfo(snapshot.nodes, s.spec.settings)),
    faults: sameJson(on.faults, snapshot.faults) ? on.faults : snapshot.faults,
    links: sameLinks(on.links, links) ? on.links : links,
    timeline,
    // Sync badges are for fresh news (real time); a past moment shows only what its syncs were.
    recoveries: s.scrubbed && timeline === s.scrubbed.timeline ? s.scrubbed.recoveries : foldRecoveries(new Map(), timeline, -Infinity),
  };
}

/**
 * Two cuts of the log hold the same entries: as long, from the same first to the same last entry
 * (a cut is a contiguous run of the one log, whose ids only grow).
 */
function sameRun(a: readonly TimelineEntry[], b: readonly TimelineEntry[]): boolean {
  return a === b || (a.length === b.length && a[0] === b[0] && a.at(-1) === b.at(-1));
}

/** The entries with ids up to `lastId` (ids grow along the timeline). */
export function entriesUpTo(timeline: TimelineEntry[], lastId: number): TimelineEntry[] {
  let lo = 0;
  let hi = timeline.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (timeline[mid]!.id <= lastId) lo = mid + 1;
    else hi = mid;
  }
  return lo === timeline.length ? timeline : timeline.slice(0, lo);
}
