import { agreedLeader, type LeadershipView } from '../core/quorum.ts';
import type { ServerId } from '../core/types.ts';
import type { TimelineRecord } from './records.ts';

// Who leads whom, rebuilt from the timeline records alone: the page has only records (its
// snapshots arrive a few times a second), the simulator has the servers themselves, and the fault
// metrics must mean the same in both. It follows the same rule as the simulator's serviceLeader
// (core's agreedLeader): a leader that is up, LEADING and established, with up, established
// followers making a quorum of voters with it.

interface ServerModel extends LeadershipView {
  /** When it last started LOOKING (null: it is not looking), for the FLE back-off. */
  lookingSinceMs: number | null;
}

export class LeadershipModel {
  private readonly servers = new Map<ServerId, ServerModel>();
  private readonly voters: readonly ServerId[];

  constructor(voters: readonly ServerId[], observers: readonly ServerId[]) {
    this.voters = voters;
    // Every server starts LOOKING (its first record says so); until then it is up and looking.
    for (const id of [...voters, ...observers]) {
      this.servers.set(id, { id, up: true, role: 'looking', established: false, leader: null, currentEpoch: 0, lookingSinceMs: 0 });
    }
  }

  /** Folds one record in; true when it may have changed who serves. */
  observe(record: TimelineRecord): boolean {
    const s = record.node === null ? undefined : this.servers.get(record.node);
    if (!s) return false;
    switch (record.kind) {
      case 'crash':
      case 'kill':
      case 'pause':
      case 'runtime-error':
        s.up = false;
        return true;
      case 'resume':
        s.up = true;
        return true;
      case 'restart':
        Object.assign(s, { up: true, role: 'looking', established: false, leader: null, lookingSinceMs: record.t });
        return true;
      case 'step-down':
        s.established = false;
        return true;
      case 'leader-elected':
        Object.assign(s, { role: 'leading', established: true, leader: null, currentEpoch: record.epoch });
        return true;
      case 'learner-synced':
        if (record.side !== 'learner') return false;
        Object.assign(s, { role: record.observer ? 'observing' : 'following', established: true, leader: record.leader, currentEpoch: record.epoch });
        return true;
      case 'state-change':
        return this.stateChange(s, record);
      case 'zab-phase':
        return this.zabPhase(s, record);
      default:
        return false;
    }
  }

  private stateChange(s: ServerModel, record: Extract<TimelineRecord, { kind: 'state-change' }>): boolean {
    s.established = false;
    if (record.change === 'looking') Object.assign(s, { role: 'looking', leader: null, lookingSinceMs: record.t });
    else if (record.change === 'leading') Object.assign(s, { role: 'leading', leader: null, lookingSinceMs: null });
    else if (record.change === 'learning') Object.assign(s, { role: record.observer ? 'observing' : 'following', leader: record.leader, lookingSinceMs: null });
    return true;
  }

  /**
   * A real server's Zab phase (its log; the simulator has no such record): a learner that reached
   * broadcast got UPTODATE from the leader it connected to, which is what learner-synced says in
   * the model. A leader's own broadcast is left to its leader-elected record.
   */
  private zabPhase(s: ServerModel, record: Extract<TimelineRecord, { kind: 'zab-phase' }>): boolean {
    if (record.role === 'leading') {
      if (record.phase === 'broadcast') return false;
      Object.assign(s, { role: 'leading', established: false, leader: null, lookingSinceMs: null });
      return true;
    }
    Object.assign(s, { role: record.role, established: record.phase === 'broadcast' && record.leader !== null, leader: record.leader, lookingSinceMs: null });
    return true;
  }

  /** The leader a quorum agrees on now, or null. */
  serving(): { leader: ServerId; epoch: number } | null {
    const agreed = agreedLeader([...this.servers.values()], this.voters);
    return agreed && { leader: agreed.id, epoch: agreed.epoch };
  }

  /** Every up server is in the serving quorum (the leader, or established with it). */
  whole(): boolean {
    const serving = this.serving();
    if (!serving) return false;
    for (const s of this.servers.values()) {
      if (!s.up || s.id === serving.leader) continue;
      if (!s.established || s.leader !== serving.leader) return false;
    }
    return true;
  }

  /** Up servers that are LOOKING, with when they started. */
  lookingServers(): { id: ServerId; sinceMs: number }[] {
    const out: { id: ServerId; sinceMs: number }[] = [];
    for (const s of this.servers.values()) if (s.up && s.role === 'looking' && s.lookingSinceMs !== null) out.push({ id: s.id, sinceMs: s.lookingSinceMs });
    return out;
  }

  isUp(id: ServerId): boolean {
    return this.servers.get(id)?.up ?? false;
  }

  isLeading(id: ServerId): boolean {
    return this.servers.get(id)?.role === 'leading';
  }
}
