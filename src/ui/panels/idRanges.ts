import { idRanges } from '../../narrate/narration.ts';

// Compact id lists for narrow places (the one definition lives with the words, src/narrate).

export { idRanges };

/** A partition in a few words: "{1–2} | {3–5}". */
export function describePartition(groups: readonly (readonly number[])[]): string {
  return groups.map((g) => `{${idRanges(g)}}`).join(' | ');
}
