import type { StateCreator } from 'zustand/vanilla';
import type { MessageLogView, ServerId } from '../driver/index.ts';
import { SpacetimeHistory } from './spacetimeHistory.ts';
import type { AppState, CommitBatch } from './types.ts';

// The space-time diagram's state: the driver's message log (shared, not copied: see
// src/driver/messageLog.ts), the role bands and marks folded from the timeline, whether the pane is
// open, and what is hovered or opened in it. Hovering a message lights up its two servers in the
// topology (highlightIds); hovering a mark or a log entry puts a time cursor on the diagram.

export interface SpacetimeSlice {
  messageLog: MessageLogView | null;
  /** The log's total at the last commit: it changes whenever messages were added. */
  messageLogTotal: number;
  spacetime: SpacetimeHistory;
  /** Bumped whenever the history gained a band or a mark. */
  spacetimeVersion: number;
  spacetimeOpen: boolean;
  /** The message under the pointer (its log sequence number). */
  hoveredMessage: number | null;
  /** The message whose contents are shown. */
  openedMessage: number | null;
  /** A moment pointed at (a mark, a log entry): the diagram draws a cursor there. */
  highlightTimeMs: number | null;
  setSpacetimeOpen(open: boolean): void;
  hoverMessage(seq: number | null): void;
  openMessage(seq: number | null): void;
  highlightTime(t: number | null): void;
}

export function createSpacetimeSlice(): StateCreator<AppState, [], [], SpacetimeSlice> {
  return (set, get) => ({
    messageLog: null,
    messageLogTotal: 0,
    spacetime: new SpacetimeHistory(0),
    spacetimeVersion: 0,
    spacetimeOpen: false,
    hoveredMessage: null,
    openedMessage: null,
    highlightTimeMs: null,
    setSpacetimeOpen: (open) => set({ spacetimeOpen: open, ...(open ? {} : { hoveredMessage: null, openedMessage: null }) }),
    hoverMessage: (seq) => {
      if (get().hoveredMessage === seq) return;
      const log = get().messageLog;
      const ends: ServerId[] = seq !== null && log ? [log.fromOf(seq), log.toOf(seq)] : [];
      set({ hoveredMessage: seq });
      get().highlight(ends);
    },
    openMessage: (seq) => set({ openedMessage: seq }),
    highlightTime: (t) => {
      if (get().highlightTimeMs !== t) set({ highlightTimeMs: t });
    },
  });
}

/** The commit's part for the diagram: a new log or more messages, new bands and marks. */
export function reduceSpacetime(s: AppState, batch: CommitBatch): Partial<SpacetimeSlice> {
  const next: Partial<SpacetimeSlice> = {};
  const log = batch.log ?? null;
  if (log !== s.messageLog) {
    next.messageLog = log;
    next.openedMessage = null;
    next.hoveredMessage = null;
  }
  const total = log ? log.total : 0;
  if (total !== s.messageLogTotal) next.messageLogTotal = total;
  let history = s.spacetime;
  if (history.runId !== batch.runId) {
    history = new SpacetimeHistory(batch.runId);
    next.spacetime = history;
    next.spacetimeVersion = s.spacetimeVersion + 1;
  }
  if (batch.events.length > 0 && history.fold(batch.events, s.spec.settings)) next.spacetimeVersion = s.spacetimeVersion + 1;
  return next;
}
