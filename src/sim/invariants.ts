import { epochOf, formatZxid } from '../core/zxid.ts';
import type { ZkServer } from '../core/server.ts';
import type { CoreEvent, ServerId, Txn, Zxid } from '../core/types.ts';
import { ZxidMap } from './zxidMap.ts';

// Safety invariants checked while the simulation runs (DESIGN §1 sim, issue 2 §3):
//  1. at most one leader is established per epoch;
//  2. a committed transaction is never lost or changed;
//  3. every server agrees with the committed history on the prefix it has committed;
//  4. no follower leaves FOLLOWING while its leader leads and their packets arrive in time
//     (roleStability.ts, fed by the cluster, which sees the packets).
// "Committed" means: committed by an established leader with a quorum of acks, or part of the history
// a leader established its epoch with (ZooKeeper commits the whole log of a newly established leader).

export interface Violation {
  t: number;
  rule: 'one-leader-per-epoch' | 'committed-never-lost' | 'committed-prefix-agreement' | 'no-role-change-in-time' | 'liveness' | 'exception';
  text: string;
  servers: ServerId[];
  epoch?: number;
  zxid?: string;
}

export class InvariantChecker {
  readonly violations: Violation[] = [];
  /** epoch → leader established in it. */
  readonly leaders = new Map<number, ServerId>();
  /** zxid → the committed transaction (its identity is compared only when the objects differ). */
  private readonly committed = new ZxidMap<Txn | string>();
  private maxCommitted: Zxid = 0;
  /** Established leaders' snapshots are committed history too, but carry no txn identities. */
  private snapshotCovered: Zxid = 0;
  /** The transaction last added to `committed`. */
  private lastAdded: Txn | null = null;

  get committedCount(): number {
    return this.committed.size;
  }

  onEvent(t: number, event: CoreEvent, server: ZkServer): void {
    if (event.kind === 'leader-elected') this.onLeaderEstablished(t, server, event.epoch);
    else if (event.kind === 'learner-synced' && event.side === 'learner') this.checkPrefix(t, server);
  }

  onApply(t: number, sid: ServerId, txn: Txn, how: 'commit' | 'sync', server: ZkServer): void {
    // Followers apply the leader's newest commit right after it: no lookup in a map of every commit
    // (an entry, once added, is never replaced, so this is the lookup's answer).
    if (txn === this.lastAdded) return;
    // Nor for the leader's new commit: above every committed zxid, it cannot be known yet.
    const known = txn.zxid > this.maxCommitted ? undefined : this.committed.get(txn.zxid);
    // In the simulator every server receives the leader's very object: the common case is one compare.
    if (known === txn) return;
    if (known === undefined) {
      if (server.role === 'leading') this.addCommitted(txn.zxid, txn);
      else if (how === 'commit' && txn.zxid > this.snapshotCovered) this.violate(t, 'committed-prefix-agreement', `Server ${sid} committed ${formatZxid(txn.zxid)}, which no leader committed.`, [sid], txn.zxid);
      return;
    }
    if (identityOf(known) !== identityOf(txn)) {
      this.violate(t, 'committed-never-lost', `Server ${sid} applied a different transaction at ${formatZxid(txn.zxid)} than the one committed there.`, [sid], txn.zxid);
    }
  }

  private onLeaderEstablished(t: number, server: ZkServer, epoch: number): void {
    const previous = this.leaders.get(epoch);
    if (previous !== undefined && previous !== server.id) {
      this.violations.push({ t, rule: 'one-leader-per-epoch', text: `Servers ${previous} and ${server.id} were both established as leader of epoch ${epoch}.`, servers: [previous, server.id], epoch });
    }
    this.leaders.set(epoch, server.id);
    const snapshotZxid = server.durable.snapshot ? server.durable.snapshot.zxid : 0;
    if (snapshotZxid > this.snapshotCovered) this.snapshotCovered = snapshotZxid;
    const history = historyOf(server);
    for (const [zxid, identity] of history) {
      const known = this.committed.get(zxid);
      if (known === undefined) this.addCommitted(zxid, identity);
      else if (identityOf(known) !== identity) this.violate(t, 'committed-never-lost', `Leader ${server.id} of epoch ${epoch} holds a different transaction at ${formatZxid(zxid)} than the committed one.`, [server.id], zxid);
    }
    this.checkNothingLost(t, server, history, epoch, `Leader ${server.id} of epoch ${epoch}`);
  }

  /** A learner that just synced must hold exactly the committed history up to its last zxid. */
  private checkPrefix(t: number, server: ZkServer): void {
    const history = historyOf(server);
    const upTo = server.tree.lastZxid;
    for (const [zxid, identity] of history) {
      if (zxid > upTo) break;
      const known = this.committed.get(zxid);
      if (known === undefined && zxid <= this.snapshotCovered) continue;
      if (known === undefined) this.violate(t, 'committed-prefix-agreement', `Server ${server.id} synced holding ${formatZxid(zxid)}, which was never committed.`, [server.id], zxid);
      else if (identityOf(known) !== identity) this.violate(t, 'committed-prefix-agreement', `Server ${server.id} disagrees with the committed transaction at ${formatZxid(zxid)}.`, [server.id], zxid);
    }
  }

  /**
   * Zab's primary order: a leader of epoch e must hold every transaction committed in an earlier epoch.
   * (A leader may establish a lower epoch late, when NEWLEADER acks were held back by retransmissions;
   * it cannot commit anything, and it owes nothing to later epochs.)
   */
  private checkNothingLost(t: number, server: ZkServer, history: Map<Zxid, string>, epoch: number, who: string): void {
    if (this.committed.size === 0) return;
    const snapshotZxid = server.durable.snapshot ? server.durable.snapshot.zxid : 0;
    for (const zxid of this.committed.keys()) {
      if (zxid <= snapshotZxid || history.has(zxid) || epochOf(zxid) >= epoch) continue;
      this.violate(t, 'committed-never-lost', `${who} lacks committed transaction ${formatZxid(zxid)}: it was lost.`, [server.id], zxid);
      return;
    }
  }

  private addCommitted(zxid: Zxid, txn: Txn | string): void {
    this.committed.set(zxid, txn);
    if (typeof txn !== 'string') this.lastAdded = txn;
    if (zxid > this.maxCommitted) this.maxCommitted = zxid;
  }

  private violate(t: number, rule: Violation['rule'], text: string, servers: ServerId[], zxid: Zxid): void {
    this.violations.push({ t, rule, text, servers, zxid: formatZxid(zxid) });
  }

  addLivenessViolation(t: number, text: string): void {
    this.violations.push({ t, rule: 'liveness', text, servers: [] });
  }
}

// In the simulator every server receives the same Txn object, so its identity is computed once.
const identities = new WeakMap<Txn, string>();

function identityOf(txn: Txn | string): string {
  if (typeof txn === 'string') return txn;
  let identity = identities.get(txn);
  if (identity === undefined) {
    identity = `${txn.origin}/${txn.requestId}/${JSON.stringify(txn.op)}`;
    identities.set(txn, identity);
  }
  return identity;
}

/** The server's logged history after its snapshot, zxid → identity, in order. */
function historyOf(server: ZkServer): Map<Zxid, string> {
  const history = new Map<Zxid, string>();
  for (const txn of server.durable.log) history.set(txn.zxid, identityOf(txn));
  return history;
}
