import { describe, expect, it } from 'vitest';
import { agreedLeader, containsQuorum, quorumSize, toleratedFailures, type LeadershipView } from './quorum.ts';

const leader = (id: number, over: Partial<LeadershipView> = {}): LeadershipView => ({ id, up: true, role: 'leading', established: true, leader: id, currentEpoch: 2, ...over });
const follower = (id: number, of: number, over: Partial<LeadershipView> = {}): LeadershipView => ({ id, up: true, role: 'following', established: true, leader: of, currentEpoch: 2, ...over });

describe('quorum numbers', () => {
  it('is a strict majority of voters: 4 tolerate 1 failure, like 3', () => {
    expect([1, 2, 3, 4, 5, 101].map(quorumSize)).toEqual([1, 2, 2, 3, 3, 51]);
    expect([3, 4, 5].map(toleratedFailures)).toEqual([1, 1, 2]);
    expect(containsQuorum([1, 2, 9], [1, 2, 3, 4])).toBe(false);
    expect(containsQuorum([1, 2, 3], [1, 2, 3, 4])).toBe(true);
  });
});

describe('agreedLeader', () => {
  it('is the established leader with a quorum of established followers', () => {
    expect(agreedLeader([leader(1), follower(2, 1), follower(3, 1, { established: false })], [1, 2, 3])).toEqual({ id: 1, epoch: 2 });
  });

  it('is nobody when the followers that count are too few, down, or follow someone else', () => {
    const voters = [1, 2, 3, 4, 5];
    expect(agreedLeader([leader(1), follower(2, 1), follower(3, 1, { up: false }), follower(4, 5), follower(5, 1, { established: false })], voters)).toBeNull();
  });

  it('does not count observers, nor a deposed or paused leader', () => {
    expect(agreedLeader([leader(1), follower(9, 1)], [1, 2, 3])).toBeNull();
    expect(agreedLeader([leader(1, { up: false }), follower(2, 1), follower(3, 1)], [1, 2, 3])).toBeNull();
    expect(agreedLeader([leader(1, { established: false }), follower(2, 1), follower(3, 1)], [1, 2, 3])).toBeNull();
  });
});
