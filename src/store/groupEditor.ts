import type { ServerId } from '../driver/index.ts';
import type { GroupDraft } from './groups.ts';

// The Network tab's editing of a partition draft (./groups.ts), the letters that name its groups
// and the check of what it draws: pure functions, loaded with the tab and the topology's group
// tags. A server in no group ends up isolated, and the check says so.

export const MAX_GROUPS = 6;

/** A, B … Z, then AA, AB … AZ, BA …: letters for any number of groups (a ring preset makes one per server). */
export function groupLetter(index: number): string {
  let label = '';
  for (let n = Math.max(0, Math.floor(index)) + 1; n > 0; n = Math.floor((n - 1) / 26)) label = String.fromCharCode(65 + ((n - 1) % 26)) + label;
  return label;
}

/** Runs shown in a group-set label before the rest is left to "…". */
const LABEL_RUNS = 3;

/**
 * A server's groups in a few characters: runs of consecutive groups as ranges ("A–N"), others
 * listed ("A,C"); past three runs the rest is "…". Of `total` groups, the last and the first count
 * as consecutive, so a ring preset's server reads "AM–A" (AM to AY, then A), not "A,AM–AY".
 * Indexes must be ascending.
 */
export function groupSetLabel(indexes: readonly number[], total = Infinity): string {
  const runs: [number, number][] = [];
  for (const index of indexes) {
    const last = runs.at(-1);
    if (last && index === last[1] + 1) last[1] = index;
    else runs.push([index, index]);
  }
  const first = runs[0];
  const last = runs.at(-1);
  if (runs.length > 1 && first && last && first[0] === 0 && last[1] === total - 1) {
    runs.pop();
    first[0] = last[0];
  }
  const words = runs.map(([a, b]) => (a === b ? groupLetter(a) : b === a + 1 ? `${groupLetter(a)},${groupLetter(b)}` : `${groupLetter(a)}–${groupLetter(b)}`));
  return words.length > LABEL_RUNS ? `${words.slice(0, LABEL_RUNS - 1).join(',')}…` : words.join(',');
}

export function addGroup(draft: GroupDraft): GroupDraft {
  return draft.length >= MAX_GROUPS ? draft : [...draft, []];
}

/** Removes a group, keeping at least one. */
export function removeGroup(draft: GroupDraft, index: number): GroupDraft {
  if (draft.length <= 1 || index < 0 || index >= draft.length) return draft;
  return draft.filter((_, i) => i !== index);
}

/** Puts every server that is in no group yet into group `index`. */
export function fillRest(draft: GroupDraft, index: number, ids: readonly ServerId[]): GroupDraft {
  const placed = new Set(draft.flat());
  const rest = ids.filter((id) => !placed.has(id));
  if (rest.length === 0 || index < 0 || index >= draft.length) return draft;
  return draft.map((g, i) => (i === index ? [...g, ...rest].sort((a, b) => a - b) : g));
}

/** Drops ids that are no longer servers (after a rebuild with fewer of them). */
export function pruneDraft(draft: GroupDraft, ids: readonly ServerId[]): GroupDraft {
  const known = new Set(ids);
  return draft.some((g) => g.some((id) => !known.has(id))) ? draft.map((g) => g.filter((id) => known.has(id))) : draft;
}

export type GroupCheck =
  | {
      ok: true;
      /** The non-empty groups, sorted, duplicates removed: what partition() gets. */
      groups: ServerId[][];
      /** Servers in no group: they will reach nobody. What the groups do to leadership: partitionOutlook. */
      isolated: ServerId[];
    }
  | { ok: false; problem: GroupProblem };

/** Why drawn groups are no partition: data, worded by the page in its language. */
export type GroupProblem = { kind: 'unknown-server'; id: ServerId } | { kind: 'no-group' } | { kind: 'everyone-together' };

/** Why a typed list of ids cannot be read. */
export type IdListProblem = { kind: 'not-an-id'; part: string } | { kind: 'backwards'; part: string } | { kind: 'unknown-server'; id: ServerId };

export function checkGroups(draft: GroupDraft, ids: readonly ServerId[]): GroupCheck {
  const known = new Set(ids);
  const unknown = draft.flat().filter((id) => !known.has(id));
  if (unknown.length > 0) return { ok: false, problem: { kind: 'unknown-server', id: unknown[0]! } };
  const seen = new Set<string>();
  const groups: ServerId[][] = [];
  for (const g of draft) {
    const sorted = [...new Set(g)].sort((a, b) => a - b);
    const key = sorted.join(',');
    if (sorted.length === 0 || seen.has(key)) continue;
    seen.add(key);
    groups.push(sorted);
  }
  if (groups.length === 0) return { ok: false, problem: { kind: 'no-group' } };
  if (groups.some((g) => g.length === ids.length)) {
    return { ok: false, problem: { kind: 'everyone-together' } };
  }
  const placed = new Set(groups.flat());
  return { ok: true, groups, isolated: ids.filter((id) => !placed.has(id)) };
}

/** "1-3, 5" → [1, 2, 3, 5]; for clusters too large for a row of checkboxes. */
export function parseIdList(text: string, ids: readonly ServerId[]): { ok: true; ids: ServerId[] } | { ok: false; problem: IdListProblem } {
  const known = new Set(ids);
  const out = new Set<ServerId>();
  for (const part of text.split(/[,\s]+/).filter(Boolean)) {
    const m = /^(\d+)(?:[-–](\d+))?$/.exec(part);
    if (!m) return { ok: false, problem: { kind: 'not-an-id', part } };
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    if (hi < lo) return { ok: false, problem: { kind: 'backwards', part } };
    for (let id = lo; id <= hi; id++) {
      if (!known.has(id)) return { ok: false, problem: { kind: 'unknown-server', id } };
      out.add(id);
    }
  }
  return { ok: true, ids: [...out].sort((a, b) => a - b) };
}
