import type { ServerId } from '../core/types.ts';
import {
  backoffBound,
  detectionBoundFor,
  isFaultAction,
  isRejoinNotice,
  noticesFault,
  recoveryBoundFor,
  type FaultAction,
  type FaultMetric,
  type MetricsContext,
  type SyncChoice,
} from './faultMetrics.ts';
import { LeadershipModel } from './leadershipModel.ts';
import type { RecordOf, TimelineRecord } from './records.ts';
import { PHASE_ENTRIES_KEPT, STORY_PHASES, phaseOf, serversOf, type Recovery, type StoryChapter, type StoryPhase, type StoryPhaseKind } from './story.ts';

// Fault metrics and the story, folded one record at a time: the page feeds each batch as it
// arrives (its timeline keeps only the last records, this keeps every fault), the simulator's
// runner feeds every record of a run. Pure: no clock but the records' own times.

/** What the analysis shows: every fault's metrics and the story's chapters, newest last. */
export interface AnalysisView<R extends TimelineRecord = TimelineRecord> {
  version: number;
  faults: readonly FaultMetric[];
  chapters: readonly StoryChapter<R>[];
}

/** Faults kept (oldest dropped first); each is a few hundred bytes. */
export const FAULTS_KEPT = 500;
/** Story chapters kept; each holds at most 5 × PHASE_ENTRIES_KEPT records. */
export const CHAPTERS_KEPT = 40;

interface Chapter<R extends TimelineRecord> {
  index: number;
  startMs: number;
  fault: FaultMetric | null;
  recovery: Recovery;
  phases: StoryPhase<R>[];
  /** Still watching for service to stop (a fault that has not stopped it is settled by the next fault). */
  watching: boolean;
  /** Rounds each server went through in this chapter's election. */
  rounds: Map<ServerId, number>;
  /** The phase the latest record went to. */
  lastPhase: StoryPhaseKind | null;
  dirty: boolean;
}

export class FaultAnalysis<R extends TimelineRecord = TimelineRecord> {
  private readonly model: LeadershipModel;
  private readonly context: MetricsContext;
  private readonly chapters: Chapter<R>[] = [];
  private readonly faults: FaultMetric[] = [];
  private serving: { leader: ServerId; epoch: number } | null = null;
  private version = 0;
  private faultCount = 0;
  private cached: AnalysisView<R> | null = null;
  private readonly copies = new WeakMap<Chapter<R>, StoryChapter<R>>();
  private readonly faultCopies = new WeakMap<FaultMetric, FaultMetric>();
  private readonly dirtyFaults = new Set<FaultMetric>();

  constructor(context: MetricsContext) {
    this.context = context;
    this.model = new LeadershipModel(context.settings.voters, context.settings.observers);
    const startup: Chapter<R> = { index: 0, startMs: 0, fault: null, recovery: { election: null, unavailable: { fromMs: 0, toMs: null }, recovered: null, syncs: [] }, phases: [], watching: true, rounds: new Map(), lastPhase: null, dirty: true };
    this.chapters.push(startup);
  }

  observe(record: R): void {
    const servingBefore = this.serving;
    const changed = this.model.observe(record);
    if (changed) this.serving = this.model.serving();
    if (isFaultAction(record.kind)) this.beginFault(record as R & { kind: FaultAction }, servingBefore);
    else this.noticeDetection(record);
    this.noticeComeback(record);
    this.followElection(record);
    this.collectSync(record);
    if (changed) this.checkService(record.t);
    this.tell(record);
  }

  /** The metrics and the story as they stand (the same object until something changes). */
  view(): AnalysisView<R> {
    if (this.cached && this.cached.version === this.version) return this.cached;
    const chapters = this.chapters.map((c) => this.copyOf(c));
    this.cached = { version: this.version, faults: this.faults.map((f) => this.copyOfFault(f)), chapters };
    return this.cached;
  }

  private copyOf(c: Chapter<R>): StoryChapter<R> {
    const old = this.copies.get(c);
    if (old && !c.dirty) return old;
    c.dirty = false;
    const fault = c.fault ? this.copyOfFault(c.fault) : null;
    const copy: StoryChapter<R> = {
      index: c.index,
      startMs: c.startMs,
      fault,
      recovery: fault ?? copyRecovery(c.recovery),
      phases: c.phases.map((p) => ({ ...p, entries: p.entries.slice(), servers: [...p.servers] })),
    };
    this.copies.set(c, copy);
    return copy;
  }

  /** A fault's copy, made again only when it changed: a view of 500 faults costs little per commit. */
  private copyOfFault(f: FaultMetric): FaultMetric {
    const old = this.faultCopies.get(f);
    if (old && !this.dirtyFaults.has(f)) return old;
    this.dirtyFaults.delete(f);
    const copy = copyMetric(f);
    this.faultCopies.set(f, copy);
    return copy;
  }

  private touch(c: Chapter<R>): void {
    c.dirty = true;
    if (c.fault) this.dirtyFaults.add(c.fault);
    this.version++;
  }

  private beginFault(record: R & { kind: FaultAction }, servingBefore: { leader: ServerId } | null): void {
    // A fault that never stopped service is settled now: later losses belong to later faults.
    for (const c of this.chapters) if (c.recovery.unavailable === null) c.watching = false;
    const action = record.kind;
    const node = record.node;
    const settings = this.context.settings;
    const detectionBound = action === 'heal' ? backoffBound(settings, this.model.lookingServers().map((s) => s.sinceMs), record.t) : detectionBoundFor(action, this.context);
    const fault: FaultMetric = {
      index: this.faultCount++,
      atMs: record.t,
      action,
      node,
      servers: [...new Set(serversOf(record))].sort((a, b) => a - b),
      ...(record.kind === 'partition' ? { groups: (record as RecordOf<'partition'>).groups.map((g) => [...g]) } : {}),
      wasLeader: record.kind === 'crash' ? (record as RecordOf<'crash'>).wasLeading : node !== null && servingBefore?.leader === node,
      detection: null,
      undetectedHealed: false,
      detectionBound,
      election: null,
      unavailable: this.serving ? null : { fromMs: record.t, toMs: null },
      recovered: null,
      recoveryBound: recoveryBoundFor(detectionBound, settings),
      syncs: [],
    };
    if (action === 'heal') this.beginHeal(fault, record.t);
    this.faults.push(fault);
    if (this.faults.length > FAULTS_KEPT) this.faults.shift();
    const chapter: Chapter<R> = { index: this.chapters.length === 0 ? 0 : this.chapters[this.chapters.length - 1]!.index + 1, startMs: record.t, fault, recovery: fault, phases: [], watching: true, rounds: new Map(), lastPhase: null, dirty: true };
    this.chapters.push(chapter);
    if (this.chapters.length > CHAPTERS_KEPT) this.chapters.shift();
    this.version++;
  }

  /** A heal: network faults nobody noticed are over; if every server already serves, nothing is left to recover. */
  private beginHeal(fault: FaultMetric, t: number): void {
    for (const f of this.faults) {
      if (f.detection === null && !f.undetectedHealed && (f.action === 'partition' || f.action === 'cut' || f.action === 'isolate')) {
        f.undetectedHealed = true;
        this.touchFault(f);
      }
    }
    if (this.serving && this.model.whole()) fault.recovered = { atMs: t, afterMs: 0, leader: this.serving.leader, epoch: this.serving.epoch };
  }

  private touchFault(f: FaultMetric): void {
    this.dirtyFaults.add(f);
    const c = this.chapters.find((ch) => ch.fault === f);
    if (c) this.touch(c);
    else this.version++;
  }

  private noticeDetection(record: R): void {
    for (const c of this.chapters) {
      const f = c.fault;
      if (!f || f.detection !== null || f.undetectedHealed || record.t < f.atMs) continue;
      const noticed = f.action === 'heal' ? f.recovered === null && isRejoinNotice(record) : noticesFault(record, f);
      if (!noticed) continue;
      f.detection = { atMs: record.t, afterMs: record.t - f.atMs, by: record.node!, record };
      this.touch(c);
    }
  }

  /** The server hit came back (resumed, restarted) before anyone noticed it was gone. */
  private noticeComeback(record: R): void {
    if (record.kind !== 'resume' && record.kind !== 'restart') return;
    for (const c of this.chapters) {
      const f = c.fault;
      if (!f || f.node !== record.node || f.detection !== null || f.undetectedHealed) continue;
      if (f.action === 'crash' || f.action === 'kill' || f.action === 'pause') {
        f.undetectedHealed = true;
        this.touch(c);
      }
    }
  }

  /** Elections run while service is down: the first LOOKING starts one; the winner's decision ends it. */
  private followElection(record: R): void {
    if (record.kind !== 'state-change' && record.kind !== 'election-round') return;
    if (record.node === null || !this.model.isUp(record.node)) return;
    for (const c of this.chapters) {
      const r = c.recovery;
      if (r.recovered !== null || r.unavailable === null) continue;
      if (record.kind === 'election-round' || (record.kind === 'state-change' && record.change === 'looking')) {
        if (r.election === null) r.election = { startMs: record.t, decidedMs: null, rounds: 0, leader: null, epoch: null };
        c.rounds.set(record.node, (c.rounds.get(record.node) ?? 0) + 1);
        if (r.election.leader === null) r.election.rounds = Math.max(...c.rounds.values());
        this.touch(c);
      } else if (record.kind === 'state-change' && record.change === 'decided' && record.next === 'lead' && r.election !== null) {
        Object.assign(r.election, { decidedMs: record.t, leader: record.node, rounds: Math.max(1, c.rounds.get(record.node) ?? 1) });
        this.touch(c);
      } else if (record.kind === 'state-change' && record.change === 'leading' && r.election?.leader === record.node) {
        r.election.epoch = record.epoch;
        this.touch(c);
      }
    }
  }

  /** The sync each learner got, for the chapters still recovering and the latest one. */
  private collectSync(record: R): void {
    const choice = syncChoiceOf(record);
    if (!choice) return;
    const last = this.chapters[this.chapters.length - 1];
    for (const c of this.chapters) {
      if (c !== last && c.recovery.recovered !== null) continue;
      c.recovery.syncs.push(choice);
      this.touch(c);
    }
  }

  private checkService(t: number): void {
    const serving = this.serving;
    for (const c of this.chapters) {
      const r = c.recovery;
      if (r.recovered !== null || !c.watching) continue;
      const heal = c.fault?.action === 'heal';
      if (!serving) {
        if (r.unavailable === null) {
          r.unavailable = { fromMs: t, toMs: null };
          this.seedElection(c);
          this.touch(c);
        }
        continue;
      }
      // The live driver's records come from several workers: a batch may be slightly out of order.
      if (r.unavailable !== null && r.unavailable.toMs === null) {
        r.unavailable.toMs = Math.max(t, r.unavailable.fromMs);
        this.touch(c);
      }
      if (r.unavailable === null && !heal) continue;
      if (heal && !this.model.whole()) continue;
      r.recovered = { atMs: Math.max(t, c.startMs), afterMs: Math.max(0, t - c.startMs), leader: serving.leader, epoch: serving.epoch };
      if (r.election && r.election.leader !== serving.leader) Object.assign(r.election, { leader: serving.leader, rounds: Math.max(1, c.rounds.get(serving.leader) ?? 1) });
      this.touch(c);
    }
  }

  /** Service just stopped: the servers already LOOKING since the chapter began started the election. */
  private seedElection(c: Chapter<R>): void {
    const looking = this.model.lookingServers().filter((l) => l.sinceMs >= c.startMs);
    if (looking.length === 0 || c.recovery.election !== null) return;
    for (const l of looking) c.rounds.set(l.id, (c.rounds.get(l.id) ?? 0) + 1);
    c.recovery.election = { startMs: Math.min(...looking.map((l) => l.sinceMs)), decidedMs: null, rounds: 1, leader: null, epoch: null };
  }

  /** Puts the record in its chapter's phase: the latest chapter, or the one still recovering that it concerns. */
  private tell(record: R): void {
    const chapter = this.chapters[this.chapters.length - 1];
    if (!chapter) return;
    const current = chapter.lastPhase;
    const kind: StoryPhaseKind | null = isFaultAction(record.kind) && chapter.fault?.atMs === record.t && chapter.phases.length === 0 ? 'failure' : phaseOf(record, chapter, current);
    if (kind === null) {
      if (chapter.recovery.recovered && !chapter.phases.some((p) => p.kind === 'serving')) this.addTo(chapter, 'serving', null, chapter.recovery.recovered.atMs);
      return;
    }
    if (chapter.recovery.recovered && kind !== 'serving' && !chapter.phases.some((p) => p.kind === 'serving')) {
      this.addTo(chapter, kind, record, record.t);
      this.addTo(chapter, 'serving', null, chapter.recovery.recovered.atMs);
      return;
    }
    this.addTo(chapter, kind, record, record.t);
  }

  private addTo(chapter: Chapter<R>, kind: StoryPhaseKind, record: R | null, t: number): void {
    chapter.lastPhase = kind;
    let phase = chapter.phases.find((p) => p.kind === kind);
    if (!phase) {
      phase = { kind, startMs: t, endMs: t, entries: [], count: 0, servers: [] };
      // Phases stay in the order of a failover, whichever record came first.
      const order = STORY_PHASES.indexOf(kind);
      const at = chapter.phases.findIndex((p) => STORY_PHASES.indexOf(p.kind) > order);
      chapter.phases.splice(at < 0 ? chapter.phases.length : at, 0, phase);
    }
    if (record) {
      phase.endMs = Math.max(phase.endMs, record.t);
      phase.count++;
      if (phase.entries.length < PHASE_ENTRIES_KEPT) phase.entries.push(record);
      for (const id of serversOf(record)) if (!phase.servers.includes(id)) insertSorted(phase.servers, id);
    }
    this.touch(chapter);
  }
}

function insertSorted(list: ServerId[], id: ServerId): void {
  let i = list.length;
  while (i > 0 && list[i - 1]! > id) i--;
  list.splice(i, 0, id);
}

function copyRecovery(r: Recovery): Recovery {
  return {
    election: r.election && { ...r.election },
    unavailable: r.unavailable && { ...r.unavailable },
    recovered: r.recovered && { ...r.recovered },
    syncs: r.syncs.slice(),
  };
}

function copyMetric(f: FaultMetric): FaultMetric {
  return { ...f, ...copyRecovery(f), detection: f.detection && { ...f.detection } };
}

/**
 * The sync a learner got: the leader's sync record (the model's, and a real leader's SNAP, whose
 * log line names every field), or a real learner's zab-phase for DIFF and TRUNC, which only the
 * learner's log names.
 */
function syncChoiceOf(record: TimelineRecord): SyncChoice | null {
  if (record.kind === 'sync' && record.side === 'leader') return { atMs: record.t, leader: record.node, learner: record.learner, mode: record.mode };
  if (record.kind === 'zab-phase' && record.role !== 'leading' && record.leader !== null && (record.syncMode === 'diff' || record.syncMode === 'trunc')) {
    return { atMs: record.t, leader: record.leader, learner: record.node, mode: record.syncMode };
  }
  return null;
}

/** Every fault of a list of records, in one call (the CLI, the tests). */
export function analyzeRecords<R extends TimelineRecord>(records: Iterable<R>, context: MetricsContext): AnalysisView<R> {
  const analysis = new FaultAnalysis<R>(context);
  for (const r of records) analysis.observe(r);
  return analysis.view();
}
