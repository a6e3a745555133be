import type { ServerId } from '../../core/types.ts';
import type { LinkRef } from '../../net/network.ts';

// Which directions may carry bytes now: directed cuts, a partition into groups, and silenced hosts
// (a host crash). Pure state; the relay asks it at every delivery, never at read time, so a close
// read during a cut waits too (real-zookeeper.md, pitfall 3).

export class LinkRules {
  private readonly cuts = new Set<string>();
  private groupOf: Map<ServerId, number> | null = null;
  private readonly silenced = new Set<ServerId>();

  cut(link: LinkRef): void {
    this.cuts.add(key(link));
  }

  restore(link: LinkRef): void {
    this.cuts.delete(key(link));
  }

  /** Servers left out of every group are each alone. */
  setPartition(groups: ServerId[][] | null): void {
    this.groupOf = groups
      ? new Map(groups.flatMap((group, index) => group.map((id) => [id, index] as const)))
      : null;
  }

  silence(id: ServerId): void {
    this.silenced.add(id);
  }

  unsilence(id: ServerId): void {
    this.silenced.delete(id);
  }

  isSilenced(id: ServerId): boolean {
    return this.silenced.has(id);
  }

  mayDeliver(from: ServerId, to: ServerId): boolean {
    if (this.silenced.has(from) || this.silenced.has(to)) return false;
    if (this.cuts.has(key({ from, to }))) return false;
    return this.sameGroup(from, to);
  }

  private sameGroup(a: ServerId, b: ServerId): boolean {
    if (!this.groupOf) return true;
    const groupA = this.groupOf.get(a);
    return groupA !== undefined && groupA === this.groupOf.get(b);
  }
}

function key(link: LinkRef): string {
  return `${link.from}>${link.to}`;
}
