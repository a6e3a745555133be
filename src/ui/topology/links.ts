import type { LinkState, NodeSnapshot, ServerId } from '../../driver/index.ts';

// Which links the topology draws, and whether a direction is cut. Up to FULL_MESH_MAX servers every
// pair is drawn; beyond that a full mesh is a grey blot, so only the links that carry the story are
// drawn: each server to the leader it believes in, the focused server's cut links, and explicit cuts.

export const FULL_MESH_MAX = 9;
/** Beyond this many explicit cuts only the leader and focus links are drawn. */
const MAX_CUT_LINKS = 200;

export type Pair = readonly [ServerId, ServerId];

/** A function telling whether the direction from → to carries no messages. */
export type CutTest = (from: ServerId, to: ServerId) => boolean;

export function cutTest(links: LinkState): CutTest {
  const cuts = new Set(links.cuts.map((c) => `${c.from}>${c.to}`));
  // Groups may overlap (a bridge server is in two): a link is open when some group holds both ends.
  const groupsOf = new Map<ServerId, number[]>();
  links.partition?.forEach((group, i) => group.forEach((id) => groupsOf.set(id, [...(groupsOf.get(id) ?? []), i])));
  return (from, to) => {
    if (cuts.has(`${from}>${to}`)) return true;
    if (!links.partition) return false;
    const a = groupsOf.get(from);
    const b = groupsOf.get(to);
    return !a || !b || !a.some((g) => b.includes(g));
  };
}

/** Undirected pairs (low id first) to draw, in a stable order. */
export function pairsToDraw(ids: readonly ServerId[], nodes: ReadonlyMap<ServerId, NodeSnapshot>, links: LinkState, focusId: ServerId | null): Pair[] {
  const keys = new Set<string>();
  const out: Pair[] = [];
  const add = (a: ServerId, b: ServerId) => {
    if (a === b) return;
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const key = `${lo}-${hi}`;
    if (keys.has(key)) return;
    keys.add(key);
    out.push([lo, hi]);
  };
  if (ids.length <= FULL_MESH_MAX) {
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) add(ids[i]!, ids[j]!);
    return out;
  }
  for (const id of ids) {
    const leader = nodes.get(id)?.leader;
    if (leader !== null && leader !== undefined && nodes.get(id)?.status !== 'down') add(id, leader);
  }
  if (focusId !== null && nodes.has(focusId) && (links.partition || links.cuts.length > 0)) {
    const cut = cutTest(links);
    for (const id of ids) if (cut(focusId, id) || cut(id, focusId)) add(focusId, id);
  }
  if (links.cuts.length <= MAX_CUT_LINKS) for (const c of links.cuts) add(c.from, c.to);
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** True when a server can neither send to nor hear from anyone (isolated by partition or cuts). */
export function isIsolated(id: ServerId, ids: readonly ServerId[], links: LinkState): boolean {
  if (ids.length < 2) return false;
  const cut = cutTest(links);
  return ids.every((other) => other === id || (cut(id, other) && cut(other, id)));
}

/** A function telling whether the direction from → to has its own loss or delay in force. */
export function degradedTest(links: LinkState): CutTest {
  const q = links.quality;
  if (!q || (q.drops.length === 0 && q.delays.length === 0)) return () => false;
  const slow = new Set([...q.drops.filter((d) => d.percent > 0), ...q.delays.filter((d) => d.latencyMs > q.defaultLatencyMs || d.jitterMs > q.defaultJitterMs)].map((d) => `${d.from}>${d.to}`));
  return (from, to) => slow.has(`${from}>${to}`);
}
