import { formatZxid } from '../format.ts';

// English list helpers shared by the sentences and the panels.

/** "1, 2, 5", sorted; "none" when empty. */
export function idList(ids: readonly number[]): string {
  if (ids.length === 0) return 'none';
  // Ack sets usually arrive in order already; sort only when they did not.
  for (let i = 1; i < ids.length; i++) {
    if (ids[i - 1]! > ids[i]!) return [...ids].sort((a, b) => a - b).join(', ');
  }
  return ids.join(', ');
}

/** A list of zxids for a narrow panel: the first few, then how many more. */
export function zxidList(zxids: readonly number[], shown = 5): string {
  if (zxids.length === 0) return 'none';
  const head = zxids.slice(0, shown).map(formatZxid).join(', ');
  return zxids.length > shown ? `${head} … +${zxids.length - shown} more` : head;
}

/** "{1, 2} | {3}". */
export function groupList(groups: readonly (readonly number[])[], separator = ', '): string {
  return groups.map((g) => `{${g.join(separator)}}`).join(' | ');
}

/** Compact id lists for narrow places: [1, 2, 3, 5, 7, 8] → "1–3, 5, 7–8". */
export function idRanges(ids: readonly number[]): string {
  const sorted = [...ids].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${sorted[i]}–${sorted[j]}` : sorted.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return parts.join(', ');
}
