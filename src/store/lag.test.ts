import { describe, expect, it } from 'vitest';
import { lagWords, serverLag, zxidLag } from './lag.ts';
import { node } from './testNodes.ts';

const z = (epoch: number, counter: number) => epoch * 2 ** 32 + counter;

describe('zxidLag', () => {
  it('counts transactions exactly within one epoch', () => {
    expect(zxidLag(z(1, 4), z(1, 7))).toEqual({ txns: 3, exact: true, ahead: false });
    expect(lagWords(zxidLag(z(1, 4), z(1, 5)))).toBe('1 txn behind');
    expect(lagWords(zxidLag(z(1, 7), z(1, 7)))).toBe('up to date');
  });

  it('gives a lower bound across epochs', () => {
    expect(zxidLag(z(1, 9), z(2, 3))).toEqual({ txns: 3, exact: false, ahead: false });
    expect(lagWords(zxidLag(z(1, 9), z(2, 3)))).toBe('≥ 3 txns behind (older epoch)');
    expect(zxidLag(0, z(1, 0)).txns).toBe(1);
  });

  it('notices a server ahead of the leader', () => {
    expect(lagWords(zxidLag(z(1, 8), z(1, 7)))).toBe('ahead: holds txns the leader never committed');
  });

  it('compares applied zxids, and needs a leader', () => {
    const leader = node(5, { role: 'leading', lastCommittedZxid: z(1, 6), lastZxid: z(1, 7) });
    const follower = node(2, { lastCommittedZxid: z(1, 4), lastZxid: z(1, 7) });
    expect(serverLag(follower, leader)).toEqual({ txns: 2, exact: true, ahead: false });
    expect(serverLag(follower, undefined)).toBeNull();
  });
});
