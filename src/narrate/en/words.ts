import { formatZxid } from '../format.ts';
import { sortedIds } from '../shared/ids.ts';

// English list helpers shared by the sentences and the panels.

/** "1, 2, 5", sorted; "none" when empty. */
export function idList(ids: readonly number[]): string {
  if (ids.length === 0) return 'none';
  return sortedIds(ids).join(', ');
}

/** A list of zxids for a narrow panel: the first few, then how many more. */
export function zxidList(zxids: readonly number[], shown = 5): string {
  if (zxids.length === 0) return 'none';
  const head = zxids.slice(0, shown).map(formatZxid).join(', ');
  return zxids.length > shown ? `${head} … +${zxids.length - shown} more` : head;
}

export { groupList, idRanges } from '../shared/ids.ts';
