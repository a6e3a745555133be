import type { StateCreator } from 'zustand/vanilla';
import { presetGroups, type ClusterDriver, type NodeSnapshot, type ServerId } from '../driver/index.ts';
import type { AppState, FaultsSlice } from './types.ts';

// Active network faults and the actions that make or heal them.

export function createFaultsSlice(driver: ClusterDriver): StateCreator<AppState, [], [], FaultsSlice> {
  return (set, get) => ({
    faults: [],
    links: { cuts: [], partition: null },
    isolate: (id) => driver.isolate(id),
    reconnect: (id) => {
      const { links, nodeIds } = get();
      for (const cut of links.cuts) if (cut.from === id || cut.to === id) driver.restoreLink(cut, false);
      if (!links.partition) return;
      const groups = rejoin(links.partition, id);
      if (groups.length === 1 && groups[0]!.length === nodeIds.length) driver.healFault('partition');
      else driver.partition(groups);
    },
    partitionLeaderMinority: () => {
      const { nodeIds, leader } = get();
      if (nodeIds.length < 2) return;
      // The same split as the majority/minority preset: one definition of "the leader's minority".
      driver.partition(presetGroups('majority-minority', nodeIds, leader ? leader.id : nodeIds[0]!));
    },
    partition: (groups) => driver.partition(groups),
    applyPreset: (name) => {
      const { nodeIds, leader, nodeById } = get();
      if (nodeIds.length < 2) return;
      const groups = presetGroups(name, nodeIds, leader?.id ?? anyLeader(nodeById));
      driver.partition(groups);
      // The drawing tools show the preset's groups, so its shape can be read and then tweaked.
      set({ lastPreset: name, groupDraft: groups.map((g) => [...g]), activeGroup: 0 });
    },
    setDrop: (percent, link) => driver.setDrop(percent, link),
    setDelay: (latencyMs, jitterMs, link) => driver.setDelay(latencyMs, jitterMs, link),
    cut: (link, both) => driver.cut(link, both),
    restoreLink: (link, both) => driver.restoreLink(link, both),
    healFault: (faultId) => driver.healFault(faultId),
    healAll: () => driver.healAll(),
  });
}

/**
 * The partition with `id` back among the others: out of its own group, into the largest other one
 * (a server left alone, "isolated", joins the majority again).
 */
export function rejoin(groups: readonly ServerId[][], id: ServerId): ServerId[][] {
  const without = groups.map((g) => g.filter((x) => x !== id)).filter((g) => g.length > 0);
  if (without.length === 0) return [[id]];
  let largest = 0;
  for (let i = 1; i < without.length; i++) if (without[i]!.length > without[largest]!.length) largest = i;
  without[largest] = [...without[largest]!, id].sort((a, b) => a - b);
  return without;
}

/** A server that believes it leads, when no quorum agrees on one (a preset still needs a centre). */
function anyLeader(nodes: ReadonlyMap<ServerId, NodeSnapshot>): ServerId | null {
  for (const n of nodes.values()) if (n.status === 'up' && n.role === 'leading') return n.id;
  return null;
}
