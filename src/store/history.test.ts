import { describe, expect, it } from 'vitest';
import type { DriverSnapshot, NodeSnapshot, TimelineEntry } from '../driver/index.ts';
import { cadenceFor, checkpointEveryMs, emptyHistory, frameAt, frameBytesEstimate, recordFrame, shareStructure, HISTORY_BUDGET_BYTES, type History } from './history.ts';
import { ensemble, node } from './testNodes.ts';

// The scrubber's history: frames at the cadence (and whenever the moment matters), the frame at or
// before a time, thinning past the cap, and structural sharing between consecutive frames.

function snapshotAt(timeMs: number, nodes: NodeSnapshot[] = ensemble(5, 5)): DriverSnapshot {
  return { timeMs, nodes: nodes.map((n) => ({ ...n, atMs: timeMs })), clients: [], faults: [], invariants: { ok: true, violations: [] }, health: { lagP50Ms: 0, lagP99Ms: 0, behind: false }, links: { cuts: [], partition: null } };
}

const quiet = { force: false, lastEntryId: 0 };

function entry(id: number, t: number, kind: TimelineEntry['kind'] = 'crash'): TimelineEntry {
  return { id, t, node: 1, kind, wasLeading: false, detection: { detector: 'zookeeper', limit: { name: 'syncLimit', ticks: 5, tickTimeMs: 2000 } } } as TimelineEntry;
}

describe('recordFrame', () => {
  it('records at the cadence and skips updates in between', () => {
    let h = emptyHistory(5);
    expect(h.checkpointEveryMs).toBe(checkpointEveryMs(5));
    for (let t = 0; t <= 1000; t += 33) h = recordFrame(h, snapshotAt(t), [], quiet);
    const times = h.frames.map((f) => f.atMs);
    expect(times).toEqual([0, 264, 528, 792]);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(h.checkpointEveryMs);
  });

  it('returns the same history when nothing is recorded', () => {
    const h = recordFrame(emptyHistory(5), snapshotAt(0), [], quiet);
    expect(recordFrame(h, snapshotAt(10), [], quiet)).toBe(h);
  });

  it('records a forced frame within the cadence, and one at the same time replaces the last', () => {
    let h = recordFrame(emptyHistory(5), snapshotAt(0), [], quiet);
    h = recordFrame(h, snapshotAt(40), [], { force: true, lastEntryId: 3 });
    expect(h.frames.map((f) => [f.atMs, f.lastEntryId])).toEqual([[0, 0], [40, 3]]);
    h = recordFrame(h, snapshotAt(40), [], { force: true, lastEntryId: 4 });
    expect(h.frames.map((f) => [f.atMs, f.lastEntryId])).toEqual([[0, 0], [40, 4]]);
  });

  it('marks faults, repairs and elections, and a mark forces its frame', () => {
    let h = recordFrame(emptyHistory(5), snapshotAt(0), [], quiet);
    h = recordFrame(h, snapshotAt(50), [entry(1, 50, 'crash'), entry(2, 50, 'vote-changed'), entry(3, 50, 'leader-elected'), entry(4, 50, 'heal')], { force: false, lastEntryId: 4 });
    expect(h.marks.map((m) => [m.kind, m.record, m.atMs])).toEqual([['fault', 'crash', 50], ['election', 'leader-elected', 50], ['repair', 'heal', 50]]);
    expect(h.frames.at(-1)!.atMs).toBe(50);
  });

  it('thins the older half past the cap, keeping the first frame and the recent ones whole', () => {
    // Heavy frames (every server watching every peer) make the cap small enough to reach here.
    const watches = Array.from({ length: 100 }, (_, i) => ({ peer: i + 1, lastHeardMs: 0, timeoutMs: 10_000, suspected: false }));
    const heavy = (t: number) => snapshotAt(t, ensemble(101, 1).map((n) => ({ ...n, watches })));
    const cap = cadenceFor(101, frameBytesEstimate(heavy(0))).maxFrames;
    expect(cap).toBeLessThan(100);
    let h: History = emptyHistory(101);
    for (let i = 0; i <= cap; i++) h = recordFrame(h, heavy(i * 10), [], { force: true, lastEntryId: 0 });
    expect(h.frames.length).toBeLessThanOrEqual(cap);
    expect(h.frames[0]!.atMs).toBe(0);
    expect(h.frames.at(-1)!.atMs).toBe(cap * 10);
    const recent = h.frames.slice(-10).map((f) => f.atMs);
    expect(recent).toEqual(Array.from({ length: 10 }, (_, i) => (cap - 9 + i) * 10));
  });
});

describe('cadence by size', () => {
  it('keeps the window the budget promises within it: 30 min at 5 servers, 10 min at 101', () => {
    for (const [servers, windowMs] of [[5, 30 * 60_000], [101, 10 * 60_000]] as const) {
      const snap = snapshotAt(0, ensemble(servers, 1));
      const bytes = frameBytesEstimate(snap);
      const { checkpointEveryMs: everyMs, maxFrames } = cadenceFor(servers, bytes);
      expect(Math.ceil(windowMs / everyMs)).toBeLessThanOrEqual(maxFrames);
      expect(maxFrames * bytes).toBeLessThanOrEqual(HISTORY_BUDGET_BYTES);
    }
  });

  it('records less often when frames are heavy (the all-to-all detector watches every peer)', () => {
    const light = cadenceFor(101, 40_000);
    const heavy = cadenceFor(101, 800_000);
    expect(heavy.checkpointEveryMs).toBeGreaterThan(light.checkpointEveryMs);
    expect(heavy.maxFrames * 800_000).toBeLessThanOrEqual(HISTORY_BUDGET_BYTES);
  });
});

describe('frameAt', () => {
  const h = [0, 250, 500, 750].reduce((acc, t) => recordFrame(acc, snapshotAt(t), [], quiet), emptyHistory(5));

  it('picks the frame at or before the time', () => {
    expect(frameAt(h, 500)!.atMs).toBe(500);
    expect(frameAt(h, 499)!.atMs).toBe(250);
    expect(frameAt(h, 10_000)!.atMs).toBe(750);
  });

  it('gives the first frame for a time before it, and null without frames', () => {
    expect(frameAt(h, -5)!.atMs).toBe(0);
    expect(frameAt(emptyHistory(5), 100)).toBeNull();
  });
});

describe('shareStructure', () => {
  it('keeps an unchanged node, tree and fault list by reference', () => {
    const tree = [{ path: '/a', value: 'x', ephemeralOwner: 0, version: 0, czxid: 1, mzxid: 1, cversion: 0 }];
    const down = node(3, { status: 'down', watches: [] });
    const a = snapshotAt(100, [node(1, { tree }), node(2, { tree }), down]);
    const b = snapshotAt(200, [node(1, { tree }), node(2, { tree, role: 'looking' }), { ...down }]);
    const shared = shareStructure(a, b);
    // Server 3 is down and watches nothing: only its timestamp moved, so it is the same object.
    expect(shared.nodes[2]).toBe(a.nodes[2]);
    expect(shared.nodes[1]).not.toBe(a.nodes[1]);
    expect(shared.nodes[1]!.role).toBe('looking');
    expect(shared.nodes[1]!.tree).toBe(tree);
    expect(shared.faults).toBe(a.faults);
    expect(shared.links).toBe(a.links);
    expect(shared.health).toBe(a.health);
  });

  it('keeps watches that did not move, and takes the ones that did', () => {
    const w = (peer: number, lastHeardMs: number) => ({ peer, lastHeardMs, timeoutMs: 10_000, suspected: false });
    const a = snapshotAt(100, [node(1, { watches: [w(2, 50), w(3, 60)] })]);
    const same = shareStructure(a, snapshotAt(100, [node(1, { watches: [w(2, 50), w(3, 60)] })]));
    expect(same.nodes).toBe(a.nodes);
    const moved = shareStructure(a, snapshotAt(200, [node(1, { watches: [w(2, 50), w(3, 160)] })]));
    expect(moved.nodes[0]!.watches[0]).toBe(a.nodes[0]!.watches[0]);
    expect(moved.nodes[0]!.watches[1]!.lastHeardMs).toBe(160);
    expect(moved.nodes[0]!.atMs).toBe(200);
  });

  it('is applied to every recorded frame', () => {
    let h = recordFrame(emptyHistory(5), snapshotAt(0, [node(1, { status: 'down' })]), [], quiet);
    h = recordFrame(h, snapshotAt(300, [node(1, { status: 'down' })]), [], quiet);
    expect(h.frames[1]!.snapshot.nodes).toBe(h.frames[0]!.snapshot.nodes);
  });
});
