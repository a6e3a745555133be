import type { EventGroup } from './groupEvents.ts';

// Which of the log's rows are drawn in the render that answers a change of moment (a scrub, a new
// update), and which wait for the deferred render right after it (EventLog's useDeferredValue).
// Every row drawn is one of the rows of the moment shown, in its order: none is left over from the
// moment before. What is held back is only rows that cannot be on screen (below the log's scrolled
// view) and that no row element stands for yet; the deferred render then draws them all.

/** Less than any row of the log is tall (one line of 15 px text at line-height 1.3, padding, border). */
export const MIN_ROW_PX = 24;

/**
 * How many rows from the top can be on screen, at most, when the log is scrolled `scrollTopPx` down
 * and `heightPx` tall: every row is at least MIN_ROW_PX tall, so a row of a greater index starts
 * below the view. One more row for a partly scrolled one.
 */
export function rowsInView(scrollTopPx: number, heightPx: number): number {
  return Math.ceil((Math.max(0, scrollTopPx) + Math.max(0, heightPx)) / MIN_ROW_PX) + 1;
}

/** The ids of the rows a render drew (a row is keyed by its lead entry's id). */
export function rowIds(groups: readonly EventGroup[]): Set<number> {
  return new Set(groups.map((g) => g.lead.id));
}

/**
 * The rows to draw now: the first `inView` of `groups` and every later one that already has a
 * row element (`drawnIds`, the last full render's). `groups` itself when nothing is held back.
 */
export function rowsNow(groups: readonly EventGroup[], drawnIds: ReadonlySet<number>, inView: number): readonly EventGroup[] {
  if (groups.length <= inView) return groups;
  const rows = groups.slice(0, inView);
  for (let i = inView; i < groups.length; i++) {
    const g = groups[i]!;
    if (drawnIds.has(g.lead.id)) rows.push(g);
  }
  return rows.length === groups.length ? groups : rows;
}

/** Two rows say the same thing: one lead entry, as many records, the same servers. */
export function sameRow(a: EventGroup, b: EventGroup): boolean {
  if (a === b) return true;
  if (a.lead !== b.lead || a.count !== b.count || a.servers.length !== b.servers.length) return false;
  return a.servers.every((id, i) => id === b.servers[i]);
}
