import { describe, expect, it } from 'vitest';
import { createPrng } from '../core/prng.ts';
import { NetworkModel } from './network.ts';
import { HELD, OutgoingLinks } from './tcp.ts';

const net = (): NetworkModel => new NetworkModel(createPrng(1), { latencyMs: 2, jitterMs: 0 });

function released(links: OutgoingLinks<string>, nowMs: number): string[] {
  const out: string[] = [];
  links.release(nowMs, (to, payload, sentMs, atMs) => out.push(`${to}:${payload}@${sentMs}→${atMs}`));
  return out;
}

describe('OutgoingLinks: the sending half of TCP', () => {
  it('delivers at once on a connected link', () => {
    const links = new OutgoingLinks<string>(1, net());
    expect(links.send(2, 'a', false, 10)).toBe(12);
    expect(links.heldCount).toBe(0);
  });

  it('holds what a cut direction cannot carry and delivers it in order when the link is back', () => {
    const network = net();
    const links = new OutgoingLinks<string>(1, network);
    network.cut(1, 2);
    expect(links.send(2, 'a', false, 10)).toBe(HELD);
    expect(links.send(2, 'b', false, 20)).toBe(HELD);
    expect(links.send(3, 'c', false, 20)).toBe(22);
    expect(links.oldestHeldSentMs(2)).toBe(10);
    expect(released(links, 500)).toEqual([]);
    network.restore(1, 2);
    expect(released(links, 500)).toEqual(['2:a@10→502', '2:b@20→502']);
    expect(links.heldCount).toBe(0);
  });

  it('keeps only the latest election message per peer (QuorumCnxManager SEND_CAPACITY = 1)', () => {
    const network = net();
    const links = new OutgoingLinks<string>(1, network);
    network.partition([[1], [2]]);
    links.send(2, 'vote-1', true, 10);
    links.send(2, 'zab-1', false, 11);
    links.send(2, 'vote-2', true, 12);
    network.heal();
    expect(released(links, 100)).toEqual(['2:zab-1@11→102', '2:vote-2@12→102']);
  });

  it('a packet sent after the heal never overtakes the held ones', () => {
    const network = net();
    const links = new OutgoingLinks<string>(1, network);
    network.cut(1, 2);
    links.send(2, 'old', false, 10);
    network.restore(1, 2);
    // The host calls release() on every change; until it has, later packets queue behind.
    expect(links.send(2, 'new', false, 50)).toBe(HELD);
    expect(released(links, 50)).toEqual(['2:old@10→52', '2:new@50→52']);
  });

  it('treats 100% loss as a link that carries nothing', () => {
    const network = net();
    const links = new OutgoingLinks<string>(1, network);
    network.setDrop(1, { from: 1, to: 2 });
    expect(links.send(2, 'a', false, 0)).toBe(HELD);
    network.setDrop(0, { from: 1, to: 2 });
    expect(released(links, 5)).toEqual(['2:a@0→7']);
  });

  it('a crashed host loses what it held', () => {
    const network = net();
    const links = new OutgoingLinks<string>(1, network);
    network.cut(1, 2);
    links.send(2, 'a', false, 0);
    links.dropAll();
    network.heal();
    expect(released(links, 5)).toEqual([]);
  });
});
