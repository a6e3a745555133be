import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, drawsPartition, toggleMember } from './groups.ts';
import { addGroup, checkGroups, fillRest, groupLetter, groupSetLabel, parseIdList, pruneDraft, removeGroup } from './groupEditor.ts';

const ids = [1, 2, 3, 4, 5];

describe('forming groups', () => {
  it('toggles servers in and out of a group, kept sorted', () => {
    let d = toggleMember(EMPTY_DRAFT, 0, 3);
    d = toggleMember(d, 0, 1);
    expect(d).toEqual([[1, 3], []]);
    expect(toggleMember(d, 0, 3)).toEqual([[1], []]);
    expect(toggleMember(d, 7, 3)).toBe(d);
  });

  it('lets one server sit in two groups (a bridge)', () => {
    const d = toggleMember(toggleMember(EMPTY_DRAFT, 0, 3), 1, 3);
    expect(d).toEqual([[3], [3]]);
  });

  it('adds and removes groups, keeping at least one', () => {
    expect(addGroup(EMPTY_DRAFT)).toHaveLength(3);
    expect(removeGroup([[1]], 0)).toEqual([[1]]);
    expect(removeGroup([[1], [2]], 0)).toEqual([[2]]);
    expect(groupLetter(0) + groupLetter(2)).toBe('AC');
  });

  it('letters groups past Z as AA, AB … and never leaves the letters', () => {
    expect([25, 26, 27, 51, 52, 100, 701, 702].map(groupLetter)).toEqual(['Z', 'AA', 'AB', 'AZ', 'BA', 'CW', 'ZZ', 'AAA']);
    const labels = Array.from({ length: 101 }, (_, i) => groupLetter(i));
    expect(new Set(labels).size).toBe(101);
    for (const l of labels) expect(l).toMatch(/^[A-Z]+$/);
  });

  it('labels a server\'s groups compactly: ranges for runs, a list otherwise, "…" past three runs', () => {
    expect(groupSetLabel([0])).toBe('A');
    expect(groupSetLabel([0, 1])).toBe('A,B');
    expect(groupSetLabel([0, 4])).toBe('A,E');
    expect(groupSetLabel([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])).toBe('A–N');
    // Server 1 of the 51-server ring: its own group and the last thirteen, one run round the ring.
    const ringServer1 = [0, ...Array.from({ length: 13 }, (_, i) => 38 + i)];
    expect(groupSetLabel(ringServer1)).toBe('A,AM–AY');
    expect(groupSetLabel(ringServer1, 51)).toBe('AM–A');
    expect(groupSetLabel([0, 1, 50], 51)).toBe('AY–B');
    expect(groupSetLabel([0, 50], 52)).toBe('A,AY');
    expect(groupSetLabel([0, 2, 4, 6, 8])).toBe('A,C…');
  });

  it('knows when a draft draws the partition in force, whatever the order', () => {
    expect(drawsPartition([[2, 1], [3]], [[3], [1, 2]])).toBe(true);
    expect(drawsPartition([[1, 2], [3], []], [[1, 2], [3]])).toBe(true);
    expect(drawsPartition([[1], [2, 3]], [[1, 2], [3]])).toBe(false);
  });

  it('fills a group with the servers in no group yet', () => {
    expect(fillRest([[1, 2], []], 1, ids)).toEqual([[1, 2], [3, 4, 5]]);
  });

  it('drops servers that no longer exist', () => {
    expect(pruneDraft([[1, 7], [9]], ids)).toEqual([[1], []]);
    const same = [[1], [2]];
    expect(pruneDraft(same, ids)).toBe(same);
  });
});

describe('checkGroups', () => {
  it('names isolated servers, bridges and the groups with a quorum', () => {
    const check = checkGroups([[3, 1, 2], [3, 4], []], ids);
    expect(check).toEqual({ ok: true, groups: [[1, 2, 3], [3, 4]], isolated: [5] });
  });

  it('refuses an empty draft, one group of everyone, and unknown servers', () => {
    expect(checkGroups(EMPTY_DRAFT, ids)).toEqual({ ok: false, problem: { kind: 'no-group' } });
    expect(checkGroups([[1, 2, 3, 4, 5], [1]], ids).ok).toBe(false);
    expect(checkGroups([[1, 9]], ids)).toEqual({ ok: false, problem: { kind: 'unknown-server', id: 9 } });
  });

  it('drops duplicate groups', () => {
    const check = checkGroups([[1, 2], [2, 1]], ids);
    expect(check.ok && check.groups).toEqual([[1, 2]]);
  });
});

describe('parseIdList', () => {
  it('reads ids and ranges', () => {
    expect(parseIdList('1-3, 5 4', ids)).toEqual({ ok: true, ids: [1, 2, 3, 4, 5] });
    expect(parseIdList('', ids)).toEqual({ ok: true, ids: [] });
  });

  it('explains what it cannot read', () => {
    expect(parseIdList('2-x', ids)).toEqual({ ok: false, problem: { kind: 'not-an-id', part: '2-x' } });
    expect(parseIdList('4-2', ids).ok).toBe(false);
    expect(parseIdList('6', ids)).toEqual({ ok: false, problem: { kind: 'unknown-server', id: 6 } });
  });
});
