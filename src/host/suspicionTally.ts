import type { LearnerDropReason } from '../core/reasons.ts';
import type { ServerId } from '../core/types.ts';
import type { TimelineRecord } from './records.ts';

// How often servers gave up on a peer, and how often wrongly: compare mode's "suspicions" row.
// A suspicion is a server suspecting a peer (peer-suspected) or a leader giving up on a learner
// it stopped hearing from (learner-dropped for a timeout or a broken connection; not a learner that
// closed the connection itself). It is false when the peer's process was running at that moment (not crashed,
// killed or paused): a slow or lossy network made a live server look dead. Folded one record at a
// time from the timeline, like the fault metrics (faultAnalysis.ts); pure.

export interface SuspicionCounts {
  /** Every suspicion so far. */
  total: number;
  /** Those of a peer whose process was running. */
  falseAlarms: number;
}

export class SuspicionTally {
  private readonly stopped = new Set<ServerId>();
  private counts: SuspicionCounts = { total: 0, falseAlarms: 0 };
  /** The first server to go LOOKING at each ms (who started an election then), for the latest few. */
  private readonly firstLooking = new Map<number, ServerId>();

  observe(record: TimelineRecord): void {
    const peer = suspectedPeer(record);
    if (peer !== null) {
      const falseAlarm = !this.stopped.has(peer);
      this.counts = { total: this.counts.total + 1, falseAlarms: this.counts.falseAlarms + (falseAlarm ? 1 : 0) };
      return;
    }
    if (record.node === null) return;
    switch (record.kind) {
      case 'crash':
      case 'kill':
      case 'pause':
      case 'runtime-error':
        this.stopped.add(record.node);
        return;
      case 'restart':
      case 'resume':
        this.stopped.delete(record.node);
        return;
      case 'state-change':
        if (record.change === 'looking' && !this.firstLooking.has(record.t)) {
          this.firstLooking.set(record.t, record.node);
          if (this.firstLooking.size > LOOKING_MOMENTS_KEPT) this.firstLooking.delete(this.firstLooking.keys().next().value!);
        }
        return;
    }
  }

  /** The same object until a suspicion is counted. */
  get view(): SuspicionCounts {
    return this.counts;
  }

  /** The server that went LOOKING first at `atMs` (an election's start, faultMetrics' ElectionMetric.startMs). */
  lookingFirstAt(atMs: number): ServerId | null {
    return this.firstLooking.get(atMs) ?? null;
  }
}

/** Moments of LOOKING remembered; an election's start is one of the latest. */
const LOOKING_MOMENTS_KEPT = 200;

/** The reasons a leader drops a learner because it no longer heard from it. */
const GAVE_UP: ReadonlySet<LearnerDropReason['why']> = new Set<LearnerDropReason['why']>(['read-timeout', 'proposal-unacked', 'connection-reset', 'connection-broken']);

function suspectedPeer(record: TimelineRecord): ServerId | null {
  if (record.kind === 'peer-suspected') return record.peer;
  if (record.kind === 'learner-dropped') return GAVE_UP.has(record.reason.why) ? record.learner : null;
  return null;
}
