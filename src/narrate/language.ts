import type { RecordOf, TimelineKind, TimelineRecord } from '../host/records.ts';
import type { ActiveFault } from '../net/network.ts';

// What a language provides to put the timeline in words. Each table is a mapped type over every
// record kind, so a new kind without a sentence (or an explicit "no detail") fails to compile.

export type Sentences = { [K in TimelineKind]: (record: RecordOf<K>) => string };

/** A second line where the data says more than the sentence; null for a kind that never has one. */
export type DetailLines = { [K in TimelineKind]: ((record: RecordOf<K>) => string | null) | null };

export interface Language {
  sentences: Sentences;
  details: DetailLines;
  /** A fault in force, for the faults panel and the heal record. */
  fault(fault: ActiveFault): string;
}

/** Looks up a record's renderer; the table's mapped type guarantees it takes this kind. */
export function rendererFor<R>(table: { [K in TimelineKind]: ((record: RecordOf<K>) => R) | null }, record: TimelineRecord): ((record: TimelineRecord) => R) | null {
  return table[record.kind] as ((record: TimelineRecord) => R) | null;
}
