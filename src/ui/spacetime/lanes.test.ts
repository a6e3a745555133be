import { describe, expect, it } from 'vitest';
import type { RoleBand, SpacetimeMark } from '../../store/index.ts';
import { MAX_LANES, MIN_LANES, chooseLanes, type LaneInput } from './lanes.ts';

// Lanes at scale: at 101 servers only the servers a reader needs, never more than MAX_LANES.

const ids = Array.from({ length: 101 }, (_, i) => i + 1);
const looking = (startMs: number, endMs: number | null): RoleBand => ({ role: 'looking', epoch: null, established: false, leader: null, startMs, endMs });
const following = (startMs: number, epoch: number, leader: number): RoleBand => ({ role: 'following', epoch, established: true, leader, startMs, endMs: null });

function input(over: Partial<LaneInput> = {}): LaneInput {
  return { ids, leaderId: 42, selectedId: null, highlightIds: [], bandsOf: () => [looking(0, 3_000), following(3_000, 1, 42)], marks: [], startMs: 30_000, endMs: 60_000, ...over };
}

describe('chooseLanes', () => {
  it('gives every server a lane in a small cluster, in id order', () => {
    expect(chooseLanes(input({ ids: [3, 1, 2, 5, 4], leaderId: 5 }))).toEqual({ lanes: [1, 2, 3, 4, 5], hidden: 0 });
  });

  it('at 101 servers in a quiet window: the leader, and the lowest ids up to MIN_LANES', () => {
    const choice = chooseLanes(input());
    expect(choice.lanes).toContain(42);
    expect(choice.lanes).toHaveLength(MIN_LANES);
    expect(choice.hidden).toBe(101 - MIN_LANES);
  });

  it('at 101 servers after a crash: the crashed leader, the new leader, the selected and highlighted, then the first to notice, capped', () => {
    const marks: SpacetimeMark[] = [
      { kind: 'fault', entryId: 1, t: 40_000, action: 'crash', node: 42, peers: [] },
      ...ids.filter((id) => id !== 42).map((id, i): SpacetimeMark => ({ kind: 'timer', entryId: 10 + i, t: 50_000 + (101 - id), node: id, peer: 42, reason: 'leader-silent', silentMs: 10_000, limitMs: 10_000, limitName: 'syncLimit' })),
    ];
    const choice = chooseLanes(input({ leaderId: 77, selectedId: 9, highlightIds: [64], marks, bandsOf: () => [looking(0, 3_000), following(3_000, 1, 42), looking(50_000, 52_000), following(52_000, 2, 77)] }));
    expect(choice.lanes).toHaveLength(MAX_LANES);
    for (const id of [42, 77, 9, 64]) expect(choice.lanes).toContain(id);
    // The timer marks come in record order: servers 2, 3, 4 … noticed first here.
    expect(choice.lanes).toContain(2);
    expect(choice.lanes).toEqual([...choice.lanes].sort((a, b) => a - b));
    expect(choice.hidden).toBe(101 - MAX_LANES);
  });

  it('prefers servers that became leader in the window to those that only changed role', () => {
    const bandsOf = (id: number): RoleBand[] => (id === 88 ? [looking(0, 45_000), { role: 'leading', epoch: 2, established: true, leader: 88, startMs: 45_000, endMs: null }] : [looking(0, 45_000), following(45_000, 2, 88)]);
    const choice = chooseLanes(input({ leaderId: null, bandsOf, maxLanes: 3 }));
    expect(choice.lanes).toEqual([1, 2, 88]);
  });
});
