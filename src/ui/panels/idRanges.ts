// Compact id lists for narrow places: [1, 2, 3, 5, 7, 8] → "1–3, 5, 7–8".

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

/** A partition in a few words: "{1–2} | {3–5}". */
export function describePartition(groups: readonly (readonly number[])[]): string {
  return groups.map((g) => `{${idRanges(g)}}`).join(' | ');
}
