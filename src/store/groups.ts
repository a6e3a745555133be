import type { ServerId } from '../driver/index.ts';

// Forming partition groups by hand: a draft is a list of groups, each a list of server ids. Groups
// may overlap, because real partitions are not always clean: a server in two groups is a bridge.
// What the store does with a draft from the first screen (pick a server into a group, tell that a
// heal undid the drawn partition) is here; the Network tab's editing and checking of it is in
// ./groupEditor.ts, which loads with that tab.

export type GroupDraft = ServerId[][];

/** Two empty groups, A and B: the shape people draw first. */
export const EMPTY_DRAFT: GroupDraft = [[], []];

/** Whether the draft draws exactly these groups (order and duplicates aside). */
export function drawsPartition(draft: GroupDraft, partition: readonly ServerId[][]): boolean {
  const key = (groups: readonly ServerId[][]) =>
    [...new Set(groups.filter((g) => g.length > 0).map((g) => [...g].sort((a, b) => a - b).join(',')))].sort().join('|');
  return key(draft) === key(partition);
}

/** Adds `id` to group `index`, or takes it out when it is there already. */
export function toggleMember(draft: GroupDraft, index: number, id: ServerId): GroupDraft {
  if (index < 0 || index >= draft.length) return draft;
  return draft.map((g, i) => (i !== index ? g : g.includes(id) ? g.filter((x) => x !== id) : [...g, id].sort((a, b) => a - b)));
}

