import type { TimelineEntry } from '../../driver/index.ts';
import { zxidList } from './zxidList.ts';

// A second line for entries whose structured detail says more than their sentence: which
// transactions a sync sent or a truncation removed, which ephemerals an ended session took along.

function zxids(value: unknown): number[] | null {
  return Array.isArray(value) && value.every((v) => typeof v === 'number') ? (value as number[]) : null;
}

export function eventDetail(e: TimelineEntry): string | null {
  const d = e.detail;
  if (!d) return null;
  if (e.kind === 'sync') {
    const sent = zxids(d.sent);
    return sent && sent.length > 0 ? `sent: ${zxidList(sent, 4)}` : null;
  }
  if (e.kind === 'truncated') {
    const removed = zxids(d.removed);
    return removed ? `removed: ${zxidList(removed, 4)}` : null;
  }
  if ((e.kind === 'session-expired' || e.kind === 'session-closed') && Array.isArray(d.deletedPaths) && d.deletedPaths.length > 0) {
    return `ephemerals deleted: ${d.deletedPaths.slice(0, 6).join(', ')}${d.deletedPaths.length > 6 ? ` +${d.deletedPaths.length - 6} more` : ''}`;
  }
  return null;
}
