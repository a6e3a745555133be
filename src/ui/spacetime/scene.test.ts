import { describe, expect, it } from 'vitest';
import { MessageLog } from '../../driver/messageLog.ts';
import type { RoleBand } from '../../store/index.ts';
import { MAX_LANES } from './lanes.ts';
import { MAX_ARROWS, MAX_PING_ARROWS, buildScene, heldCounts, type SceneInput } from './scene.ts';

// One window of the diagram from the message log: pings as arrows in a small cluster, as bands at
// 101 servers, and never more than MAX_ARROWS arrows.

/** Leader 1 pings every follower each second and each answers; an election's votes at 30 s. */
function steadyLog(servers: number, untilMs: number): MessageLog {
  const log = new MessageLog({ sampled: false });
  for (let t = 0; t < untilMs; t += 1000) {
    for (let f = 2; f <= servers; f++) log.append(1, f, 'ping', t, t + 2, false, null);
    for (let f = 2; f <= servers; f++) log.append(f, 1, 'ping', t + 2, t + 4, false, null);
    if (t === 30_000) for (let a = 1; a <= servers; a++) for (let b = 1; b <= servers; b++) if (a !== b) log.append(a, b, 'notification', t + 5, t + 7, false, null);
  }
  return log;
}

function input(log: MessageLog, servers: number, over: Partial<SceneInput> = {}): SceneInput {
  const band: RoleBand = { role: 'following', epoch: 1, established: true, leader: 1, startMs: 0, endMs: null };
  return {
    log,
    ids: Array.from({ length: servers }, (_, i) => i + 1),
    leaderId: 1,
    selectedId: null,
    highlightIds: [],
    bandsOf: () => [band],
    marks: [],
    startMs: 20_000,
    endMs: 50_000,
    msPerPx: 46,
    minPingBucketMs: 2000,
    ...over,
  };
}

describe('buildScene', () => {
  it('draws every message of a 5-server window as an arrow, pings included', () => {
    const scene = buildScene(input(steadyLog(5, 60_000), 5));
    expect(scene.lanes).toEqual([1, 2, 3, 4, 5]);
    expect(scene.pingBands).toBeNull();
    const pings = scene.arrows.filter((a) => a.kind === 'ping');
    // 31 rounds of the leader's pings (20 s … 50 s), 30 of the answers (the one at 50.002 s is out).
    expect(pings.length).toBe(31 * 4 + 30 * 4);
    expect(scene.arrows.filter((a) => a.kind === 'notification')).toHaveLength(20);
    // Oldest first, as they are drawn.
    expect(scene.arrows.map((a) => a.seq)).toEqual([...scene.arrows.map((a) => a.seq)].sort((a, b) => a - b));
    expect(scene.bands.every((b) => scene.lanes.includes(b.lane))).toBe(true);
  });

  it('at 101 servers keeps to MAX_LANES lanes, aggregates pings and caps the arrows', () => {
    const scene = buildScene(input(steadyLog(101, 60_000), 101));
    expect(scene.lanes.length).toBeLessThanOrEqual(MAX_LANES);
    expect(scene.pingBands).not.toBeNull();
    expect(scene.arrows.some((a) => a.kind === 'ping')).toBe(false);
    const leaderBand = scene.pingBands!.find((b) => b.from === 1)!;
    // The leader's band counts every ping it sent, to servers with a lane or without.
    expect(leaderBand.count).toBe(31 * 100);
    expect(scene.offLane).toBeGreaterThan(MAX_PING_ARROWS);
    expect(scene.arrows.length).toBeLessThanOrEqual(MAX_ARROWS);
  });

  it('keeps the newest MAX_ARROWS and says how many it left out', () => {
    const log = new MessageLog({ sampled: false });
    for (let i = 0; i < MAX_ARROWS + 120; i++) log.append(1 + (i % 2), 2 - (i % 2), 'proposal', 21_000 + i, 21_002 + i, false, null);
    const scene = buildScene(input(log, 5));
    expect(scene.arrows).toHaveLength(MAX_ARROWS);
    expect(scene.arrowsLeftOut).toBe(120);
    expect(scene.arrows[0]!.seq).toBe(120);
  });

  it('always draws held pings as arrows, and leaves out what lies outside the window', () => {
    const log = new MessageLog({ sampled: false });
    log.append(1, 2, 'ping', 10_000, 19_000, false, null);
    log.append(1, 2, 'ping', 15_000, 25_000, true, null);
    log.append(1, 2, 'ping', 51_000, 51_002, false, null);
    const scene = buildScene(input(log, 5));
    expect(scene.arrows.map((a) => [a.sentMs, a.held])).toEqual([[15_000, true]]);
  });
});

describe('heldCounts', () => {
  it('counts each batch of held packets once, on its oldest', () => {
    const log = new MessageLog({ sampled: false });
    for (const sent of [30_000, 31_000, 32_000]) log.append(5, 1, 'ping', sent, 34_002, true, null);
    log.append(5, 2, 'ping', 33_000, 34_003, true, null);
    log.append(5, 1, 'ping', 40_000, 44_002, true, null);
    const scene = buildScene(input(log, 5));
    const counts = heldCounts(scene.arrows);
    expect([...counts.values()].sort()).toEqual([1, 1, 3]);
    expect(counts.get(0)).toBe(3);
  });
});
