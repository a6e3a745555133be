import type { ClusterSettings } from '../core/config.ts';
import type { SimCluster, TimelineEvent } from '../sim/cluster.ts';
import type { StepKind, StepPhase, StepResult } from './types.ts';

// Stepping the simulator: run its event queue one item at a time until the next timeline record,
// the next message delivery, or the next phase boundary. The queue is the simulator's own, so the
// step lands exactly there: no frame or budget rounding.

/** How far a step looks ahead at least, simulated ms; with nothing of its kind by then the clock stops there. */
export const STEP_HORIZON_MS = 120_000;

/** The look-ahead for these settings: two of the longest timeout, so a slow detection is still reached. */
export function stepHorizonMs(settings: ClusterSettings): number {
  const longestMs = Math.max(settings.initLimitTicks, settings.syncLimitTicks) * settings.tickTimeMs;
  return Math.max(STEP_HORIZON_MS, 2 * longestMs, settings.detector === 'all-to-all' ? 2 * settings.timeoutMs : 0);
}
/** Queue items one step may process at most (a guard: 120 s at 101 servers is far fewer). */
const STEP_MAX_WORK = 5_000_000;

/** The phase a record starts, if any: a suspicion (detection) or the winner's decision (election decided). */
export function phaseOf(record: TimelineEvent): StepPhase | null {
  if (record.kind === 'peer-suspected') return 'detection';
  if (record.kind === 'state-change' && record.change === 'decided' && record.next === 'lead') return 'election-decided';
  return null;
}

/**
 * Counts what the cluster records while a step runs; the driver feeds it every record. `skip` is
 * the phase the previous step stopped at: every follower suspects on its own, and the second
 * suspicion of one failure is no new phase.
 */
export class StepProbe {
  records = 0;
  phase: StepPhase | null = null;

  constructor(readonly skip: StepPhase | null = null) {}

  onRecord(record: TimelineEvent): void {
    this.records++;
    const phase = phaseOf(record);
    if (phase !== null && phase !== this.skip) this.phase ??= phase;
  }
}

export type StepRun = Pick<StepResult, 'reached' | 'phase' | 'delivery'>;

/** Runs `cluster` to the next `kind`; `probe` must be receiving its records meanwhile. */
export function runToNext(cluster: SimCluster, kind: StepKind, probe: StepProbe): StepRun {
  const horizonMs = cluster.nowMs + stepHorizonMs(cluster.settings);
  const servingBefore = cluster.serviceLeader();
  let delivery: StepResult['delivery'];
  const previousListener = cluster.deliveryListener;
  if (kind === 'delivery') {
    cluster.deliveryListener = (t, from, to, segment) => {
      previousListener?.(t, from, to, segment);
      delivery ??= { from, to, type: segment.type };
    };
  }
  try {
    for (let work = 0; work < STEP_MAX_WORK && cluster.nextEventMs <= horizonMs; work++) {
      const recordsBefore = probe.records;
      cluster.processNext();
      if (kind === 'event' && probe.records > 0) return { reached: true };
      if (kind === 'delivery' && delivery) return { reached: true, delivery };
      if (kind !== 'phase') continue;
      if (probe.phase) return { reached: true, phase: probe.phase };
      // A quorum becomes synced only in a step that records something (a learner-synced at least).
      if (probe.records > recordsBefore && servesAnew(servingBefore, cluster.serviceLeader())) return { reached: true, phase: 'synced-quorum' };
    }
    if (cluster.nextEventMs > horizonMs) cluster.runUntil(horizonMs);
    return { reached: false };
  } finally {
    cluster.deliveryListener = previousListener;
  }
}

type Serving = ReturnType<SimCluster['serviceLeader']>;

function servesAnew(before: Serving, now: Serving): boolean {
  return now !== null && (before === null || before.leader !== now.leader || before.epoch !== now.epoch);
}
