import { describe, expect, it } from 'vitest';
import { parseMntr, parseSrvr } from './srvrParse.ts';

// Answers captured from a 3.8.0 leader and follower (Debian's package).
const LEADER = `Zookeeper version: 3.8.0-\${mvngit.commit.id}, built on 2024-12-29 17:54 UTC
Latency min/avg/max: 0/0.0/0
Received: 1
Sent: 0
Connections: 1
Outstanding: 0
Zxid: 0x300000000
Mode: leader
Node count: 5
Proposal sizes last/min/max: -1/-1/-1
`;

describe('parseSrvr', () => {
  it("reads a leader's mode, zxid, node count and version", () => {
    expect(parseSrvr(LEADER)).toEqual({ serving: true, version: '3.8.0-${mvngit.commit.id}, built on 2024-12-29 17:54 UTC', zxid: 0x300000000, mode: 'leader', nodeCount: 5, outstanding: 0, connections: 1 });
  });

  it('reads a follower', () => {
    expect(parseSrvr(LEADER.replace('Mode: leader', 'Mode: follower'))).toMatchObject({ serving: true, mode: 'follower' });
  });

  it('tells a server that is not serving', () => {
    expect(parseSrvr('This ZooKeeper instance is not currently serving requests\n')).toEqual({ serving: false });
  });

  it('refuses text that is neither', () => {
    expect(parseSrvr('')).toBeNull();
    expect(parseSrvr('Mode: leader\nZxid: nothex\n')).toBeNull();
  });
});

describe('parseMntr', () => {
  it('reads tab-separated keys', () => {
    const fields = parseMntr('zk_server_state\tleader\nzk_peer_state\tleading - broadcast\nzk_synced_followers\t2\nzk_global_sessions\t0\n');
    expect(fields.get('zk_peer_state')).toBe('leading - broadcast');
    expect(fields.get('zk_synced_followers')).toBe('2');
    expect(fields.size).toBe(4);
  });
});
