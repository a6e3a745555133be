import type { ServerId } from '../../driver/index.ts';
import type { RoleBand, SpacetimeMark } from '../../store/index.ts';

// Which servers get a lane. Up to MAX_LANES servers, all of them. Above that, the ones a reader
// needs: the leader, the selected and highlighted servers, those a fault or a decisive timer befell
// in the window, those that became leader in it, then those whose role changed in it, then the
// lowest ids to keep at least MIN_LANES. Always in id order, so a lane does not jump about.

export const MAX_LANES = 12;
export const MIN_LANES = 5;

export interface LaneInput {
  ids: readonly ServerId[];
  leaderId: ServerId | null;
  selectedId: ServerId | null;
  highlightIds: readonly ServerId[];
  bandsOf: (id: ServerId) => readonly RoleBand[];
  marks: readonly SpacetimeMark[];
  startMs: number;
  endMs: number;
  maxLanes?: number;
}

export interface LaneChoice {
  lanes: ServerId[];
  /** Servers without a lane. */
  hidden: number;
}

export function chooseLanes(input: LaneInput): LaneChoice {
  const max = input.maxLanes ?? MAX_LANES;
  const { ids, startMs, endMs } = input;
  if (ids.length <= max) return { lanes: [...ids].sort((a, b) => a - b), hidden: 0 };
  const known = new Set(ids);
  const chosen = new Set<ServerId>();
  const add = (id: ServerId | null) => {
    if (id !== null && chosen.size < max && known.has(id)) chosen.add(id);
  };
  add(input.leaderId);
  add(input.selectedId);
  for (const id of input.highlightIds) add(id);
  const inWindow = (t: number) => t >= startMs && t <= endMs;
  for (const m of input.marks) if (m.kind === 'fault' && inWindow(m.t)) add(m.node);
  for (const m of input.marks) if (m.kind === 'timer' && inWindow(m.t)) add(m.node);
  const sorted = [...ids].sort((a, b) => a - b);
  const changedIn = (id: ServerId, role: RoleBand['role'] | null) => input.bandsOf(id).some((b) => inWindow(b.startMs) && (role === null || b.role === role));
  for (const id of sorted) if (changedIn(id, 'leading')) add(id);
  for (const id of sorted) if (changedIn(id, null)) add(id);
  for (const id of sorted) if (chosen.size < MIN_LANES) add(id);
  const lanes = [...chosen].sort((a, b) => a - b);
  return { lanes, hidden: ids.length - lanes.length };
}
