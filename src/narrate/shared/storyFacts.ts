import type { FaultMetric, SyncChoice } from '../../host/faultMetrics.ts';
import type { StoryChapter } from '../../host/story.ts';

// What the story's words are about, chosen from the data once for every language: each language
// renders these facts, so English and Chinese tell the same decisions.

/** How many syncs of each mode, in the order the modes first occur. */
export function syncCounts(syncs: readonly SyncChoice[]): [mode: SyncChoice['mode'], count: number][] {
  const counts = new Map<SyncChoice['mode'], number>();
  for (const s of syncs) counts.set(s.mode, (counts.get(s.mode) ?? 0) + 1);
  return [...counts];
}

/** The leaders that synced, and how many distinct learners they synced. */
export function syncParties(syncs: readonly SyncChoice[]): { leaders: number[]; learners: number } {
  return { leaders: [...new Set(syncs.map((s) => s.leader))], learners: new Set(syncs.map((s) => s.learner)).size };
}

/** With no election of a new leader (a heal, a rejoin): the servers that decided whom to follow, ascending. */
export function decidersOf(chapter: StoryChapter): number[] {
  const records = chapter.phases.flatMap((p) => p.entries);
  const ids = records.flatMap((r) => (r.kind === 'state-change' && r.change === 'decided' && r.node !== null ? [r.node] : []));
  return [...new Set(ids)].sort((a, b) => a - b);
}

/** How the chapter's service came back, one case per thing the serving headline says. */
export type ServingFact =
  | { case: 'not-whole-yet' }
  | { case: 'no-leader-yet' }
  | { case: 'whole-again'; afterMs: number; leader: number; epoch: number }
  | { case: 'never-stopped'; leader: number; epoch: number }
  | { case: 'serving-after-start'; atMs: number; leader: number; epoch: number }
  | { case: 'serving-again'; afterMs: number; withoutLeaderMs: number | null; leader: number; epoch: number };

export function servingFact(chapter: StoryChapter): ServingFact {
  const r = chapter.recovery;
  const f = chapter.fault;
  if (!r.recovered) return f?.action === 'heal' ? { case: 'not-whole-yet' } : { case: 'no-leader-yet' };
  const who = { leader: r.recovered.leader, epoch: r.recovered.epoch };
  if (f?.action === 'heal') return { case: 'whole-again', afterMs: r.recovered.afterMs, ...who };
  if (!r.unavailable) return { case: 'never-stopped', ...who };
  const down = r.unavailable.toMs === null ? r.recovered.atMs - r.unavailable.fromMs : r.unavailable.toMs - r.unavailable.fromMs;
  if (!f) return { case: 'serving-after-start', atMs: r.recovered.atMs, ...who };
  return { case: 'serving-again', afterMs: r.recovered.afterMs, withoutLeaderMs: r.unavailable.fromMs > f.atMs ? down : null, ...who };
}

/** A cut's other end. */
export function otherEnd(f: FaultMetric): number | null {
  return f.servers.find((id) => id !== f.node) ?? null;
}
