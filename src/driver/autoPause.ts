import type { TimelineRecord } from '../host/records.ts';
import type { AutoPauseOn } from './types.ts';

// Which timeline records the "pause when…" toggles stop at. Read from the records' fields (events
// are data), the same way in both drivers.

/** The toggle a record answers to, or null when no toggle pauses on it. */
export function autoPauseCause(record: TimelineRecord): AutoPauseOn | null {
  if (record.kind === 'peer-suspected') return 'suspect';
  if (record.kind === 'leader-elected') return 'elected';
  if (record.kind === 'proposal-committed') return 'commit';
  return null;
}

/** True when the record should pause the run under these toggles. */
export function pausesOn(record: TimelineRecord, on: ReadonlySet<AutoPauseOn>): boolean {
  if (on.size === 0) return false;
  const cause = autoPauseCause(record);
  return cause !== null && on.has(cause);
}
