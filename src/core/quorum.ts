import type { ServerId } from './types.ts';

/** QuorumMaj.containsQuorum: strictly more than half of the voters; non-voters never count. */
export function containsQuorum(ackers: Iterable<ServerId>, voters: readonly ServerId[]): boolean {
  const voterSet = new Set(voters);
  let count = 0;
  for (const id of new Set(ackers)) if (voterSet.has(id)) count++;
  return count > Math.floor(voters.length / 2);
}

/** How many voters make a quorum: ⌊n/2⌋ + 1. */
export function quorumSize(voterCount: number): number {
  return Math.floor(voterCount / 2) + 1;
}

/** How many voters may fail while a quorum remains. 4 voters tolerate 1, like 3. */
export function toleratedFailures(voterCount: number): number {
  return voterCount - quorumSize(voterCount);
}
