import type { ServerId, TimelineEntry } from '../../driver/index.ts';

// In a large cluster one election logs the same thing for every server ("Server 8 follows leader
// 24…" ×24). Runs of one kind at about the same moment become one row, so the story stays readable.

export interface EventGroup {
  /** The newest entry of the run, shown in full. */
  lead: TimelineEntry;
  count: number;
  /** Every server the run concerns, for highlighting. */
  servers: ServerId[];
}

/**
 * Groups a newest-first list: entries within `windowMs` of a window's newest entry are bucketed by
 * kind (so "suspects" and "starts an election", interleaved for 24 servers, become two rows).
 */
export function groupEvents(newestFirst: readonly TimelineEntry[], windowMs = 50): EventGroup[] {
  const groups: EventGroup[] = [];
  let i = 0;
  while (i < newestFirst.length) {
    const windowStart = newestFirst[i]!.t;
    const buckets = new Map<string, { group: EventGroup; servers: Set<ServerId> }>();
    for (; i < newestFirst.length && windowStart - newestFirst[i]!.t <= windowMs; i++) {
      const e = newestFirst[i]!;
      let bucket = buckets.get(e.kind);
      if (!bucket) {
        bucket = { group: { lead: e, count: 0, servers: [] }, servers: new Set() };
        buckets.set(e.kind, bucket);
      }
      bucket.group.count++;
      addServers(bucket.servers, e);
    }
    for (const { group, servers } of buckets.values()) {
      group.servers = [...servers].sort((a, b) => a - b);
      groups.push(group);
    }
  }
  return groups;
}

/** Each entry alone (small clusters tell every step). */
export function ungrouped(newestFirst: readonly TimelineEntry[]): EventGroup[] {
  return newestFirst.map((e) => {
    const servers = new Set<ServerId>();
    addServers(servers, e);
    return { lead: e, count: 1, servers: [...servers] };
  });
}

function addServers(into: Set<ServerId>, e: TimelineEntry): void {
  if (e.node !== null) into.add(e.node);
  for (const p of e.peers ?? []) into.add(p);
}
