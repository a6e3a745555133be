import type { ClusterSettings, ServerId, TimelineEntry } from '../driver/index.ts';
import type { NodeState } from './selectors.ts';

// What the space-time diagram draws besides messages, folded from the timeline's records as they
// arrive: each server's role bands (role and epoch over time), the timer firings that decided
// something (with their reason, how long the peer was silent and the limit), and the faults. Kept
// here rather than read back from the timeline, which holds only its last TIMELINE_CAP entries: an
// election among 101 servers logs about 1,000, and the diagram still needs the role a lane had
// before it. Bounded: MAX_BANDS_PER_SERVER bands per server, MAX_MARKS marks.
//
// The history is folded in place (one per run) and versioned: the store bumps spacetimeVersion, so
// views re-render without copying every band at every commit.

export const MAX_BANDS_PER_SERVER = 256;
export const MAX_MARKS = 4096;

export interface RoleBand {
  role: NodeState;
  /** The epoch it leads or follows in; null while looking, down, or not yet told. */
  epoch: number | null;
  /** Leading or following an established epoch (after NEWLEADER's quorum, or UPTODATE); false while syncing. */
  established: boolean;
  /** The leader it follows or observes; its own id when leading; null otherwise. */
  leader: ServerId | null;
  startMs: number;
  /** Null while it lasts. */
  endMs: number | null;
}

/** Why a timer's firing changed something. */
export type TimerReason = 'leader-silent' | 'heartbeat-timeout' | 'learner-silent' | 'proposal-unacked' | 'init-limit' | 'not-synced';

export interface TimerMark {
  kind: 'timer';
  entryId: number;
  t: number;
  /** The server whose timer fired. */
  node: ServerId;
  /** The server it gave up on, if one. */
  peer: ServerId | null;
  reason: TimerReason;
  /** How long the peer had been silent (or the proposal un-acked), when the record says. */
  silentMs: number | null;
  /** The limit that ran out, ms, and its name: syncLimit × tickTime, initLimit × tickTime, or a timeout. */
  limitMs: number | null;
  limitName: 'syncLimit' | 'initLimit' | 'timeout' | null;
}

export type FaultAction = 'crash' | 'kill' | 'pause' | 'resume' | 'restart' | 'isolate' | 'cut' | 'restore-link' | 'partition' | 'heal' | 'drop' | 'delay';

export interface FaultMark {
  kind: 'fault';
  entryId: number;
  t: number;
  action: FaultAction;
  /** The server it befell; null for the network as a whole (partition, heal all, global drop or delay). */
  node: ServerId | null;
  /** Other servers it concerns (a cut's other end, a partition's members). */
  peers: ServerId[];
}

export type SpacetimeMark = TimerMark | FaultMark;

export class SpacetimeHistory {
  readonly runId: number;
  private readonly bandsById = new Map<ServerId, RoleBand[]>();
  private readonly marksList: SpacetimeMark[] = [];

  constructor(runId: number) {
    this.runId = runId;
  }

  /** A server's bands, oldest first (the last one open while it lasts). */
  bands(id: ServerId): readonly RoleBand[] {
    return this.bandsById.get(id) ?? [];
  }

  get marks(): readonly SpacetimeMark[] {
    return this.marksList;
  }

  /** Folds records in; returns whether anything the diagram draws changed. */
  fold(events: readonly TimelineEntry[], settings: ClusterSettings): boolean {
    let changed = false;
    for (const e of events) if (this.foldOne(e, settings)) changed = true;
    return changed;
  }

  private foldOne(e: TimelineEntry, settings: ClusterSettings): boolean {
    const syncLimitMs = settings.syncLimitTicks * settings.tickTimeMs;
    switch (e.kind) {
      case 'state-change':
        if (e.change === 'looking') return this.open(e.node, e.t, { role: 'looking', epoch: null, established: false, leader: null });
        if (e.change === 'leading') return this.open(e.node, e.t, { role: 'leading', epoch: e.epoch, established: false, leader: e.node });
        if (e.change === 'learning') return this.open(e.node, e.t, { role: e.observer ? 'observing' : 'following', epoch: null, established: false, leader: e.leader });
        return false;
      case 'leader-elected':
        return this.open(e.node, e.t, { role: 'leading', epoch: e.epoch, established: true, leader: e.node });
      case 'learner-synced':
        if (e.side !== 'learner') return false;
        return this.open(e.node, e.t, { role: e.observer ? 'observing' : 'following', epoch: e.epoch, established: true, leader: e.leader });
      case 'peer-suspected':
        if (e.cause === 'leader-silent') return this.mark({ kind: 'timer', entryId: e.id, t: e.t, node: e.node, peer: e.peer, reason: 'leader-silent', silentMs: e.silentMs, limitMs: e.limitMs, limitName: e.limit.name });
        if (e.cause === 'heartbeat-timeout') return this.mark({ kind: 'timer', entryId: e.id, t: e.t, node: e.node, peer: e.peer, reason: 'heartbeat-timeout', silentMs: e.silentMs, limitMs: e.limitMs, limitName: 'timeout' });
        return false;
      case 'learner-dropped':
        if (e.reason.why === 'read-timeout') return this.mark({ kind: 'timer', entryId: e.id, t: e.t, node: e.node, peer: e.learner, reason: 'learner-silent', silentMs: e.reason.silentMs, limitMs: syncLimitMs, limitName: 'syncLimit' });
        if (e.reason.why === 'proposal-unacked') return this.mark({ kind: 'timer', entryId: e.id, t: e.t, node: e.node, peer: e.learner, reason: 'proposal-unacked', silentMs: e.reason.unackedMs, limitMs: syncLimitMs, limitName: 'syncLimit' });
        return false;
      case 'step-down': {
        const s = e.shutdown;
        if (s.why === 'init-limit') return this.mark({ kind: 'timer', entryId: e.id, t: e.t, node: e.node, peer: null, reason: 'init-limit', silentMs: null, limitMs: s.limit.ticks * s.limit.tickTimeMs, limitName: 'initLimit' });
        if (s.why === 'not-synced') return this.mark({ kind: 'timer', entryId: e.id, t: e.t, node: e.node, peer: null, reason: 'not-synced', silentMs: null, limitMs: syncLimitMs, limitName: 'syncLimit' });
        return false;
      }
      case 'crash':
      case 'kill':
        this.open(e.node, e.t, { role: 'down', epoch: null, established: false, leader: null });
        return this.fault(e.id, e.t, e.kind, e.node, []);
      case 'pause':
        this.open(e.node, e.t, { ...this.current(e.node), role: 'paused' });
        return this.fault(e.id, e.t, 'pause', e.node, []);
      case 'resume':
        this.resume(e.node, e.t);
        return this.fault(e.id, e.t, 'resume', e.node, []);
      case 'restart':
        return this.fault(e.id, e.t, 'restart', e.node, []);
      case 'isolate':
        return this.fault(e.id, e.t, 'isolate', e.node, []);
      case 'cut':
      case 'restore-link':
        return this.fault(e.id, e.t, e.kind, e.link.from, [e.link.to]);
      case 'partition':
        return this.fault(e.id, e.t, 'partition', null, e.groups.flat());
      case 'heal':
        return this.fault(e.id, e.t, 'heal', null, []);
      case 'drop':
      case 'delay':
        return e.link ? this.fault(e.id, e.t, e.kind, e.link.from, [e.link.to]) : this.fault(e.id, e.t, e.kind, null, []);
      default:
        return false;
    }
  }

  private current(id: ServerId): Omit<RoleBand, 'startMs' | 'endMs'> {
    const last = this.bandsById.get(id)?.at(-1);
    return last ? { role: last.role, epoch: last.epoch, established: last.established, leader: last.leader } : { role: 'looking', epoch: null, established: false, leader: null };
  }

  /** Back from a pause: the role it had before (a frozen process changed nothing). */
  private resume(id: ServerId, t: number): void {
    const bands = this.bandsById.get(id);
    const before = bands && bands.length >= 2 ? bands[bands.length - 2]! : null;
    if (!before || bands!.at(-1)!.role !== 'paused') return;
    this.open(id, t, { role: before.role, epoch: before.epoch, established: before.established, leader: before.leader });
  }

  private open(id: ServerId, t: number, band: Omit<RoleBand, 'startMs' | 'endMs'>): boolean {
    let bands = this.bandsById.get(id);
    if (!bands) {
      bands = [];
      this.bandsById.set(id, bands);
    }
    const last = bands.at(-1);
    if (last && last.role === band.role && last.epoch === band.epoch && last.established === band.established && last.leader === band.leader) return false;
    if (last) last.endMs = t;
    // A zero-length band (two records at one instant) would only clutter: the later one wins.
    if (last && last.startMs === t) bands.pop();
    bands.push({ ...band, startMs: t, endMs: null });
    if (bands.length > MAX_BANDS_PER_SERVER) bands.splice(0, bands.length - MAX_BANDS_PER_SERVER);
    return true;
  }

  private fault(entryId: number, t: number, action: FaultAction, node: ServerId | null, peers: ServerId[]): boolean {
    return this.mark({ kind: 'fault', entryId, t, action, node, peers });
  }

  private mark(mark: SpacetimeMark): boolean {
    this.marksList.push(mark);
    if (this.marksList.length > MAX_MARKS) this.marksList.splice(0, this.marksList.length - MAX_MARKS);
    return true;
  }
}
