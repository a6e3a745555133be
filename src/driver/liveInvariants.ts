import type { CoreEvent, ServerId, ServerView, ZnodeData } from '../core/types.ts';
import { formatZxid } from '../core/zxid.ts';
import type { InvariantStatus } from './types.ts';

// The live cluster's invariant monitor. The simulator checks every applied transaction; a live
// page sees only events and ≤ 10 snapshots per second per server, so it checks what those show:
//  1. one-leader-per-epoch: at most one server announces 'leader-elected' for an epoch;
//  2. committed-prefix-agreement: two serving servers whose trees are at the same zxid hold the
//     same znodes (same applied history ⇒ same tree). Only serving servers count: a LOOKING one
//     reloads uncommitted proposals from its log, which may legitimately be truncated later.

const REMEMBERED_ZXIDS = 512;

type Violation = InvariantStatus['violations'][number];

export class LiveInvariantMonitor {
  private readonly leaders = new Map<number, ServerId>();
  private readonly trees = new Map<number, { fingerprint: string; server: ServerId }>();
  private readonly violations: Violation[] = [];
  private status: InvariantStatus = { ok: true, violations: [] };

  onCoreEvent(event: CoreEvent): void {
    if (event.kind !== 'leader-elected' || event.epoch === undefined) return;
    const previous = this.leaders.get(event.epoch);
    if (previous !== undefined && previous !== event.node) {
      this.violate({ rule: 'one-leader-per-epoch', text: `Servers ${previous} and ${event.node} were both established as leader of epoch ${event.epoch}.`, servers: [previous, event.node], epoch: event.epoch });
    }
    this.leaders.set(event.epoch, event.node);
  }

  onTree(id: ServerId, view: ServerView, tree: readonly ZnodeData[]): void {
    if (!view.established) return;
    const zxid = view.lastCommittedZxid;
    const fingerprint = fingerprintOf(tree);
    const known = this.trees.get(zxid);
    if (!known) {
      this.trees.set(zxid, { fingerprint, server: id });
      if (this.trees.size > REMEMBERED_ZXIDS) this.trees.delete(this.trees.keys().next().value as number);
      return;
    }
    if (known.fingerprint !== fingerprint && known.server !== id) {
      this.violate({ rule: 'committed-prefix-agreement', text: `Servers ${known.server} and ${id} both applied up to ${formatZxid(zxid)} but hold different data.`, servers: [known.server, id], zxid: formatZxid(zxid) });
    }
  }

  /** The same object until something new is found, so a UI can skip re-rendering. */
  current(): InvariantStatus {
    return this.status;
  }

  private violate(v: Violation): void {
    this.violations.push(v);
    this.status = { ok: false, violations: [...this.violations] };
  }
}

function fingerprintOf(tree: readonly ZnodeData[]): string {
  return tree.map((n) => `${n.path}\u0000${n.value}\u0000${n.version}\u0000${n.ephemeralOwner}\u0000${n.czxid}\u0000${n.mzxid}`).join('\u0001');
}
