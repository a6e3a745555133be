import { describe, expect, it } from 'vitest';
import { FakeWorld, flushMicrotasks } from './fakeHostEnv.ts';
import { PeerTransport } from './peerTransport.ts';
import { decodeWireBatch, encodeWireBatch, pairChannelName, type WireBatch, type WireMessage } from './protocol.ts';

const wire = (seq: number): WireMessage => ({ seq, sentSimMs: 0, deliverAtSimMs: 2, message: { type: 'heartbeat', leader: null, epoch: seq } });

function rig(clusterSize: number, unpaced = false) {
  const world = new FakeWorld();
  const transport = new PeerTransport({
    open: (name, onMessage) => world.openChannel(name, onMessage),
    cluster: 'c',
    self: 1,
    defer: (fn) => queueMicrotask(fn),
    timers: { realNowMs: () => world.realMs, setTimer: (cb, ms) => world.setTimer(cb, ms), clearTimer: (h) => world.clearTimer(h) },
    clusterSize,
    clusterPostsPerS: 1000,
    unpaced: () => unpaced,
  });
  const postsTo = (id: number) => world.posts.filter(([name, d]) => name === pairChannelName('c', 1, id) && typeof d === 'string').map(([, d]) => decodeWireBatch(d)!.messages.map((m) => m.seq));
  return { world, transport, postsTo };
}

describe('PeerTransport', () => {
  it('posts everything for one peer in one macrotask as one batch, on a channel it keeps open', async () => {
    const r = rig(3);
    r.transport.send(2, wire(1));
    r.transport.send(2, wire(2));
    r.transport.send(3, wire(3));
    expect(r.world.posts).toHaveLength(0);
    await flushMicrotasks();
    expect(r.postsTo(2)).toEqual([[1, 2]]);
    expect(r.postsTo(3)).toEqual([[3]]);
    expect(r.world.openEnds(pairChannelName('c', 1, 2))).toBe(1);
    r.transport.send(2, wire(4));
    await r.world.advance(2);
    expect(r.postsTo(2)).toEqual([[1, 2], [4]]);
    expect(r.world.opens).toBe(2);
    r.transport.close();
    expect(r.world.openEnds(pairChannelName('c', 1, 2))).toBe(0);
  });

  it('sends on the end it listens on: one object per peer, however long it stays quiet', async () => {
    const r = rig(3);
    const got: number[] = [];
    await Promise.all([r.transport.listen([1, 2, 3], (batch) => got.push(batch.from)), r.world.advance(1)]);
    const opensAfterListening = r.world.opens;
    r.transport.send(2, wire(1));
    r.transport.send(3, wire(2));
    await flushMicrotasks();
    await r.world.advance(60_000);
    r.transport.send(3, wire(3));
    await flushMicrotasks();
    expect(r.world.opens).toBe(opensAfterListening);
    expect(r.world.openEnds(pairChannelName('c', 1, 3))).toBe(1);
    expect(r.postsTo(3)).toEqual([[2], [3]]);
    expect(r.world.pendingTimers).toBe(0);
    // The peer's end of the same channel answers, and only this end hears it.
    const peer = r.world.openChannel(pairChannelName('c', 3, 1));
    peer.post(encodeWireBatch({ from: 3, messages: [wire(9)] }));
    await r.world.advance(1);
    expect(got).toEqual([3]);
  });

  it('does not take the peer\'s listening probe for its own, and drops a post that is not a batch', async () => {
    const r = rig(2);
    const got: unknown[] = [];
    let listening = false;
    r.world.transportMs = 100;
    void r.transport.listen([1, 2], (batch) => got.push(batch)).then(() => (listening = true));
    r.world.transportMs = 1;
    const peer = r.world.openChannel(pairChannelName('c', 1, 2));
    peer.post({ probe: 1, from: 2 });
    peer.post('{not json');
    peer.post(JSON.stringify({ from: 'two', messages: [] }));
    await r.world.advance(50);
    expect(listening).toBe(false);
    await r.world.advance(100);
    expect(listening).toBe(true);
    expect(got).toEqual([]);
    expect(r.transport.refused).toBe(2);
  });

  it('resolves listening once its probe has come back through the channels, and never hands the probe over', async () => {
    const r = rig(3);
    const got: unknown[] = [];
    let listening = false;
    void r.transport.listen([1, 2, 3], (batch) => got.push(batch)).then(() => (listening = true));
    await flushMicrotasks();
    expect(listening).toBe(false);
    await r.world.advance(1);
    expect(listening).toBe(true);
    expect(got).toEqual([]);
    expect(r.world.pendingTimers).toBe(0);
  });

  it('listens on one channel per peer and hands each batch over', async () => {
    const r = rig(3);
    const got: number[][] = [];
    r.transport.listen([1, 2, 3], (batch) => got.push([batch.from, ...batch.messages.map((m) => m.seq)]));
    expect(r.world.openEnds(pairChannelName('c', 2, 1))).toBe(1);
    expect(r.world.openEnds(pairChannelName('c', 3, 1))).toBe(1);
    expect(r.world.openEnds(pairChannelName('c', 1, 1))).toBe(0);
    const peer = r.world.openChannel(pairChannelName('c', 3, 1));
    peer.post(encodeWireBatch({ from: 3, messages: [wire(7)] } satisfies WireBatch));
    await r.world.advance(5);
    expect(got).toEqual([[3, 7]]);
  });

  it('coalesces a burst: a second flush waits the minimum interval and carries everything queued', async () => {
    const r = rig(3);
    r.transport.send(2, wire(1));
    await flushMicrotasks();
    r.transport.send(2, wire(2));
    r.transport.send(2, wire(3));
    await flushMicrotasks();
    expect(r.postsTo(2)).toEqual([[1]]);
    await r.world.advance(2);
    expect(r.postsTo(2)).toEqual([[1], [2, 3]]);
  });

  it('paces a big cluster to its share of posts, oldest peers first, and never splits or reorders a peer', async () => {
    // 1,000 posts/s over 100 servers: 10 posts per second each, 10 in reserve.
    const r = rig(100);
    for (let to = 2; to <= 31; to++) r.transport.send(to, wire(to));
    await flushMicrotasks();
    expect(r.world.posts).toHaveLength(10);
    r.transport.send(2, wire(100));
    r.transport.send(31, wire(101));
    await r.world.advance(1000);
    expect(r.world.posts).toHaveLength(20);
    await r.world.advance(1000);
    expect(r.world.posts).toHaveLength(30);
    expect(r.postsTo(31)).toEqual([[31, 101]]);
    // Peer 2 queued again after its first post: it waits its turn behind the others.
    expect(r.postsTo(2)).toEqual([[2]]);
    await r.world.advance(1000);
    expect(r.postsTo(2)).toEqual([[2], [100]]);
  });

  it('never paces a leader', async () => {
    const r = rig(100, true);
    for (let to = 2; to <= 100; to++) r.transport.send(to, wire(to));
    await flushMicrotasks();
    expect(r.world.posts).toHaveLength(99);
  });
});
