import type { ClusterSettings } from '../core/config.ts';
import type { TickLimit } from '../core/reasons.ts';
import type { ServerId } from '../core/types.ts';
import type { TimelineKind, TimelineRecord } from './records.ts';

// The one definition of what a fault cost, as data: when the first server noticed, how the
// election went, how long no established leader had a synced quorum, and which syncs brought the
// servers back, each against the bound ZooKeeper's settings give. The simulator's command line
// and the page both compute these from the timeline records (faultAnalysis.ts), so the numbers a
// class sees are the numbers `npm run sim` prints.

/** What the metrics need besides the records: the cluster's settings and its network's latency. */
export interface MetricsContext {
  settings: ClusterSettings;
  latencyMs: number;
  jitterMs: number;
}

export type FaultAction = 'crash' | 'kill' | 'pause' | 'isolate' | 'partition' | 'cut' | 'heal';

const FAULT_ACTIONS = new Set<TimelineKind>(['crash', 'kill', 'pause', 'isolate', 'partition', 'cut', 'heal']);

export function isFaultAction(kind: TimelineKind): kind is FaultAction {
  return FAULT_ACTIONS.has(kind);
}

/** Why a bound is what it is, for the words (src/narrate) and the plots. */
export type BoundReason =
  /** A silent server is noticed by a read timeout: syncLimit × tickTime. */
  | { why: 'read-timeout'; limit: TickLimit }
  /** The all-to-all detector: no heartbeat for timeoutMs. */
  | { why: 'heartbeat-timeout'; timeoutMs: number; heartbeatMs: number }
  /** A killed process's host resets its connections: one message latency. */
  | { why: 'connection-reset'; latencyMs: number; jitterMs: number }
  /** After a heal, LOOKING servers send their vote again only when their FLE back-off ends. */
  | { why: 'fle-backoff'; intervalMs: number }
  /** Detection, then at most initLimit × tickTime for a new leader to gather a synced quorum. */
  | { why: 'detection-then-init-limit'; detection: BoundReason; limit: TickLimit };

/** An expected value with the band the protocol allows around it, ms after the fault. */
export interface Bound {
  ms: number;
  loMs: number;
  hiMs: number;
  reason: BoundReason;
}

export type SyncMode = 'diff' | 'trunc' | 'snap';

export interface SyncChoice {
  atMs: number;
  leader: ServerId;
  learner: ServerId;
  mode: SyncMode;
}

export interface Detection {
  atMs: number;
  afterMs: number;
  by: ServerId;
  /** The record that showed it: what the server noticed and why. */
  record: TimelineRecord;
}

export interface ElectionMetric {
  /** The first server to start LOOKING after service was lost. */
  startMs: number;
  /** When the winner decided to lead (null: not yet). */
  decidedMs: number | null;
  /** Election rounds the winner went through (each LOOKING or round jump counts one). */
  rounds: number;
  leader: ServerId | null;
  /** The epoch the new leader proposes (null until it leads). */
  epoch: number | null;
}

export interface FaultMetric {
  /** Its place in the session, from 0. */
  index: number;
  atMs: number;
  action: FaultAction;
  /** The server it hit (null: a network fault). */
  node: ServerId | null;
  /** Every server it concerns: the node, a partition's members, a cut's ends. */
  servers: ServerId[];
  /** A partition's groups. */
  groups?: ServerId[][];
  /** The server was the leader a quorum followed when it was hit. */
  wasLeader: boolean;
  detection: Detection | null;
  /** The fault was healed (or its server came back) before anyone noticed. */
  undetectedHealed: boolean;
  detectionBound: Bound;
  election: ElectionMetric | null;
  /** No established leader with a synced quorum from `fromMs` (null: service never stopped). */
  unavailable: { fromMs: number; toMs: number | null } | null;
  /** Service back (for a heal: every live server back in the quorum). */
  recovered: { atMs: number; afterMs: number; leader: ServerId; epoch: number } | null;
  recoveryBound: Bound;
  syncs: SyncChoice[];
}

/** Time from the fault to the first server noticing, or null (nobody has). */
export function detectedMs(m: FaultMetric): number | null {
  return m.detection ? m.detection.afterMs : null;
}

/** Time from the fault to an established leader with a synced quorum: 0 when service never stopped, null while it is still down. */
export function recoveredMs(m: FaultMetric): number | null {
  if (m.recovered) return m.recovered.afterMs;
  return m.unavailable === null && m.action !== 'heal' ? 0 : null;
}

/** How long service was unavailable (so far, at `nowMs`, while it is down). */
export function unavailableMs(m: FaultMetric, nowMs: number): number {
  if (!m.unavailable) return 0;
  return (m.unavailable.toMs ?? nowMs) - m.unavailable.fromMs;
}

export function electionMs(m: FaultMetric): number | null {
  const e = m.election;
  return e && e.decidedMs !== null ? e.decidedMs - e.startMs : null;
}

// ------------------------------------------------------------------ detection

/** Records that say a server noticed a failure (besides leaving its role). */
export const DETECTION_KINDS: ReadonlySet<TimelineKind> = new Set<TimelineKind>(['peer-suspected', 'learner-dropped', 'step-down']);

/** A server left FOLLOWING or LEADING for LOOKING. */
export function leavesRole(record: TimelineRecord): boolean {
  return record.kind === 'state-change' && record.change === 'looking' && (record.from === 'following' || record.from === 'leading' || record.from === 'observing');
}

/**
 * The one definition of "a server noticed": a record by a live server other than the one hit that
 * suspects a peer, drops a learner, steps down or leaves its role. The simulator's runner and the
 * page's metrics both use it.
 */
export function isDetection(record: TimelineRecord, faultNode: ServerId | null): boolean {
  if (record.node === null || record.node === faultNode) return false;
  return DETECTION_KINDS.has(record.kind) || leavesRole(record);
}

/**
 * A server noticed this fault: a detection record (isDetection) about the server hit (as its
 * peer, learner or leader); for a network fault, any server's. This is what `detectedMs` measures.
 */
export function noticesFault(record: TimelineRecord, fault: { action: FaultAction; node: ServerId | null; atMs: number }): boolean {
  if (record.t < fault.atMs) return false;
  // A network fault concerns everyone, the servers cut off included: they notice too.
  if (fault.action === 'partition' || fault.action === 'cut' || fault.action === 'isolate' || fault.node === null) return isDetection(record, null);
  const node = fault.node;
  if (!isDetection(record, node)) return false;
  if (record.peers?.includes(node)) return true;
  if (record.kind === 'state-change' && record.change === 'looking') {
    const reason = record.reason as { leader?: ServerId };
    return reason.leader === node || record.reason.why === 'shut-down-leading';
  }
  return record.kind === 'step-down';
}

/** After a heal, a server reacting to the servers it hears again. */
export function isRejoinNotice(record: TimelineRecord): boolean {
  if (record.node === null) return false;
  if (record.kind === 'state-change') return record.change === 'decided' || record.change === 'learning';
  return record.kind === 'peer-recovered' || record.kind === 'election-round';
}

// ------------------------------------------------------------------ bounds

export function syncLimitOf(settings: ClusterSettings): TickLimit {
  return { name: 'syncLimit', ticks: settings.syncLimitTicks, tickTimeMs: settings.tickTimeMs };
}

export function initLimitOf(settings: ClusterSettings): TickLimit {
  return { name: 'initLimit', ticks: settings.initLimitTicks, tickTimeMs: settings.tickTimeMs };
}

/** A silent server (crashed, paused, cut off): a read timeout, give or take one tick (or heartbeat). */
export function silentBound(settings: ClusterSettings): Bound {
  if (settings.detector === 'all-to-all') {
    const ms = settings.timeoutMs;
    return { ms, loMs: Math.max(0, ms - settings.heartbeatMs), hiMs: ms + settings.heartbeatMs, reason: { why: 'heartbeat-timeout', timeoutMs: ms, heartbeatMs: settings.heartbeatMs } };
  }
  const limit = syncLimitOf(settings);
  const ms = limit.ticks * limit.tickTimeMs;
  return { ms, loMs: Math.max(0, ms - limit.tickTimeMs), hiMs: ms + limit.tickTimeMs, reason: { why: 'read-timeout', limit } };
}

/**
 * After a heal: the longest FLE back-off among the servers LOOKING since `lookingSinceMs`, at
 * `nowMs` (they send their vote again only then). With nobody looking, a follower that was cut off
 * hears its leader's next ping: within a tick.
 */
export function backoffBound(settings: ClusterSettings, lookingSinceMs: readonly number[], nowMs: number): Bound {
  let longest = 0;
  for (const since of lookingSinceMs) longest = Math.max(longest, backoffIntervalMs(settings, nowMs - since));
  return { ms: longest, loMs: 0, hiMs: Math.max(longest, settings.tickTimeMs), reason: { why: 'fle-backoff', intervalMs: longest } };
}

/** FLE's notification interval after `lookingMs` of looking: finalizeWait, doubling per timeout, capped. */
export function backoffIntervalMs(settings: ClusterSettings, lookingMs: number): number {
  let elapsed = 0;
  let interval = settings.finalizeWaitMs;
  while (elapsed + interval <= lookingMs && interval < settings.maxNotificationIntervalMs) {
    elapsed += interval;
    interval = Math.min(interval * 2, settings.maxNotificationIntervalMs);
  }
  return interval;
}

export function detectionBoundFor(action: FaultAction, context: MetricsContext): Bound {
  if (action === 'kill') {
    const { latencyMs, jitterMs } = context;
    return { ms: latencyMs, loMs: 0, hiMs: latencyMs + jitterMs, reason: { why: 'connection-reset', latencyMs, jitterMs } };
  }
  return silentBound(context.settings);
}

/** Service back within detection plus initLimit × tickTime (a new leader's deadline to gather a quorum). */
export function recoveryBoundFor(detection: Bound, settings: ClusterSettings): Bound {
  const limit = initLimitOf(settings);
  const extra = limit.ticks * limit.tickTimeMs;
  return { ms: detection.ms + extra, loMs: detection.loMs, hiMs: detection.hiMs + extra, reason: { why: 'detection-then-init-limit', detection: detection.reason, limit } };
}
