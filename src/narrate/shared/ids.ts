// Id lists every language writes the same way: numerals, dashes for runs and ASCII commas
// (they sit inside braces and ranges, where a Chinese text keeps them too).

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

/** The ids in ascending order, copying only when they were not (ack sets usually arrive in order). */
export function sortedIds(ids: readonly number[]): readonly number[] {
  for (let i = 1; i < ids.length; i++) {
    if (ids[i - 1]! > ids[i]!) return [...ids].sort((a, b) => a - b);
  }
  return ids;
}

/** "{1, 2} | {3}". */
export function groupList(groups: readonly (readonly number[])[], separator = ', '): string {
  return groups.map((g) => `{${g.join(separator)}}`).join(' | ');
}
