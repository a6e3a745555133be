import { formatZxid } from '../format.ts';

// A list of zxids for a narrow panel: the first few, then how many more.

export function zxidList(zxids: readonly number[], shown = 5): string {
  if (zxids.length === 0) return 'none';
  const head = zxids.slice(0, shown).map(formatZxid).join(', ');
  return zxids.length > shown ? `${head} … +${zxids.length - shown} more` : head;
}
