import { describe, expect, it } from 'vitest';
import { presetGroups, quorumSize, type PresetName } from '../driver/index.ts';
import { partitionOutlook, type OutlookServer } from './partitionOutlook.ts';

// Every preset at every size from 3 to 101 servers, with the leader at the top id (the usual
// winner of a fresh election) and at id 1: the summary must match what the servers will do.

const servers = (n: number, leader: number | null): OutlookServer[] => Array.from({ length: n }, (_, i) => ({ id: i + 1, up: true, leading: i + 1 === leader }));
const ids = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

function outlook(name: PresetName, n: number, leader: number) {
  return partitionOutlook(presetGroups(name, ids(n), leader), servers(n, leader), ids(n));
}

const sizes = Array.from({ length: 99 }, (_, i) => i + 3);

describe('partitionOutlook, every preset at every size', () => {
  for (const leader of ['top', 'first'] as const) {
    it(`majority/minority: the leader (${leader}) loses its quorum and the majority can elect`, () => {
      for (const n of sizes) {
        const l = leader === 'top' ? n : 1;
        const o = outlook('majority-minority', n, l);
        expect(o.leader, `n=${n}`).toBe(l);
        if (o.leader === null) continue;
        expect(o.keeps, `n=${n}`).toBe(false);
        expect(o.reach.length, `n=${n}`).toBeLessThan(quorumSize(n));
        expect(o.canLead.length, `n=${n}`).toBe(n - o.reach.length);
        expect(o.canLead.includes(l), `n=${n}`).toBe(false);
      }
    });

    it(`ring: every server reaches a quorum, and the leader (${leader}) keeps leading`, () => {
      for (const n of sizes) {
        const o = outlook('ring', n, leader === 'top' ? n : 1);
        expect(o.canLead, `n=${n}`).toEqual(ids(n));
        expect(o.leader !== null && o.keeps, `n=${n}`).toBe(true);
      }
    });

    it(`isolate-leader: the leader (${leader}) is alone and steps down; all others can lead`, () => {
      for (const n of sizes) {
        const l = leader === 'top' ? n : 1;
        const o = outlook('isolate-leader', n, l);
        expect(o.leader !== null && !o.keeps && o.reach, `n=${n}`).toEqual([l]);
        expect(o.canLead, `n=${n}`).toEqual(ids(n).filter((id) => id !== l));
        expect(o.isolated, `n=${n}`).toEqual([l]);
      }
    });

    it(`isolate-one: the leader (${leader}) keeps its quorum; the lone server cannot reach it`, () => {
      for (const n of sizes) {
        const o = outlook('isolate-one', n, leader === 'top' ? n : 1);
        expect(o.leader !== null && o.keeps, `n=${n}`).toBe(true);
        if (o.leader === null || !o.keeps) continue;
        expect(o.cutOff, `n=${n}`).toEqual(o.isolated);
        expect(o.cutOff.length, `n=${n}`).toBe(1);
      }
    });
  }

  it('bridge: one bridge, both halves reach a quorum only through it', () => {
    for (const n of sizes) {
      const o = outlook('bridge', n, n);
      expect(o.bridges, `n=${n}`).toEqual([Math.floor(n / 2) + 1]);
      expect(o.canLead.includes(Math.floor(n / 2) + 1), `n=${n}`).toBe(true);
    }
  });

  it('says nobody can lead when no server reaches a quorum', () => {
    const o = partitionOutlook([[1, 2], [3, 4], [5]], servers(5, 5), ids(5));
    expect(o.canLead).toEqual([]);
    expect(o.leader !== null && o.keeps).toBe(false);
  });

  it('counts only up voters: a down server in reach does not make a quorum', () => {
    const s = servers(5, 1).map((x) => (x.id === 3 ? { ...x, up: false } : x));
    const o = partitionOutlook([[1, 2, 3], [4, 5]], s, ids(5));
    expect(o.leader !== null && o.keeps).toBe(false);
    expect(o.canLead).toEqual([]);
  });
});
