import type { ServerId } from '../core/types.ts';
import { isDetection, isRejoinNotice, type ElectionMetric, type FaultMetric, type SyncChoice } from './faultMetrics.ts';
import type { TimelineKind, TimelineRecord } from './records.ts';

// The story of a session: one chapter per fault (and one for the start-up), each split into the
// phases a failover goes through, so "who noticed and why" is one glance. Which phase a record
// belongs to is decided here, from its kind and the chapter's metrics, never from words.

export type StoryPhaseKind = 'failure' | 'detection' | 'election' | 'sync' | 'serving';

export const STORY_PHASES: readonly StoryPhaseKind[] = ['failure', 'detection', 'election', 'sync', 'serving'];

/** How service came back after a fault, or after the start-up. */
export interface Recovery {
  election: ElectionMetric | null;
  unavailable: { fromMs: number; toMs: number | null } | null;
  recovered: { atMs: number; afterMs: number; leader: ServerId; epoch: number } | null;
  syncs: SyncChoice[];
}

export interface StoryPhase<R extends TimelineRecord = TimelineRecord> {
  kind: StoryPhaseKind;
  startMs: number;
  endMs: number;
  /** The first records of the phase (at most PHASE_ENTRIES_KEPT), oldest first. */
  entries: R[];
  /** Every record of the phase, kept or not. */
  count: number;
  /** The servers its records concern, sorted. */
  servers: ServerId[];
}

export interface StoryChapter<R extends TimelineRecord = TimelineRecord> {
  index: number;
  startMs: number;
  /** The fault that opened it; null for the start-up. */
  fault: FaultMetric | null;
  /** How service came back: the fault's own metric, or the start-up's. */
  recovery: Recovery;
  phases: StoryPhase<R>[];
}

export const PHASE_ENTRIES_KEPT = 40;

const ELECTION_KINDS = new Set<TimelineKind>(['election-round', 'vote-changed', 'notification-seen']);
const SYNC_KINDS = new Set<TimelineKind>(['epoch-accepted', 'sync', 'truncated', 'learner-synced', 'leader-elected', 'follower-refused', 'zab-phase']);
/** Things that happen to a chapter without being part of the failover's protocol: shown where they fall. */
const CONTEXT_KINDS = new Set<TimelineKind>(['restart', 'resume', 'restore-link', 'packets-released', 'runtime-error', 'drop', 'delay', 'isolate', 'peer-recovered']);

/**
 * The phase a record belongs to in a chapter, or null when it is not part of the story (client
 * traffic, commits, script bookkeeping). `current` is the chapter's latest phase.
 */
export function phaseOf(record: TimelineRecord, chapter: { fault: FaultMetric | null; recovery: Recovery }, current: StoryPhaseKind | null): StoryPhaseKind | null {
  const { fault, recovery } = chapter;
  if (fault && record === fault.detection?.record) return 'detection';
  if (recovery.recovered && record.t > recovery.recovered.atMs) return storyKind(record) ? 'serving' : null;
  if (fault?.action === 'heal' ? isRejoinNotice(record) && current === 'failure' : fault !== null && isDetection(record, fault.node) && recovery.election === null) return 'detection';
  if (record.kind === 'peer-suspected' || record.kind === 'learner-dropped' || record.kind === 'step-down') return recovery.election === null ? 'detection' : 'election';
  if (record.kind === 'state-change') return record.change === 'looking' || record.change === 'decided' ? 'election' : 'sync';
  if (ELECTION_KINDS.has(record.kind)) return 'election';
  if (SYNC_KINDS.has(record.kind)) return 'sync';
  if (CONTEXT_KINDS.has(record.kind)) return current ?? 'failure';
  return null;
}

function storyKind(record: TimelineRecord): boolean {
  return record.kind === 'state-change' || ELECTION_KINDS.has(record.kind) || SYNC_KINDS.has(record.kind) || CONTEXT_KINDS.has(record.kind) || record.kind === 'peer-suspected' || record.kind === 'learner-dropped' || record.kind === 'step-down';
}

/** The servers a record concerns: its own and its peers. */
export function serversOf(record: TimelineRecord): ServerId[] {
  const ids: ServerId[] = [];
  if (record.node !== null) ids.push(record.node);
  if (record.peers) for (const p of record.peers) ids.push(p);
  return ids;
}
