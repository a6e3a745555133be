import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StreamDecoder } from './electionDecode.ts';
import { createQuorumDecoder } from './quorumDecode.ts';
import { jString, quorumPacket, splitsOf } from './wireFixtures.ts';

function decodeAll(decoder: StreamDecoder, chunks: Buffer[]): string[] {
  return chunks.flatMap((chunk) => decoder.push(chunk));
}

/** Cuts `bytes` at the given offsets (sorted, deduplicated). */
function chunked(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let start = 0;
  for (const point of points) {
    out.push(bytes.subarray(start, point));
    start = point;
  }
  out.push(bytes.subarray(start));
  return out;
}

describe('the quorum stream decoder', () => {
  const stream = Buffer.concat([
    quorumPacket(11, 0n, Buffer.from('learner info bytes')),
    quorumPacket(17, 0x100000000n, Buffer.alloc(4)),
    quorumPacket(18, 0n, Buffer.alloc(4)),
    quorumPacket(13, 0x100000000n, null),
    quorumPacket(10, 0x100000000n, Buffer.alloc(0)),
    quorumPacket(12, 0n, null),
    quorumPacket(5, 0x100000003n, Buffer.alloc(12), [['digest', 'super:x']]),
    quorumPacket(2, 0x100000004n, Buffer.alloc(300)),
    quorumPacket(3, 0x100000004n, null),
    quorumPacket(4, 0x100000004n, null),
  ]);
  const types = [
    'followerinfo',
    'leaderinfo',
    'ackepoch',
    'diff',
    'newleader',
    'uptodate',
    'ping',
    'proposal',
    'ack',
    'commit',
  ];

  it('names every packet of a synchronisation and broadcast, in order', () => {
    expect(decodeAll(createQuorumDecoder(), [stream])).toEqual(types);
  });

  it('gives the same packets however the stream is chunked', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 30 }), (cuts) => {
        expect(decodeAll(createQuorumDecoder(), chunked(stream, cuts))).toEqual(types);
      }),
    );
  });

  it('skips the raw snapshot after SNAP up to its signature, split anywhere', () => {
    const snapshotBody = Buffer.concat([Buffer.alloc(37, 7), jString('/zookeeper'), Buffer.alloc(9, 1)]);
    const snapStream = Buffer.concat([
      quorumPacket(15, 0x200000000n, null),
      snapshotBody,
      jString('BenWasHere'),
      quorumPacket(10, 0x200000000n, null),
    ]);
    for (const split of splitsOf(snapStream)) {
      expect(decodeAll(createQuorumDecoder(), split)).toEqual(['snap', 'newleader']);
    }
  });

  it('goes quiet, without throwing, once a value ZooKeeper never sends appears', () => {
    const decoder = createQuorumDecoder();
    expect(decodeAll(decoder, [quorumPacket(99, 0n, null), quorumPacket(5, 0n, null)])).toEqual([]);
  });

  it('never throws on arbitrary bytes in arbitrary chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 20 }), (chunks) => {
        const decoder = createQuorumDecoder();
        for (const chunk of chunks) expect(Array.isArray(decoder.push(Buffer.from(chunk)))).toBe(true);
      }),
    );
  });
});
