import { describe, expect, it } from 'vitest';
import { FakeWorld, flushMicrotasks } from './fakeHostEnv.ts';
import { PeerTransport } from './peerTransport.ts';
import { decodeSwitchPost, encodeDelivery, encodeWireBatch, switchChannelName, type WireBatch, type WireMessage } from './protocol.ts';

const wire = (seq: number): WireMessage => ({ seq, sentSimMs: 0, deliverAtSimMs: 2, message: { type: 'heartbeat', leader: null, epoch: seq } });

function rig(clusterSize = 3) {
  const world = new FakeWorld();
  const transport = new PeerTransport({
    open: (name, onMessage) => world.openChannel(name, onMessage),
    cluster: 'c',
    self: 1,
    defer: (fn) => queueMicrotask(fn),
    timers: { realNowMs: () => world.realMs, setTimer: (cb, ms) => world.setTimer(cb, ms), clearTimer: (h) => world.clearTimer(h) },
    clusterSize,
  });
  /** Each post to the switch as [receiver, seqs…] per entry. */
  const switchPosts = () =>
    world.posts
      .filter(([name, d]) => name === switchChannelName('c', 1) && Array.isArray(d))
      .map(([, d]) => decodeSwitchPost(d)!.map(([to, text]) => [to, ...(JSON.parse(text) as WireBatch).messages.map((m) => m.seq)]));
  const listen = async (got: unknown[] = []) => {
    await Promise.all([transport.listen((batch) => got.push(batch)), world.advance(1)]);
    return got;
  };
  return { world, transport, switchPosts, listen };
}

describe('PeerTransport', () => {
  it('posts everything for every peer in one macrotask as one post to the switch, on the one channel it holds', async () => {
    const r = rig();
    await r.listen();
    r.transport.send(2, wire(1));
    r.transport.send(2, wire(2));
    r.transport.send(3, wire(3));
    expect(r.switchPosts()).toEqual([]);
    await flushMicrotasks();
    expect(r.switchPosts()).toEqual([[[2, 1, 2], [3, 3]]]);
    r.transport.send(2, wire(4));
    await r.world.advance(2);
    expect(r.switchPosts()).toEqual([[[2, 1, 2], [3, 3]], [[2, 4]]]);
    expect(r.world.openEnds(switchChannelName('c', 1))).toBe(1);
    r.transport.close();
    expect(r.world.openEnds(switchChannelName('c', 1))).toBe(0);
  });

  it('opens one end, whatever the cluster size, and keeps it however long it stays quiet', async () => {
    const r = rig(101);
    await r.listen();
    const opensAfterListening = r.world.opens;
    // The end it listens on, and the short-lived one its probe went out on.
    expect(opensAfterListening).toBe(2);
    for (let to = 2; to <= 101; to++) r.transport.send(to, wire(to));
    await flushMicrotasks();
    await r.world.advance(60_000);
    r.transport.send(3, wire(200));
    await flushMicrotasks();
    expect(r.world.opens).toBe(opensAfterListening);
    expect(r.switchPosts()).toHaveLength(2);
    expect(r.switchPosts()[0]).toHaveLength(100);
    expect(r.world.pendingTimers).toBe(0);
  });

  it('hands over every batch of a delivery from the switch, in order', async () => {
    const r = rig();
    const got = (await r.listen()) as WireBatch[];
    const sw = r.world.openChannel(switchChannelName('c', 1));
    sw.post(encodeDelivery([encodeWireBatch({ from: 3, messages: [wire(7), wire(8)] }), encodeWireBatch({ from: 2, messages: [wire(1)] })]));
    await r.world.advance(1);
    expect(got.map((b) => [b.from, ...b.messages.map((m) => m.seq)])).toEqual([
      [3, 7, 8],
      [2, 1],
    ]);
  });

  it("does not take the switch's listening probe for its own, and drops a post that is not a delivery", async () => {
    const r = rig();
    const got: unknown[] = [];
    let listening = false;
    r.world.transportMs = 100;
    void r.transport.listen((batch) => got.push(batch)).then(() => (listening = true));
    r.world.transportMs = 1;
    const sw = r.world.openChannel(switchChannelName('c', 1));
    sw.post({ probe: 1, from: -1 });
    sw.post('{not json');
    sw.post(JSON.stringify([{ from: 'two', messages: [] }]));
    sw.post([2, 'a post to the switch, not from it']);
    await r.world.advance(50);
    expect(listening).toBe(false);
    await r.world.advance(100);
    expect(listening).toBe(true);
    expect(got).toEqual([]);
    expect(r.transport.refused).toBe(3);
  });

  it('resolves listening once its probe has come back through the channel, and never hands the probe over', async () => {
    const r = rig();
    const got: unknown[] = [];
    let listening = false;
    void r.transport.listen((batch) => got.push(batch)).then(() => (listening = true));
    await flushMicrotasks();
    expect(listening).toBe(false);
    await r.world.advance(1);
    expect(listening).toBe(true);
    expect(got).toEqual([]);
    expect(r.world.pendingTimers).toBe(0);
  });

  it('coalesces a burst: a second flush waits the minimum interval and carries everything queued', async () => {
    const r = rig();
    await r.listen();
    r.transport.send(2, wire(1));
    await flushMicrotasks();
    r.transport.send(2, wire(2));
    r.transport.send(3, wire(3));
    await flushMicrotasks();
    expect(r.switchPosts()).toEqual([[[2, 1]]]);
    await r.world.advance(2);
    expect(r.switchPosts()).toEqual([[[2, 1]], [[2, 2], [3, 3]]]);
  });

  it('in a storm posts at most once per flush interval, each post carrying everything queued since', async () => {
    const r = rig();
    await r.listen();
    for (let i = 1; i <= 40; i++) {
      r.transport.send(2 + (i % 3), wire(i));
      await r.world.advance(0.5);
    }
    await r.world.advance(2);
    const posts = r.switchPosts();
    // 20 ms of sends every 0.5 ms: one post at once, then one per 2 ms interval.
    expect(posts.length).toBeGreaterThanOrEqual(10);
    expect(posts.length).toBeLessThanOrEqual(11);
    const seqs = posts.flatMap((post) => post.flatMap(([, ...s]) => s));
    expect(seqs.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('in a big cluster waits longer between posts, so a storm merges into fewer of them', async () => {
    // 101 servers: at most one post every 40.4 ms. 100 ms of sends, one a millisecond: a post at
    // once, then at 40.4, 80.8 and 121.2 ms.
    const r = rig(101);
    await r.listen();
    for (let i = 1; i <= 100; i++) {
      r.transport.send(2, wire(i));
      await r.world.advance(1);
    }
    await r.world.advance(50);
    expect(r.switchPosts()).toHaveLength(4);
    expect(r.switchPosts().flatMap((post) => post.flatMap(([, ...s]) => s))).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });

  it('keeps what was sent before it listened and posts it once the end is open', async () => {
    const r = rig();
    r.transport.send(2, wire(1));
    await flushMicrotasks();
    expect(r.switchPosts()).toEqual([]);
    await r.listen();
    expect(r.switchPosts()).toEqual([[[2, 1]]]);
  });
});
