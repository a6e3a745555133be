import type { ClusterSettings } from '../core/config.ts';
import type { CoreEvent, Role, ServerId } from '../core/types.ts';
import { linkKey } from '../net/network.ts';
import type { NodeStatus } from '../host/records.ts';
import type { Violation } from './invariants.ts';

// The invariant TCP semantics make true (issue 7): a follower never leaves FOLLOWING while its
// leader still leads and every packet between the two arrives in time. A fault that only holds or
// slows packets for less than that changes no role; only a read timeout, a close or a reset may.
//
// "In time" is derived from ZooKeeper's own timers, with W = syncLimit × tickTime. The leader pings
// every tickTime/2 and drops a learner it has not heard from for more than W; the learner answers
// each ping and gives up on a leader silent for W. If every packet on the pair takes at most
// D = (W − tickTime/2) / 2, the leader hears its follower at least every tickTime/2 + 2D ≤ W, and
// the follower hears its leader more often still, so no timer can run out. The check applies when,
// for the last 2W, both servers kept their status and role, the follower served that leader's
// epoch, and no packet on the pair (either way) was slower than D, lost, or still held.

export interface PairView {
  status: NodeStatus;
  role: Role;
  currentEpoch: number;
  established: boolean;
  /** When the oldest packet this server still holds for `peer` was sent, or null. */
  oldestHeldSentMs(peer: ServerId): number | null;
}

interface Serving {
  leader: ServerId;
  epoch: number;
  sinceMs: number;
}

export class RoleStabilityCheck {
  readonly windowMs: number;
  readonly maxDelayMs: number;
  private readonly enabled: boolean;
  /** Directed pair → when the latest packet slower than maxDelayMs (or lost) was sent. */
  private readonly slowSentMs = new Map<number, number>();
  /** Server → when its status or role last changed. */
  private readonly changedMs = new Map<ServerId, number>();
  private readonly serving = new Map<ServerId, Serving>();

  constructor(settings: ClusterSettings) {
    const limitMs = settings.syncLimitTicks * settings.tickTimeMs;
    this.windowMs = 2 * limitMs;
    this.maxDelayMs = Math.floor((limitMs - settings.tickTimeMs / 2) / 2);
    // The seed's all-to-all detector replaces the read timeouts this reasoning rests on.
    this.enabled = settings.detector === 'zookeeper';
  }

  onPacket(from: ServerId, to: ServerId, sentMs: number, atMs: number): void {
    if (atMs - sentMs > this.maxDelayMs) this.markSlow(from, to, sentMs);
  }

  onLost(from: ServerId, to: ServerId, sentMs: number): void {
    this.markSlow(from, to, sentMs);
  }

  onStatus(id: ServerId, t: number): void {
    this.changedMs.set(id, t);
    this.serving.delete(id);
  }

  onEvent(t: number, event: CoreEvent, view: (id: ServerId) => PairView, violations: Violation[]): void {
    if (!this.enabled) return;
    const id = event.node;
    if (event.kind === 'learner-synced' && event.side === 'learner' && view(id).role === 'following') {
      this.serving.set(id, { leader: event.leader, epoch: event.epoch, sinceMs: t });
      return;
    }
    if (event.kind !== 'state-change') return;
    const serving = this.serving.get(id);
    if (serving && event.change === 'looking' && event.from === 'following') this.checkLeave(t, id, serving, view, violations);
    this.serving.delete(id);
    this.changedMs.set(id, t);
  }

  private checkLeave(t: number, follower: ServerId, s: Serving, view: (id: ServerId) => PairView, violations: Violation[]): void {
    const sinceMs = t - this.windowMs;
    if (s.sinceMs > sinceMs || (this.changedMs.get(follower) ?? 0) > sinceMs || (this.changedMs.get(s.leader) ?? 0) > sinceMs) return;
    const leader = view(s.leader);
    if (leader.status !== 'up' || leader.role !== 'leading' || !leader.established || leader.currentEpoch !== s.epoch) return;
    if ((this.slowSentMs.get(linkKey(follower, s.leader)) ?? -Infinity) >= sinceMs) return;
    if ((this.slowSentMs.get(linkKey(s.leader, follower)) ?? -Infinity) >= sinceMs) return;
    if (leader.oldestHeldSentMs(follower) !== null || view(follower).oldestHeldSentMs(s.leader) !== null) return;
    violations.push({
      t,
      rule: 'no-role-change-in-time',
      text: `Server ${follower} left FOLLOWING though leader ${s.leader} still leads epoch ${s.epoch} and every packet between them for ${this.windowMs} ms arrived within ${this.maxDelayMs} ms.`,
      servers: [follower, s.leader],
      epoch: s.epoch,
    });
  }

  private markSlow(from: ServerId, to: ServerId, sentMs: number): void {
    const key = linkKey(from, to);
    if ((this.slowSentMs.get(key) ?? -Infinity) < sentMs) this.slowSentMs.set(key, sentMs);
  }
}
