import type { NodeSnapshot, PeerWatch, ServerId } from '../driver/index.ts';

// Builds NodeSnapshot fixtures for store tests: only what a test says differs from a quiet follower.

export function node(id: ServerId, over: Partial<NodeSnapshot> = {}): NodeSnapshot {
  return {
    id,
    role: 'following',
    acceptedEpoch: 1,
    currentEpoch: 1,
    lastZxid: 0x100000000,
    lastCommittedZxid: 0x100000000,
    leader: null,
    established: true,
    electionRound: 1,
    electionPoll: null,
    vote: null,
    watches: [],
    syncedLearners: [],
    outstandingProposals: 0,
    sessions: 0,
    znodes: 0,
    status: 'up',
    atMs: 10_000,
    tree: [],
    ...over,
  };
}

export function watch(peer: ServerId, lastHeardMs: number, timeoutMs = 10_000): PeerWatch {
  return { peer, lastHeardMs, timeoutMs, suspected: false };
}

/** A healthy ensemble 1…n led by `leaderId`. */
export function ensemble(n: number, leaderId: ServerId, epoch = 1): NodeSnapshot[] {
  return Array.from({ length: n }, (_, i) => {
    const id = i + 1;
    return id === leaderId
      ? node(id, { role: 'leading', leader: id, currentEpoch: epoch })
      : node(id, { role: 'following', leader: leaderId, currentEpoch: epoch });
  });
}
