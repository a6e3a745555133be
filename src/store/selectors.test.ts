import { describe, expect, it } from 'vitest';
import { agreedLeader, heartbeatCell, nodeLabel, nodeState, quorumInfo, timeLeft } from './selectors.ts';
import { ensemble, node, watch } from './testNodes.ts';
import { defaultSpecInput, makeSpec } from '../driver/index.ts';

const voters5 = [1, 2, 3, 4, 5];

describe('agreedLeader', () => {
  it('finds the established leader followed by a quorum', () => {
    expect(agreedLeader(ensemble(5, 3, 2), voters5)).toEqual({ id: 3, epoch: 2 });
  });

  it('needs a quorum of up, synced followers', () => {
    const nodes = ensemble(5, 5);
    nodes[0] = { ...nodes[0]!, status: 'down' };
    nodes[1] = { ...nodes[1]!, status: 'paused' };
    expect(agreedLeader(nodes, voters5)).toEqual({ id: 5, epoch: 1 }); // 5 + 3 + 4 = 3 of 5
    nodes[2] = { ...nodes[2]!, established: false }; // still syncing: does not count yet
    expect(agreedLeader(nodes, voters5)).toBeNull();
  });

  it('rejects a leader that is not established, paused or down', () => {
    for (const over of [{ established: false }, { status: 'paused' as const }, { status: 'down' as const }]) {
      const nodes = ensemble(3, 1);
      nodes[0] = { ...nodes[0]!, ...over };
      expect(agreedLeader(nodes, [1, 2, 3])).toBeNull();
    }
  });

  it('does not count observers or followers of another leader', () => {
    const nodes = [
      node(1, { role: 'leading', leader: 1 }),
      node(2, { role: 'following', leader: 1 }),
      node(3, { role: 'following', leader: 4 }),
      node(4, { role: 'looking' }),
      node(5, { role: 'observing', leader: 1 }),
    ];
    expect(agreedLeader(nodes, [1, 2, 3, 4])).toBeNull(); // 2 of 4 voters is no majority
    nodes[2] = { ...nodes[2]!, leader: 1 };
    expect(agreedLeader(nodes, [1, 2, 3, 4])?.id).toBe(1);
  });

  it('accepts a lone server as its own quorum', () => {
    expect(agreedLeader([node(1, { role: 'leading', leader: 1 })], [1])?.id).toBe(1);
  });
});

describe('quorum numbers', () => {
  it('is a strict majority: 4 voters tolerate 1 failure, like 3', () => {
    const settings = makeSpec(defaultSpecInput(4)).settings;
    const nodes = ensemble(4, 4);
    nodes[0] = { ...nodes[0]!, status: 'down' };
    expect(quorumInfo(nodes, settings)).toEqual({ voters: 4, needed: 3, up: 3, tolerated: 1 });
  });
});

describe('node state and labels', () => {
  it('puts down and paused before the role', () => {
    expect(nodeState(node(1, { role: 'leading', status: 'down' }))).toBe('down');
    expect(nodeState(node(1, { role: 'leading', status: 'paused' }))).toBe('paused');
    expect(nodeLabel(node(3, { role: 'leading' }))).toBe('Node 3, leader');
    expect(nodeLabel(node(2, { role: 'looking' }))).toBe('Node 2, looking');
    expect(nodeLabel(node(4))).toBe('Node 4, follower');
  });
});

describe('timeLeft', () => {
  it('is the leader watch for a follower', () => {
    const n = node(2, { leader: 5, watches: [watch(5, 7_000)] });
    expect(timeLeft(n, 10_000)).toEqual({ leftMs: 7_000, timeoutMs: 10_000 });
  });

  it('is the least over unsuspected learners for a leader', () => {
    const n = node(5, { role: 'leading', leader: 5, watches: [watch(1, 9_000), watch(2, 4_000), { ...watch(3, 0), suspected: true }] });
    expect(timeLeft(n, 10_000)).toEqual({ leftMs: 4_000, timeoutMs: 10_000 });
  });

  it('is absent while looking or down', () => {
    expect(timeLeft(node(1, { role: 'looking' }), 10_000)).toBeNull();
    expect(timeLeft(node(1, { status: 'down', leader: 5, watches: [watch(5, 0)] }), 10_000)).toBeNull();
  });
});

describe('heartbeatCell', () => {
  it('gives the age against the timeout, or null when not monitored', () => {
    const observer = node(1, { watches: [{ peer: 5, lastHeardMs: 8_500, timeoutMs: 10_000, suspected: false }] });
    expect(heartbeatCell(observer, 5, 10_000)).toEqual({ ageMs: 1_500, timeoutMs: 10_000, suspected: false });
    expect(heartbeatCell(observer, 2, 10_000)).toBeNull();
    expect(heartbeatCell(undefined, 2, 10_000)).toBeNull();
  });

  it('grows with the clock, not with the snapshot: a silent peer ages between reports', () => {
    const observer = node(1, { atMs: 9_000, watches: [{ peer: 5, lastHeardMs: 8_500, timeoutMs: 10_000, suspected: false }] });
    const ages = [9_000, 12_000, 15_500].map((nowMs) => heartbeatCell(observer, 5, nowMs)?.ageMs);
    expect(ages).toEqual([500, 3_500, 7_000]);
  });
});
