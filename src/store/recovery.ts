import type { ServerId, TimelineEntry } from '../driver/index.ts';

// Recovery made visible: the sync a leader chose for each learner (DIFF, TRUNC or SNAP), what it
// sent, and what the learner truncated; and how sessions ended (expired or closed, which
// ephemerals went). Folded from timeline entries, so any driver that narrates them works.

export type SyncMode = 'diff' | 'trunc' | 'snap';

export interface RecoveryInfo {
  learner: ServerId;
  leader: ServerId;
  mode: SyncMode;
  /** Simulated time the leader chose the sync. */
  t: number;
  /** The learner's last zxid when it asked to sync. */
  fromZxid: number | null;
  truncZxid: number | null;
  /** Transactions sent (null for SNAP, which sends a whole snapshot). */
  sent: number[] | null;
  /** Transactions the learner removed from its log (TRUNC), once it reports them. */
  removed: number[];
  /** The learner could not truncate and discarded all its data (it rejoins for SNAP). */
  cleared: boolean;
  /** Real time it arrived, for the topology badge. */
  atRealMs: number;
}

export interface SessionEnd {
  sessionId: number;
  reason: 'expired' | 'closed';
  deletedPaths: string[];
  t: number;
}

/** How long the sync badge stays on a node, real ms. */
export const SYNC_BADGE_MS = 6000;

/** Folds new entries into the per-learner map; returns `map` itself when none concerned it. */
export function foldRecoveries(map: ReadonlyMap<ServerId, RecoveryInfo>, events: readonly TimelineEntry[], atRealMs: number): ReadonlyMap<ServerId, RecoveryInfo> {
  let next: Map<ServerId, RecoveryInfo> | null = null;
  for (const e of events) {
    if (e.kind === 'sync' && e.side === 'leader') {
      next ??= new Map(map);
      next.set(e.learner, {
        learner: e.learner,
        leader: e.node,
        mode: e.mode,
        t: e.t,
        fromZxid: e.fromZxid,
        truncZxid: e.mode === 'trunc' ? e.truncZxid : null,
        sent: e.mode === 'snap' ? null : e.sent,
        removed: [],
        cleared: false,
        atRealMs,
      });
    } else if (e.kind === 'truncated') {
      const current = (next ?? map).get(e.node);
      if (!current) continue;
      next ??= new Map(map);
      // A server that could not truncate lost its snapshot's history as well as its log.
      next.set(e.node, { ...current, removed: e.cleared ? [e.snapshotZxid, ...e.removed] : e.removed, cleared: e.cleared });
    }
  }
  return next ?? map;
}

export function foldSessionEnds(map: ReadonlyMap<number, SessionEnd>, events: readonly TimelineEntry[]): ReadonlyMap<number, SessionEnd> {
  let next: Map<number, SessionEnd> | null = null;
  for (const e of events) {
    if (e.kind !== 'session-expired' && e.kind !== 'session-closed') continue;
    next ??= new Map(map);
    next.set(e.sessionId, { sessionId: e.sessionId, reason: e.kind === 'session-expired' ? 'expired' : 'closed', deletedPaths: e.deletedPaths, t: e.t });
  }
  return next ?? map;
}

/** The badge text while it is fresh: "DIFF +3", "TRUNC −1", "SNAP"; null for an empty DIFF. */
export function syncBadge(info: RecoveryInfo | undefined, realNowMs: number): string | null {
  if (!info || realNowMs - info.atRealMs > SYNC_BADGE_MS) return null;
  if (info.mode === 'snap') return 'SNAP';
  if (info.mode === 'trunc') return info.removed.length > 0 ? `TRUNC −${info.removed.length}` : 'TRUNC';
  const sent = info.sent?.length ?? 0;
  return sent > 0 ? `DIFF +${sent}` : null;
}
