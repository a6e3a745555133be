import type { ServerId, ServerView } from './types.ts';

/** QuorumMaj.containsQuorum: strictly more than half of the voters; non-voters never count. */
export function containsQuorum(ackers: Iterable<ServerId>, voters: readonly ServerId[]): boolean {
  const voterSet = voterSetOf(voters);
  const counted = new Set<ServerId>();
  for (const id of ackers) if (voterSet.has(id)) counted.add(id);
  return counted.size > Math.floor(voters.length / 2);
}

/** For a list that already holds only voters, each once (the leader's acks): no copies on the commit path. */
export function isQuorumOfVoters(voterAckers: readonly ServerId[], voterCount: number): boolean {
  return voterAckers.length > Math.floor(voterCount / 2);
}

// Voter lists are fixed per cluster: remember their sets instead of rebuilding one per check.
const voterSets = new WeakMap<readonly ServerId[], ReadonlySet<ServerId>>();

export function voterSetOf(voters: readonly ServerId[]): ReadonlySet<ServerId> {
  let set = voterSets.get(voters);
  if (!set) {
    set = new Set(voters);
    voterSets.set(voters, set);
  }
  return set;
}

/** How many voters make a quorum: ⌊n/2⌋ + 1. */
export function quorumSize(voterCount: number): number {
  return Math.floor(voterCount / 2) + 1;
}

/** How many voters may fail while a quorum remains. 4 voters tolerate 1, like 3. */
export function toleratedFailures(voterCount: number): number {
  return voterCount - quorumSize(voterCount);
}

/** What agreedLeader reads of a server: its view's leadership fields, and whether it is up (not down or paused). */
export type LeadershipView = Pick<ServerView, 'id' | 'role' | 'established' | 'leader' | 'currentEpoch'> & { up: boolean };

/**
 * The leader a quorum agrees on: up, LEADING, established, and with followers (up, FOLLOWING it,
 * established) that make a quorum of voters together with it. A deposed leader that has not noticed
 * yet, or a paused one, is not the leader.
 */
export function agreedLeader(servers: readonly LeadershipView[], voters: readonly ServerId[]): { id: ServerId; epoch: number } | null {
  for (const candidate of servers) {
    if (!candidate.up || candidate.role !== 'leading' || !candidate.established) continue;
    const synced = [candidate.id];
    for (const other of servers) {
      if (other.id !== candidate.id && other.up && other.role === 'following' && other.leader === candidate.id && other.established) synced.push(other.id);
    }
    if (containsQuorum(synced, voters)) return { id: candidate.id, epoch: candidate.currentEpoch };
  }
  return null;
}
