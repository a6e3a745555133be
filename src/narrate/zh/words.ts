import type { Role } from '../../core/types.ts';
import { formatZxid } from '../format.ts';
import { sortedIds } from '../shared/ids.ts';

// Chinese list helpers: an enumeration comma (、) between items, 无 for none.

/** "1、2、5", sorted; 无 when empty. */
export function idList(ids: readonly number[]): string {
  if (ids.length === 0) return '无';
  return sortedIds(ids).join('、');
}

/** The first few zxids, then how many more. */
export function zxidList(zxids: readonly number[], shown = 5): string {
  if (zxids.length === 0) return '无';
  const head = zxids.slice(0, shown).map(formatZxid).join('、');
  return zxids.length > shown ? `${head} … 另有 ${zxids.length - shown} 个` : head;
}

/** A role as ZooKeeper's state name, which Chinese engineers keep: LOOKING, FOLLOWING, … */
export function stateName(role: Role): string {
  return role.toUpperCase();
}

/** A leader's note in a headline. */
export const LEADER_NOTE = '（领导者）';
