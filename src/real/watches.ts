import type { PeerWatch, ServerId } from '../core/types.ts';
import type { NodeSnapshot } from '../driver/types.ts';
import type { LinkActivity } from './contract.ts';

// Heartbeat ages on a real ensemble, for the pairs ZooKeeper itself watches: a learner times out
// its leader (Learner.syncWithLeader sets soTimeout to syncLimit × tickTime), and a leader its
// learners (LearnerHandler's syncLimit deadline). Nothing in ZooKeeper exposes these clocks, so the
// age is what the relay saw on the wire: the last bytes that crossed from the watched server.

const key = (from: ServerId, to: ServerId) => `${from}>${to}`;

export function indexLinks(links: readonly LinkActivity[]): Map<string, LinkActivity> {
  return new Map(links.map((link) => [key(link.from, link.to), link]));
}

function watchOf(
  peer: ServerId,
  watcher: ServerId,
  links: Map<string, LinkActivity>,
  nowMs: number,
  limitMs: number,
): PeerWatch | null {
  const link = links.get(key(peer, watcher));
  if (!link || link.lastDeliveredMs === null) return null;
  return {
    peer,
    lastHeardMs: link.lastDeliveredMs,
    timeoutMs: limitMs,
    suspected: nowMs - link.lastDeliveredMs > limitMs,
  };
}

/** What `node` watches: its leader while it learns; each learner it has while it leads; else nothing. */
export function watchesOf(
  node: NodeSnapshot,
  all: readonly NodeSnapshot[],
  links: Map<string, LinkActivity>,
  nowMs: number,
  limitMs: number,
): PeerWatch[] {
  if (node.status !== 'up') return [];
  if (
    (node.role === 'following' || node.role === 'observing') &&
    node.leader !== null &&
    node.leader !== node.id
  ) {
    const watch = watchOf(node.leader, node.id, links, nowMs, limitMs);
    return watch ? [watch] : [];
  }
  if (node.role !== 'leading') return [];
  const learners = all.filter(
    (other) =>
      other.id !== node.id &&
      other.leader === node.id &&
      (other.role === 'following' || other.role === 'observing'),
  );
  return learners.flatMap((learner) => watchOf(learner.id, node.id, links, nowMs, limitMs) ?? []);
}
