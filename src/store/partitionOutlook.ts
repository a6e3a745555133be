import { quorumSize, type ServerId } from '../driver/index.ts';

// What a partition will do to leadership, from the groups and the roles now: one pure function for
// every summary the page shows (drawn groups, presets). A leader needs a quorum of voters it can
// reach directly (its followers connect to it, not to each other), so what matters is each server's
// reach: itself and everyone sharing a group with it. Groups need not hold a quorum themselves (the
// ring preset's do not), and a bridge counted on two sides can follow only one leader.

export interface OutlookServer {
  id: ServerId;
  up: boolean;
  leading: boolean;
}

export type PartitionOutlook = {
  /** Servers whose reach holds a quorum of up voters: the only ones that can lead. */
  canLead: ServerId[];
  /** Servers sharing no group with anybody. */
  isolated: ServerId[];
  /** Servers in more than one group. */
  bridges: ServerId[];
  needed: number;
} & (
  /** No leader now: where one can be elected, if anywhere. */
  | { leader: null }
  /** The current leader keeps a quorum in reach and keeps leading; the servers it cannot reach lose it. */
  | { leader: ServerId; keeps: true; reach: ServerId[]; cutOff: ServerId[] }
  /** The current leader reaches too few voters: it steps down (syncLimit), and a leader can come from `canLead`. */
  | { leader: ServerId; keeps: false; reach: ServerId[] }
);

export function partitionOutlook(groups: readonly (readonly ServerId[])[], servers: readonly OutlookServer[], voters: readonly ServerId[]): PartitionOutlook {
  const voterSet = new Set(voters);
  const upVoters = new Set(servers.filter((s) => s.up && voterSet.has(s.id)).map((s) => s.id));
  const needed = quorumSize(voters.length);
  const reachOf = new Map<ServerId, Set<ServerId>>(servers.map((s) => [s.id, new Set([s.id])]));
  const memberships = new Map<ServerId, number>();
  for (const group of groups) {
    for (const id of group) {
      memberships.set(id, (memberships.get(id) ?? 0) + 1);
      const reach = reachOf.get(id);
      if (reach) for (const other of group) reach.add(other);
    }
  }
  const reachedVoters = (id: ServerId) => [...(reachOf.get(id) ?? [])].filter((x) => upVoters.has(x)).length;
  const canLead = servers.filter((s) => s.up && reachedVoters(s.id) >= needed).map((s) => s.id);
  const base = {
    canLead,
    isolated: servers.filter((s) => (reachOf.get(s.id)?.size ?? 1) === 1).map((s) => s.id),
    bridges: servers.filter((s) => (memberships.get(s.id) ?? 0) > 1).map((s) => s.id),
    needed,
  };
  const leader = servers.find((s) => s.up && s.leading);
  if (!leader) return { ...base, leader: null };
  const reach = sorted(reachOf.get(leader.id) ?? [leader.id]);
  if (reachedVoters(leader.id) >= needed) {
    return { ...base, leader: leader.id, keeps: true, reach, cutOff: servers.filter((s) => !reach.includes(s.id)).map((s) => s.id) };
  }
  return { ...base, leader: leader.id, keeps: false, reach };
}

function sorted(ids: Iterable<ServerId>): ServerId[] {
  return [...ids].sort((a, b) => a - b);
}
