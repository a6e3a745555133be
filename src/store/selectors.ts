import { agreedLeaderOf, quorumSize, type ClusterSettings, type NodeSnapshot, type PeerWatch, type ServerId } from '../driver/index.ts';
import type { AgreedLeader, AppState, QuorumInfo } from './types.ts';

// Pure derivations from snapshots. The store runs the expensive ones once per commit; components
// call the cheap ones while rendering.

export type NodeState = 'looking' | 'following' | 'leading' | 'observing' | 'down' | 'paused' | 'unresponsive';

export function nodeState(node: NodeSnapshot): NodeState {
  if (node.status === 'down') return 'down';
  if (node.status === 'paused') return 'paused';
  if (node.status === 'unresponsive') return 'unresponsive';
  return node.role;
}

const stateWords: Record<NodeState, string> = {
  looking: 'looking',
  following: 'follower',
  leading: 'leader',
  observing: 'observer',
  down: 'down',
  paused: 'paused',
  unresponsive: 'not answering',
};

/** The word for a state, as in "Node 3, leader". */
export function stateWord(state: NodeState): string {
  return stateWords[state];
}

/**
 * The accessible name of a server's glyph: "Node 3, leader". A leader still gathering its quorum is
 * "Node 3, leader (not yet established)", so a screen reader can tell it from the serving one.
 */
export function nodeLabel(node: NodeSnapshot): string {
  const pending = node.status === 'up' && node.role === 'leading' && !node.established ? ' (not yet established)' : '';
  return `Node ${node.id}, ${stateWord(nodeState(node))}${pending}`;
}

/** The leader a quorum agrees on (core's agreedLeader), read from snapshots: paused or down is not up. */
export function agreedLeader(nodes: readonly NodeSnapshot[], voters: readonly ServerId[]): AgreedLeader | null {
  return agreedLeaderOf(
    nodes.map((n) => ({ id: n.id, up: n.status === 'up', role: n.role, established: n.established, leader: n.leader, currentEpoch: n.currentEpoch })),
    voters,
  );
}

export function quorumInfo(nodes: readonly NodeSnapshot[], settings: ClusterSettings): QuorumInfo {
  const voterSet = new Set(settings.voters);
  const voters = settings.voters.length;
  const needed = quorumSize(voters);
  const up = nodes.filter((n) => voterSet.has(n.id) && n.status === 'up').length;
  return { voters, needed, up, tolerated: voters - needed };
}

export interface TimeLeft {
  leftMs: number;
  timeoutMs: number;
}

/**
 * Time left at `nowMs` before this server's failure detector fires: for a follower, until its leader
 * watch times out; for a leader, the least over its learners that are not already suspected.
 */
export function timeLeft(node: NodeSnapshot, nowMs: number): TimeLeft | null {
  if (node.status === 'down') return null;
  let relevant: PeerWatch[];
  if (node.role === 'leading') relevant = node.watches.filter((w) => !w.suspected);
  else if (node.role === 'following' || node.role === 'observing') relevant = node.watches.filter((w) => w.peer === node.leader);
  else return null;
  let best: TimeLeft | null = null;
  for (const w of relevant) {
    const leftMs = w.timeoutMs - Math.max(0, nowMs - w.lastHeardMs);
    if (!best || leftMs < best.leftMs) best = { leftMs, timeoutMs: w.timeoutMs };
  }
  return best;
}

export interface HeartbeatCell {
  ageMs: number;
  timeoutMs: number;
  suspected: boolean;
}

/**
 * How stale `observer`'s view of `peer` is at `nowMs` (the driver's clock, not the snapshot's time,
 * so the age grows while nothing is heard); null when the observer does not monitor that peer.
 */
export function heartbeatCell(observer: NodeSnapshot | undefined, peer: ServerId, nowMs: number): HeartbeatCell | null {
  if (!observer) return null;
  const w = observer.watches.find((x) => x.peer === peer);
  if (!w) return null;
  const ageMs = Math.max(0, nowMs - w.lastHeardMs);
  return { ageMs, timeoutMs: w.timeoutMs, suspected: w.suspected };
}

/** The server the details panel shows: the chosen one, else the agreed leader, else the first. */
export function selectDetailId(s: AppState): ServerId | null {
  // What the screen shows (shown.ts): the scrubbed frame's servers while in the past.
  const { nodeById, leader, nodeIds } = s.scrubbed ?? s;
  if (s.selectedId !== null && nodeById.has(s.selectedId)) return s.selectedId;
  if (leader) return leader.id;
  return nodeIds[0] ?? null;
}

/** Steps of the timeout arc: fine enough to look continuous, coarse enough to skip most frames. */
export const ARC_STEPS = 120;

/** Time left at `nowMs` before the server's timeout, in ARC_STEPS steps of it (0…ARC_STEPS), or null for no arc. */
export function arcSteps(node: NodeSnapshot | undefined, nowMs: number): number | null {
  const left = node ? timeLeft(node, nowMs) : null;
  if (!left) return null;
  return Math.round(Math.max(0, Math.min(1, left.leftMs / left.timeoutMs)) * ARC_STEPS);
}

/** What a node glyph draws, as primitives, so a glyph re-renders only when one of them changes (its words are the page's: NodeGlyph). */
export interface GlyphView {
  state: NodeState;
  epoch: number;
  zxid: number;
  established: boolean;
  /** The vote of a looking server, else null. */
  vote: ServerId | null;
  /** A failure detector runs (a follower's or a leader's timeout): the glyph has an arc, drawn by TimeoutArc from arcSteps. */
  hasArc: boolean;
  /** LEADING while another server leads an established quorum: it has not noticed it was deposed. */
  deposed: boolean;
  /** A LOOKING server's next FLE poll, in tenths of a second from now, or null. */
  pollTenths: number | null;
  pollDeciding: boolean;
}

/** `agreed` is the leader an established quorum follows (the store's `leader`). */
export function glyphView(node: NodeSnapshot | undefined, nowMs: number, agreed: AgreedLeader | null = null): GlyphView | null {
  if (!node) return null;
  const state = nodeState(node);
  const deposed = state === 'leading' && agreed !== null && agreed.id !== node.id;
  const poll = state === 'looking' ? node.electionPoll : null;
  return {
    state,
    epoch: node.currentEpoch,
    zxid: node.lastZxid,
    established: node.established,
    vote: node.role === 'looking' && node.status === 'up' ? (node.vote?.leader ?? null) : null,
    // Whether there is an arc does not move with the clock; how much of it is left does, and is
    // drawn apart (arcSteps, TimeoutArc), so the clock and a scrub re-render no glyph for it.
    hasArc: timeLeft(node, nowMs) !== null,
    deposed,
    pollTenths: poll ? Math.ceil(Math.max(0, poll.dueMs - nowMs) / 100) : null,
    pollDeciding: poll?.deciding ?? false,
  };
}

/** The agreed leader and the servers following it in sync: where a write can commit right now. */
export function quorumMembers(s: Pick<AppState, 'leader' | 'nodeById'>): ServerId[] {
  if (!s.leader) return [];
  const id = s.leader.id;
  const out = [id];
  for (const n of s.nodeById.values()) if (n.id !== id && n.status === 'up' && n.leader === id && n.established && (n.role === 'following' || n.role === 'observing')) out.push(n.id);
  return out.sort((a, b) => a - b);
}
