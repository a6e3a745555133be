import { describe, expect, it } from 'vitest';
import { FakeWorld, flushMicrotasks } from './fakeHostEnv.ts';
import { SWITCH_FLUSH_INTERVAL_MS } from './packetSwitch.ts';
import { decodeDelivery, encodeWireBatch, switchChannelName, type SwitchPost, type WireMessage } from './protocol.ts';

const wire = (seq: number): WireMessage => ({ seq, sentSimMs: 0, deliverAtSimMs: 2, message: { type: 'heartbeat', leader: null, epoch: seq } });
const text = (from: number, ...seqs: number[]) => encodeWireBatch({ from, messages: seqs.map(wire) });

async function rig(ids = [1, 2, 3]) {
  const world = new FakeWorld();
  const sw = world.packetSwitch('c', ids);
  let listening = false;
  void sw.listen().then(() => (listening = true));
  await world.advance(1);
  // Each server's end: what it posts, and what the switch delivered to it as [from, seqs…] per batch.
  const got = new Map<number, number[][][]>();
  const servers = new Map(
    ids.map((id) => {
      got.set(id, []);
      const end = world.openChannel(switchChannelName('c', id), (data) => {
        const batches = decodeDelivery(data);
        if (batches) got.get(id)!.push(batches.map((b) => [b.from, ...b.messages.map((m) => m.seq)]));
      });
      return [id, end] as const;
    }),
  );
  const post = (from: number, data: SwitchPost | unknown) => servers.get(from)!.post(data);
  return { world, sw, listening: () => listening, got, post };
}

describe('PacketSwitch', () => {
  it('listens on one channel per server and says so once the browser has registered them', async () => {
    const r = await rig();
    expect(r.listening()).toBe(true);
    for (const id of [1, 2, 3]) expect(r.world.openEnds(switchChannelName('c', id))).toBe(2);
    expect(r.world.pendingTimers).toBe(0);
  });

  it("routes each of a sender's batches to its receiver alone, and nothing back to the sender", async () => {
    const r = await rig();
    r.post(1, [2, text(1, 1, 2), 3, text(1, 3)]);
    await r.world.advance(1);
    expect(r.got.get(2)).toEqual([[[1, 1, 2]]]);
    expect(r.got.get(3)).toEqual([[[1, 3]]]);
    expect(r.got.get(1)).toEqual([]);
  });

  it('merges what many senders had for one receiver into one delivery in a storm, in arrival order', async () => {
    const r = await rig([1, 2, 3, 4]);
    r.post(1, [4, text(1, 1)]);
    await r.world.advance(0.5);
    expect(r.got.get(4)).toEqual([[[1, 1]]]);
    r.post(2, [4, text(2, 1)]);
    r.post(3, [4, text(3, 1), 1, text(3, 2)]);
    r.post(2, [4, text(2, 2)]);
    await r.world.advance(1);
    // Within the flush interval of the first delivery: everything waits for one more.
    expect(r.got.get(4)).toHaveLength(1);
    await r.world.advance(SWITCH_FLUSH_INTERVAL_MS);
    expect(r.got.get(4)).toEqual([
      [[1, 1]],
      [
        [2, 1],
        [3, 1],
        [2, 2],
      ],
    ]);
    expect(r.got.get(1)).toEqual([[[3, 2]]]);
  });

  it('drops what is not a post from a server of its cluster, and counts it', async () => {
    const r = await rig();
    r.post(1, 'a string');
    r.post(1, [2]);
    r.post(1, ['2', 'x']);
    r.post(1, [9, text(1, 1)]);
    r.post(1, { probe: 3, from: 1 });
    await r.world.advance(10);
    expect(r.sw.refused).toBe(4);
    expect([...r.got.values()].flat()).toEqual([]);
  });

  it('stops delivering when closed', async () => {
    const r = await rig();
    r.sw.close();
    r.post(1, [2, text(1, 1)]);
    await r.world.advance(10);
    await flushMicrotasks();
    expect(r.got.get(2)).toEqual([]);
    expect(r.world.openEnds(switchChannelName('c', 2))).toBe(1);
  });
});
