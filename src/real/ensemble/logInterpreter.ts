import type { LookingReason, TickLimit } from '../../core/reasons.ts';
import type { Role, ServerId, Vote, Zxid } from '../../core/types.ts';
import { epochOf } from '../../core/zxid.ts';
import type { ObservedRecord } from '../../driver/real/protocol.ts';
import type { SyncModeSeen, ZabPhase } from '../../host/observedRecords.ts';
import type { LogEntry, LogFact } from './logParse.ts';

// One server's log, read in order, as timeline records and a picture of what it last said. A core
// record goes out only when the log has truthfully told every one of its fields; otherwise the
// fact stays in the picture (or in a real-only record) and nothing is made up to fill a field.

export interface LogTiming {
  self: ServerId;
  voterCount: number;
  tickTimeMs: number;
  initLimitTicks: number;
  syncLimitTicks: number;
  /**
   * Whose quorum port this is, in this server's config (a peer's real port, or the relay's for
   * self → peer). A learner's "connected to leader" line names only the address it dialled.
   */
  leaderOfQuorumPort?: (port: number) => ServerId | null;
}

/** What the log said last, for the snapshot (null: the log has not said). */
export interface LogView {
  role: Role | null;
  roleAtMs: number | null;
  leader: ServerId | null;
  phase: ZabPhase | null;
  syncMode: SyncModeSeen | null;
  established: boolean;
  vote: Vote | null;
  electionRound: number;
  proposedZxid: Zxid | null;
  /** The sids of the quorum this server, as leader, started with ("Have quorum of supporters"). */
  syncedLearners: ServerId[];
  leaderEpoch: number | null;
}

type Notification = Extract<LogFact, { fact: 'notification' }>;
type HandlerFailure = 'read-timeout' | 'connection-reset' | 'other';

export class LogInterpreter {
  private readonly view: LogView = freshView();
  private previousRole: Role = 'looking';
  private lookingAnnounced = true;
  private pendingReason: LookingReason | null = null;
  private lastNotification: Notification | null = null;
  /** This election's latest notification naming each candidate: that vote's epoch and zxid. */
  private readonly latestVoteFor = new Map<ServerId, Notification>();
  /** A learner's decision, held until its connect line says which leader it reached. */
  private pendingDecision: { role: 'following' | 'observing'; tookMs: number; t: number } | null = null;
  /** A LearnerHandler thread serves one learner: its later lines name it only through the thread. */
  private readonly learnerOfThread = new Map<string, ServerId>();
  private readonly failureOfThread = new Map<string, HandlerFailure>();

  constructor(private readonly timing: LogTiming) {}

  picture(): Readonly<LogView> {
    return this.view;
  }

  /**
   * A new JVM: its first election's reason is the start, with the epoch its disk holds (a fresh
   * data dir has no currentEpoch file; ZooKeeper then takes 0, as the caller should).
   */
  processStarted(currentEpoch: number): void {
    Object.assign(this.view, freshView());
    this.previousRole = 'looking';
    this.lookingAnnounced = false;
    this.pendingReason = { why: 'started', currentEpoch };
    this.learnerOfThread.clear();
    this.failureOfThread.clear();
  }

  take(entry: LogEntry, fact: LogFact, t: number): ObservedRecord[] {
    switch (fact.fact) {
      case 'looking':
        return this.enterLooking(t);
      case 'own-proposal':
        // An observer proposes Long.MIN_VALUE (0x8000000000000000): it has no vote to give.
        this.view.proposedZxid = fact.zxid >= 2 ** 63 ? null : fact.zxid;
        return [];
      case 'role-entered':
        this.roleEntered(fact.role, t);
        return [];
      case 'notification':
        return this.notification(fact, t);
      case 'decided':
        return this.decided(fact.role, fact.tookMs, t);
      case 'leader-connected':
        return this.leaderConnected(fact.port);
      case 'zab-phase':
        return this.zabPhase(fact, t);
      case 'learner-named':
        this.learnerOfThread.set(entry.thread, fact.learner);
        return [];
      case 'snap-sent':
        return this.snapSent(entry.thread, fact.peerZxid, fact.snapshotZxid, t);
      case 'quorum-formed':
        return this.quorumFormed(fact.sids, fact.zxid, t);
      case 'not-synced':
        return this.notSynced(fact.synced, t);
      case 'follow-failed':
        return this.followFailed(fact.cause, t);
      case 'handler-failed':
        this.failureOfThread.set(entry.thread, fact.cause);
        return [];
      case 'goodbye':
        return this.goodbye(entry.thread, t);
      // DIFF and TRUNC lines do not list the transactions sent (the core 'sync' record's `sent`);
      // the learner's zab-phase record carries the mode. UPTODATE does not name the zxid.
      case 'diff-sent':
      case 'trunc-sent':
      case 'learner-uptodate':
        return [];
    }
  }

  private record(t: number, body: Record<string, unknown>): ObservedRecord {
    return { t, node: this.timing.self, source: 'log', ...body } as ObservedRecord;
  }

  private enterLooking(t: number): ObservedRecord[] {
    this.previousRole = this.view.role ?? 'looking';
    Object.assign(this.view, { role: 'looking', roleAtMs: t, leader: null, phase: null, syncMode: null, established: false, syncedLearners: [], leaderEpoch: null });
    this.lookingAnnounced = false;
    this.lastNotification = null;
    this.latestVoteFor.clear();
    this.pendingDecision = null;
    return [];
  }

  private notification(n: Notification, t: number): ObservedRecord[] {
    const records = [this.record(t, { kind: 'notification-seen', from: n.from, fromState: n.fromState, leader: n.leader, round: n.round, peerEpoch: n.peerEpoch, zxid: n.zxid, peers: [n.from] })];
    this.lastNotification = n;
    this.latestVoteFor.set(n.leader, n);
    if (n.from !== this.timing.self) return records;
    // A server receives its own notifications: they carry its current vote.
    this.view.vote = { leader: n.leader, zxid: n.zxid, electionEpoch: n.round, peerEpoch: n.peerEpoch, state: n.fromState };
    this.view.electionRound = n.round;
    if (!this.lookingAnnounced && n.fromState === 'looking') {
      this.lookingAnnounced = true;
      if (this.pendingReason) {
        const vote = { leader: n.leader, epoch: n.peerEpoch, zxid: n.zxid };
        records.push(this.record(t, { kind: 'state-change', change: 'looking', from: this.previousRole, round: n.round, reason: this.pendingReason, vote }));
      }
      this.pendingReason = null;
    }
    return records;
  }

  private decided(role: 'leading' | 'following' | 'observing', tookMs: number, t: number): ObservedRecord[] {
    // Until a learner connects, its leader is the best guess: the running server it heard last
    // (joining an ensemble), else its own vote.
    const guess = role === 'leading' ? this.timing.self : (this.runningLeaderVote() ?? this.ownVote())?.leader ?? null;
    Object.assign(this.view, { role, roleAtMs: t, leader: guess });
    if (role !== 'leading' && this.timing.leaderOfQuorumPort) {
      this.pendingDecision = { role, tookMs, t };
      return [];
    }
    return guess === null ? [] : this.decision(role, guess, tookMs, t);
  }

  private leaderConnected(port: number): ObservedRecord[] {
    const leader = this.timing.leaderOfQuorumPort?.(port) ?? null;
    if (leader === null) return [];
    this.view.leader = leader;
    const pending = this.pendingDecision;
    this.pendingDecision = null;
    return pending ? this.decision(pending.role, leader, pending.tookMs, pending.t) : [];
  }

  /** The decided record, with the winner's epoch and zxid as the latest vote for it carried them. */
  private decision(role: 'leading' | 'following' | 'observing', leader: ServerId, tookMs: number, t: number): ObservedRecord[] {
    const basis = this.latestVoteFor.get(leader);
    if (!basis) return [];
    const joinedRunningEnsemble = basis.from !== this.timing.self && (basis.fromState === 'leading' || basis.fromState === 'following');
    const next = role === 'leading' ? 'lead' : role === 'following' ? 'follow' : 'observe';
    return [this.record(t, { kind: 'state-change', change: 'decided', round: this.view.electionRound, leader, epoch: basis.peerEpoch, zxid: basis.zxid, tookMs, joinedRunningEnsemble, next })];
  }

  private roleEntered(role: 'leading' | 'following' | 'observing', t: number): void {
    const basis = this.runningLeaderVote() ?? this.ownVote();
    Object.assign(this.view, { role, roleAtMs: t, leader: role === 'leading' ? this.timing.self : (basis?.leader ?? null) });
  }

  /** The last notification, when it came from a server already following or leading. */
  private runningLeaderVote(): { leader: ServerId; epoch: number; zxid: Zxid } | null {
    const last = this.lastNotification;
    if (last === null || last.from === this.timing.self || (last.fromState !== 'leading' && last.fromState !== 'following')) return null;
    return { leader: last.leader, epoch: last.peerEpoch, zxid: last.zxid };
  }

  private ownVote(): { leader: ServerId; epoch: number; zxid: Zxid } | null {
    const vote = this.view.vote;
    return vote ? { leader: vote.leader, epoch: vote.peerEpoch, zxid: vote.zxid } : null;
  }

  private zabPhase(fact: Extract<LogFact, { fact: 'zab-phase' }>, t: number): ObservedRecord[] {
    if (fact.syncMode !== null) this.view.syncMode = fact.syncMode;
    Object.assign(this.view, { role: fact.role, phase: fact.phase, established: fact.phase === 'broadcast' });
    if (fact.role === 'leading') this.view.leader = this.timing.self;
    const leader = this.view.leader ?? null;
    return [this.record(t, { kind: 'zab-phase', role: fact.role, phase: fact.phase, syncMode: fact.syncMode, leader, ...(leader !== null && leader !== this.timing.self ? { peers: [leader] } : {}) })];
  }

  private snapSent(thread: string, peerZxid: Zxid, snapshotZxid: Zxid, t: number): ObservedRecord[] {
    const learner = this.learnerOfThread.get(thread);
    if (learner === undefined) return [];
    return [this.record(t, { kind: 'sync', side: 'leader', learner, fromZxid: peerZxid, mode: 'snap', snapshotZxid, peers: [learner] })];
  }

  private quorumFormed(sids: ServerId[], zxid: Zxid, t: number): ObservedRecord[] {
    const followers = sids.filter((sid) => sid !== this.timing.self);
    const epoch = epochOf(zxid);
    Object.assign(this.view, { syncedLearners: followers, leaderEpoch: epoch });
    return [this.record(t, { kind: 'leader-elected', epoch, followers, voters: this.timing.voterCount, zxid, peers: followers })];
  }

  private notSynced(synced: ServerId[], t: number): ObservedRecord[] {
    const epoch = this.view.leaderEpoch;
    if (epoch === null) return [];
    const shutdown = { why: 'not-synced', synced, voters: this.timing.voterCount } as const;
    this.pendingReason = { why: 'shut-down-leading', epoch, shutdown };
    return [this.record(t, { kind: 'step-down', epoch, shutdown })];
  }

  private followFailed(cause: 'read-timeout' | 'connection-closed' | 'other', t: number): ObservedRecord[] {
    const leader = this.view.leader;
    this.pendingReason = null;
    if (leader === null || cause === 'other') return [];
    if (cause === 'connection-closed') {
      this.pendingReason = { why: 'leader-connection-reset', leader };
      return [this.record(t, { kind: 'peer-suspected', peer: leader, cause: 'connection-reset', peers: [leader] })];
    }
    // The learner's socket timeout: initLimit while syncing, syncLimit once it follows (Learner).
    const limit = this.readLimit();
    const limitMs = limit.ticks * limit.tickTimeMs;
    // The read timed out, so the leader was silent for (at least) the limit.
    this.pendingReason = { why: 'leader-silent', leader, silentMs: limitMs };
    return [this.record(t, { kind: 'peer-suspected', peer: leader, cause: 'leader-silent', silentMs: limitMs, limitMs, limit, peers: [leader] })];
  }

  private readLimit(): TickLimit {
    const { tickTimeMs, initLimitTicks, syncLimitTicks } = this.timing;
    return this.view.established ? { name: 'syncLimit', ticks: syncLimitTicks, tickTimeMs } : { name: 'initLimit', ticks: initLimitTicks, tickTimeMs };
  }

  private goodbye(thread: string, t: number): ObservedRecord[] {
    const learner = this.learnerOfThread.get(thread);
    const failure = this.failureOfThread.get(thread);
    this.learnerOfThread.delete(thread);
    this.failureOfThread.delete(thread);
    if (learner === undefined || failure === undefined || failure === 'other') return [];
    const { tickTimeMs, syncLimitTicks } = this.timing;
    const reason = failure === 'read-timeout' ? { why: 'read-timeout', silentMs: tickTimeMs * syncLimitTicks } : { why: 'connection-reset' };
    this.view.syncedLearners = this.view.syncedLearners.filter((sid) => sid !== learner);
    return [this.record(t, { kind: 'learner-dropped', learner, reason, peers: [learner] })];
  }
}

function freshView(): LogView {
  return { role: null, roleAtMs: null, leader: null, phase: null, syncMode: null, established: false, vote: null, electionRound: 0, proposedZxid: null, syncedLearners: [], leaderEpoch: null };
}
