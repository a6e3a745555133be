import { quorumSize, type ClusterSettings, type NodeSnapshot, type ServerId } from '../driver/index.ts';
import { agreedLeader, timeLeft } from './selectors.ts';

// What the servers know about who leads, as opposed to what the user did: a crashed leader is
// still the leader to its followers until their read timeout fires, so the headline must not say
// "no leader" before any server has noticed. One pure function of the snapshots and the clock.

/** A server that is LEADING while another leads an established quorum in a later epoch. */
export interface StaleLeader {
  id: ServerId;
  epoch: number;
}

/** The next FLE poll of the LOOKING servers: a decision (finalizeWait) or another round of notifications. */
export interface ElectionPoll {
  leftMs: number;
  deciding: boolean;
}

export type Leadership =
  | { kind: 'starting' }
  /** A leader an established quorum follows. */
  | { kind: 'serving'; leader: ServerId; epoch: number; stale: StaleLeader[] }
  /**
   * The leader is gone (down or paused), or cut off from its quorum (still up and LEADING), and
   * some servers have not noticed: `believers` still follow it, `leftMs` until the first of them
   * (or the leader, when it is the one to notice) times out, out of `limitMs`.
   */
  | { kind: 'unnoticed'; leader: ServerId; epoch: number; leaderStatus: 'down' | 'paused' | 'up'; believers: ServerId[]; noticed: ServerId[]; leftMs: number; limitMs: number }
  /** Elected, and syncing its followers: `synced` learners of the `needed` it must have. */
  | { kind: 'establishing'; leader: ServerId; epoch: number; synced: number; needed: number }
  | { kind: 'quorum-lost'; up: number; needed: number }
  | { kind: 'electing'; looking: ServerId[]; poll: ElectionPoll | null };

export function leadership(nodes: readonly NodeSnapshot[], settings: Pick<ClusterSettings, 'voters'>, nowMs: number): Leadership {
  if (nodes.length === 0) return { kind: 'starting' };
  const voters = settings.voters;
  const agreed = agreedLeader(nodes, voters);
  if (agreed) {
    const stale = nodes.filter((n) => n.id !== agreed.id && n.status === 'up' && n.role === 'leading').map((n) => ({ id: n.id, epoch: n.currentEpoch }));
    return { kind: 'serving', leader: agreed.id, epoch: agreed.epoch, stale };
  }
  const unnoticed = unnoticedLoss(nodes, nowMs);
  if (unnoticed) return unnoticed;
  const pending = nodes.find((n) => n.status === 'up' && n.role === 'leading' && !n.established);
  if (pending) return { kind: 'establishing', leader: pending.id, epoch: pending.currentEpoch, synced: pending.syncedLearners.length, needed: quorumSize(voters.length) - 1 };
  const voterSet = new Set(voters);
  const up = nodes.filter((n) => voterSet.has(n.id) && n.status === 'up').length;
  const needed = quorumSize(voters.length);
  if (up < needed) return { kind: 'quorum-lost', up, needed };
  const looking = nodes.filter((n) => n.status === 'up' && n.role === 'looking');
  return { kind: 'electing', looking: looking.map((n) => n.id), poll: nextPoll(looking, nowMs) };
}

/** The last established leader some servers still believe in, when no quorum follows it any more. */
function unnoticedLoss(nodes: readonly NodeSnapshot[], nowMs: number): Leadership | null {
  const believersOf = new Map<ServerId, NodeSnapshot[]>();
  for (const n of nodes) {
    if (n.status !== 'up' || !n.established || n.leader === null) continue;
    if (n.role !== 'following' && n.role !== 'observing' && n.role !== 'leading') continue;
    const list = believersOf.get(n.leader) ?? [];
    list.push(n);
    believersOf.set(n.leader, list);
  }
  let best: { leader: NodeSnapshot | undefined; id: ServerId; list: NodeSnapshot[] } | null = null;
  for (const [id, list] of believersOf) {
    const leader = nodes.find((n) => n.id === id);
    const epoch = leader?.currentEpoch ?? 0;
    if (!best || epoch > (best.leader?.currentEpoch ?? 0) || (epoch === (best.leader?.currentEpoch ?? 0) && list.length > best.list.length)) best = { leader, id, list };
  }
  if (!best) return null;
  const leaderNode = best.leader;
  const leaderUp = leaderNode?.status === 'up' && leaderNode.role === 'leading';
  const followers = best.list.filter((n) => n.id !== best.id);
  // Up and leading, it is the one that notices (its quorum check), and the followers beside it hear
  // it well; gone, its followers notice by their read timeout.
  const watchers = leaderUp ? [leaderNode!] : followers;
  if (watchers.length === 0) return null;
  let left: { leftMs: number; timeoutMs: number } | null = null;
  for (const w of watchers) {
    const t = timeLeft(w, nowMs);
    if (t && (!left || t.leftMs < left.leftMs)) left = t;
  }
  if (!left) return null;
  const noticed = nodes.filter((n) => n.status === 'up' && n.role === 'looking').map((n) => n.id);
  const leaderStatus = leaderNode?.status === 'down' ? 'down' : leaderNode?.status === 'paused' ? 'paused' : 'up';
  return {
    kind: 'unnoticed',
    leader: best.id,
    epoch: leaderNode?.currentEpoch ?? followers[0]!.currentEpoch,
    leaderStatus,
    believers: followers.map((n) => n.id),
    noticed,
    leftMs: Math.max(0, left.leftMs),
    limitMs: left.timeoutMs,
  };
}

function nextPoll(looking: readonly NodeSnapshot[], nowMs: number): ElectionPoll | null {
  let best: ElectionPoll | null = null;
  for (const n of looking) {
    const poll = n.electionPoll;
    if (!poll) continue;
    const candidate = { leftMs: Math.max(0, poll.dueMs - nowMs), deciding: poll.deciding };
    if (!best || candidate.leftMs < best.leftMs) best = candidate;
  }
  return best;
}

/** A LOOKING server's countdown to its next poll: the FLE back-off a class otherwise waits through in silence. */
export function electionPollLeft(node: NodeSnapshot | undefined, nowMs: number): ElectionPoll | null {
  if (!node || node.status !== 'up' || node.role !== 'looking' || !node.electionPoll) return null;
  return { leftMs: Math.max(0, node.electionPoll.dueMs - nowMs), deciding: node.electionPoll.deciding };
}
