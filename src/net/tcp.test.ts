import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPrng, type Prng } from '../core/prng.ts';
import { NetworkModel, TCP_MAX_RETRANSMISSIONS, type Address } from './network.ts';
import { ELECTION_STREAM, OutgoingLinks, rtoMs, zabStream } from './tcp.ts';

const ZAB = zabStream(7);

function rig(prng: Prng = createPrng(1), latencyMs = 2, jitterMs = 0) {
  const network = new NetworkModel(prng, { latencyMs, jitterMs });
  const delivered: string[] = [];
  const links = new OutgoingLinks<string>(1, network, (to: Address, payload, sentMs, atMs) => delivered.push(`${to}:${payload}@${sentMs}→${atMs}`));
  /** Runs retransmissions due until `untilMs`, as a host's scheduler would. */
  const runUntil = (untilMs: number): void => {
    for (let next = links.nextWakeupMs(); next <= untilMs; next = links.nextWakeupMs()) links.pump(next);
  };
  return { network, links, delivered, runUntil };
}

/** A PRNG whose next() returns the scripted values, then 0.99. */
function scripted(values: number[]): Prng {
  let i = 0;
  return { ...createPrng(1), next: () => (i < values.length ? (values[i++] as number) : 0.99) };
}

describe('OutgoingLinks: the sending half of TCP', () => {
  it('delivers at once on a connected link, after the latency', () => {
    const r = rig();
    r.links.send(2, ZAB, 'a', false, 10);
    expect(r.delivered).toEqual(['2:a@10→12']);
  });

  it('holds what a cut direction cannot carry and delivers it in order when the link is back', () => {
    const r = rig();
    r.network.cut(1, 2);
    r.links.send(2, ZAB, 'a', false, 10);
    r.links.send(2, ZAB, 'b', false, 20);
    r.links.send(3, ZAB, 'c', false, 20);
    expect(r.links.oldestHeldSentMs(2)).toBe(10);
    r.links.pump(500);
    expect(r.delivered).toEqual(['3:c@20→22']);
    r.network.restore(1, 2);
    r.links.pump(500);
    expect(r.delivered).toEqual(['3:c@20→22', '2:a@10→502', '2:b@20→502']);
    expect(r.links.heldCount).toBe(0);
  });

  it('tells which packets waited for a cut direction (held) and which only for a retransmission', () => {
    // The first try to 3 is lost (0.1 < 0.5), every later one gets through.
    const network = new NetworkModel(scripted([0.1]), { latencyMs: 2, jitterMs: 0 });
    const held: string[] = [];
    const links = new OutgoingLinks<string>(1, network, (to, payload, _sentMs, _atMs, wasHeld) => held.push(`${to}:${payload}:${wasHeld}`));
    network.cut(1, 2);
    links.send(2, ZAB, 'during-cut', false, 10);
    links.send(2, ZAB, 'behind-it', false, 20);
    network.restore(1, 2);
    links.pump(30);
    links.send(2, ZAB, 'after-heal', false, 40);
    network.setDrop(0.5);
    links.send(3, ZAB, 'lost-once', false, 50);
    network.setDrop(0);
    links.pump(links.nextWakeupMs());
    expect(held).toEqual(['2:during-cut:true', '2:behind-it:true', '2:after-heal:false', '3:lost-once:false']);
  });

  it('keeps only the latest election message waiting per peer (QuorumCnxManager SEND_CAPACITY = 1)', () => {
    const r = rig();
    r.network.partition([[1], [2]]);
    r.links.send(2, ELECTION_STREAM, 'vote-1', true, 10);
    r.links.send(2, ZAB, 'zab-1', false, 11);
    r.links.send(2, ELECTION_STREAM, 'vote-2', true, 12);
    r.network.heal();
    r.links.pump(100);
    expect(r.delivered.sort()).toEqual(['2:vote-2@12→102', '2:zab-1@11→102']);
  });

  it('turns a loss into retransmission after 200, 400, 800 … ms, drawn against the network of that moment', () => {
    // Lost, lost, then the loss is healed: the third try goes through.
    const r = rig(scripted([0.1, 0.1]));
    r.network.setDrop(0.5);
    r.links.send(2, ZAB, 'a', false, 0);
    expect(r.delivered).toEqual([]);
    expect(r.links.nextWakeupMs()).toBe(200);
    r.runUntil(200);
    expect(r.links.nextWakeupMs()).toBe(600);
    r.network.setDrop(0);
    r.runUntil(10_000);
    expect(r.delivered).toEqual(['2:a@0→602']);
  });

  it('blocks the packets behind a retransmission on its own connection only (head-of-line)', () => {
    const r = rig(scripted([0.1]));
    r.network.setDrop(0.5);
    r.links.send(2, ZAB, 'first', false, 0);
    r.links.send(2, ZAB, 'second', false, 1);
    r.links.send(2, zabStream(8), 'other-connection', false, 1);
    expect(r.delivered).toEqual(['2:other-connection@1→3']);
    r.runUntil(1000);
    expect(r.delivered).toEqual(['2:other-connection@1→3', '2:first@0→202', '2:second@1→202']);
  });

  it('gives up only after tcp_retries2 retransmissions, with the timeout capped', () => {
    const r = rig(scripted(Array.from({ length: 100 }, () => 0)));
    r.network.setDrop(0.99);
    const gaveUp: number[] = [];
    r.links.onGiveUp = (_to, sentMs) => gaveUp.push(sentMs);
    r.links.send(2, ZAB, 'a', false, 0);
    r.runUntil(3_600_000);
    expect(r.delivered).toEqual([]);
    expect(gaveUp).toEqual([0]);
    let waitedMs = 0;
    for (let n = 1; n <= TCP_MAX_RETRANSMISSIONS; n++) waitedMs += rtoMs(n);
    expect(rtoMs(TCP_MAX_RETRANSMISSIONS)).toBe(120_000);
    expect(waitedMs).toBeGreaterThan(13 * 60_000); // about a quarter hour, as Linux
  });

  it('treats 100% loss as a link that carries nothing', () => {
    const r = rig();
    r.network.setDrop(1, { from: 1, to: 2 });
    r.links.send(2, ZAB, 'a', false, 0);
    expect(r.links.nextWakeupMs()).toBe(Infinity);
    r.network.setDrop(0, { from: 1, to: 2 });
    r.links.pump(5);
    expect(r.delivered).toEqual(['2:a@0→7']);
  });

  it('a crashed host loses what it held', () => {
    const r = rig();
    r.network.cut(1, 2);
    r.links.send(2, ZAB, 'a', false, 0);
    r.links.dropAll();
    r.network.heal();
    r.links.pump(5);
    expect(r.delivered).toEqual([]);
  });

  it('duplicates Zab packets 1 ms apart under the duplicate fault, never election traffic', () => {
    const r = rig();
    r.network.setDuplicate(1);
    r.links.send(2, ZAB, 'a', false, 0);
    r.links.send(2, ELECTION_STREAM, 'v', true, 0);
    expect(r.delivered).toEqual(['2:a@0→2', '2:a@0→3', '2:v@0→2']);
  });

  it("after a peer restarts, new packets do not queue behind the old connection's", () => {
    const r = rig();
    r.network.setDelay(1000, 0, { from: 1, to: 2 });
    r.links.send(2, ELECTION_STREAM, 'old', true, 0);
    r.network.healAll();
    r.links.resetPeer(2);
    r.links.send(2, ELECTION_STREAM, 'new', true, 10);
    expect(r.delivered).toEqual(['2:old@0→1000', '2:new@10→12']);
  });

  it('keeps a connection in order across the sweep that forgets idle streams', () => {
    const network = new NetworkModel(createPrng(3), { latencyMs: 5, jitterMs: 20 });
    const arrivals: { seq: number; atMs: number }[] = [];
    const links = new OutgoingLinks<number>(1, network, (_to, seq, _sent, atMs) => arrivals.push({ seq, atMs }));
    // One send first, so every periodic sweep falls on the first packet of a pair sent together to
    // an idle connection: the very moment a sweep could forget the stream being used.
    links.send(2, ZAB, -1, false, 0);
    for (let i = 0; i < 50_000; i++) {
      links.send(3, ZAB, 2 * i, false, 100 + i * 100);
      links.send(3, ZAB, 2 * i + 1, false, 100 + i * 100);
    }
    const watched = arrivals.filter((a) => a.seq >= 0);
    for (let i = 1; i < watched.length; i++) expect(watched[i]!.atMs, `packet ${watched[i]!.seq}`).toBeGreaterThanOrEqual(watched[i - 1]!.atMs);
  });

  it('delivers every connection in send order, whatever the faults (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 60 }), (seed, steps) => {
        const network = new NetworkModel(createPrng(seed), { latencyMs: 5, jitterMs: 40 });
        const arrivals = new Map<string, { seq: number; atMs: number }[]>();
        const links = new OutgoingLinks<{ stream: number; seq: number }>(1, network, (_to, p, _sent, atMs) => {
          const key = String(p.stream);
          arrivals.set(key, [...(arrivals.get(key) ?? []), { seq: p.seq, atMs }]);
        });
        const seqs = [0, 0, 0, 0];
        let nowMs = 0;
        for (const [action, stream] of steps) {
          nowMs += 37;
          if (action === 0) network.cut(1, 2);
          else if (action === 1) network.heal();
          else if (action === 2) network.setDrop(0.6);
          else if (action === 3) network.setDrop(0);
          links.pump(nowMs);
          const seq = ++seqs[stream]!;
          links.send(2, zabStream(stream), { stream, seq }, false, nowMs);
        }
        network.healAll();
        for (let next = nowMs; next !== Infinity; next = links.nextWakeupMs()) links.pump(Math.max(next, nowMs + 1));
        for (const list of arrivals.values()) {
          for (let i = 1; i < list.length; i++) {
            expect(list[i]!.seq).toBe(list[i - 1]!.seq + 1);
            expect(list[i]!.atMs).toBeGreaterThanOrEqual(list[i - 1]!.atMs);
          }
        }
        const delivered = [...arrivals.values()].reduce((n, l) => n + l.length, 0);
        expect(delivered).toBe(steps.length);
      }),
      { numRuns: 200 },
    );
  });
});
