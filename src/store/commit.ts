import type { NodeSnapshot, ServerId, TimelineEntry } from '../driver/index.ts';
import { EMPTY_DRAFT, drawsPartition } from './groups.ts';
import { foldAnalysis } from './metricsSlice.ts';
import { hasNotice } from './notices.ts';
import { resolveOps } from './opTracking.ts';
import { foldRecoveries, foldSessionEnds } from './recovery.ts';
import { agreedLeader, quorumInfo, quorumMembers } from './selectors.ts';
import { NO_LINKS, sameIds, sameJson, sameLeader, sameLinks, sameQuorum } from './sameParts.ts';
import { reduceSpacetime } from './spacetimeSlice.ts';
import { historyAfter } from './timeSlice.ts';
import type { AppState, CommitBatch, PageNotice } from './types.ts';

// Folds one driver batch into the store. Whatever did not change keeps its old reference, so
// components selecting it do not re-render.

/** Timeline entries kept, oldest dropped first: one election among 101 servers logs about 1,000. */
export const TIMELINE_CAP = 2000;

export function reduceCommit(s: AppState, batch: CommitBatch): Partial<AppState> | null {
  if (batch.runId !== s.runId) return null;
  const { snapshot } = batch;
  const nodeById = new Map<ServerId, NodeSnapshot>();
  for (const n of snapshot.nodes) nodeById.set(n.id, n);
  const ids = snapshot.nodes.map((n) => n.id);
  const links = snapshot.links ?? NO_LINKS;
  const timeline = batch.events.length === 0 ? s.timeline : appendCapped(s.timeline, batch.events);
  const leader = sameLeader(s.leader, agreedLeader(snapshot.nodes, s.spec.settings.voters));
  const leaderZxid = leader ? (nodeById.get(leader.id)?.lastCommittedZxid ?? null) : null;
  const events = batch.events;
  // The groups on screen were the partition's: when it heals they go with it.
  const healed = s.links.partition !== null && links.partition === null && drawsPartition(s.groupDraft, s.links.partition);
  return {
    ...(healed ? { groupDraft: EMPTY_DRAFT, activeGroup: 0 } : {}),
    snapshot,
    nodeById,
    nodeIds: sameIds(s.nodeIds, ids) ? s.nodeIds : ids,
    leader,
    ops: events.length === 0 ? s.ops : resolveOps(s.ops, events, { leaderZxid, hadLeader: leader !== null, quorum: quorumMembers({ leader, nodeById }) }),
    recoveries: events.length === 0 ? s.recoveries : foldRecoveries(s.recoveries, events, batch.atRealMs),
    sessionEnds: events.length === 0 ? s.sessionEnds : foldSessionEnds(s.sessionEnds, events),
    realNowMs: batch.atRealMs,
    quorum: sameQuorum(s.quorum, quorumInfo(snapshot.nodes, s.spec.settings)),
    timeline,
    flights: batch.flights.length === 0 && s.flights.items.length === 0 ? s.flights : { seq: s.flights.seq + 1, items: batch.flights, atRealMs: batch.atRealMs },
    faults: sameJson(s.faults, snapshot.faults) ? s.faults : snapshot.faults,
    links: sameLinks(s.links, links) ? s.links : links,
    notices: events.length === 0 ? s.notices : withPageNotices(s.notices, events),
    ...foldAnalysis(s, events),
    ...reduceSpacetime(s, batch),
    history: historyAfter(s, batch),
    ...(batch.pausedBy ? { pausedAll: true, pausedBy: batch.pausedBy } : {}),
  };
}

/** Records about the page rather than the lesson (disks kept in memory) also stand above it, once. */
function withPageNotices(notices: PageNotice[], events: readonly TimelineEntry[]): PageNotice[] {
  let next = notices;
  for (const e of events) {
    if (e.kind !== 'disk-in-memory') continue;
    const notice = { record: e };
    if (!hasNotice(next, notice)) next = [...next, notice];
  }
  return next;
}

function appendCapped<T>(list: T[], more: T[]): T[] {
  const joined = list.concat(more);
  return joined.length > TIMELINE_CAP ? joined.slice(joined.length - TIMELINE_CAP) : joined;
}
