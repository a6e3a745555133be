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
