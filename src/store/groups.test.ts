import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, addGroup, checkGroups, fillRest, groupLetter, parseIdList, pruneDraft, removeGroup, toggleMember } from './groups.ts';

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
    const check = checkGroups([[3, 1, 2], [3, 4], []], ids, ids);
    expect(check).toEqual({ ok: true, groups: [[1, 2, 3], [3, 4]], isolated: [5], bridges: [3], quorumGroups: [0] });
  });

  it('refuses an empty draft, one group of everyone, and unknown servers', () => {
    expect(checkGroups(EMPTY_DRAFT, ids, ids)).toEqual({ ok: false, error: 'Put at least one server in a group first.' });
    expect(checkGroups([[1, 2, 3, 4, 5], [1]], ids, ids).ok).toBe(false);
    expect(checkGroups([[1, 9]], ids, ids)).toEqual({ ok: false, error: 'There is no server 9.' });
  });

  it('drops duplicate groups', () => {
    const check = checkGroups([[1, 2], [2, 1]], ids, ids);
    expect(check.ok && check.groups).toEqual([[1, 2]]);
  });
});

describe('parseIdList', () => {
  it('reads ids and ranges', () => {
    expect(parseIdList('1-3, 5 4', ids)).toEqual({ ok: true, ids: [1, 2, 3, 4, 5] });
    expect(parseIdList('', ids)).toEqual({ ok: true, ids: [] });
  });

  it('explains what it cannot read', () => {
    expect(parseIdList('2-x', ids)).toEqual({ ok: false, error: '"2-x" is not a server id or a range like 3-7.' });
    expect(parseIdList('4-2', ids).ok).toBe(false);
    expect(parseIdList('6', ids)).toEqual({ ok: false, error: 'There is no server 6.' });
  });
});
