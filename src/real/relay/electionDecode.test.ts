import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createElectionDecoder, type StreamDecoder } from './electionDecode.ts';
import { PROTOCOL_VERSION_V1 } from './electionHandshake.ts';
import { initialMessageBytes, notificationFrame, splitsOf } from './wireFixtures.ts';

function decodeAll(decoder: StreamDecoder, chunks: Buffer[]): string[] {
  return chunks.flatMap((chunk) => decoder.push(chunk));
}

describe('the election stream decoder', () => {
  const frames = Buffer.concat([notificationFrame(0, 3n, 0n, 1n, 0n), notificationFrame(2, 3n, 0n, 1n, 1n)]);
  const dialerStream = Buffer.concat([
    initialMessageBytes(PROTOCOL_VERSION_V1, 1n, '127.0.0.1:23002'),
    frames,
  ]);

  it('skips the initial message on the dialer side and names each notification', () => {
    for (const split of splitsOf(dialerStream)) {
      expect(decodeAll(createElectionDecoder(true), split)).toEqual(['notification', 'notification']);
    }
  });

  it('reads frames from the first byte on the listener side', () => {
    expect(decodeAll(createElectionDecoder(false), [frames])).toEqual(['notification', 'notification']);
  });

  it('stops at a frame length ZooKeeper refuses', () => {
    const bad = Buffer.from([0xff, 0xff, 0xff, 0xff]);
    expect(decodeAll(createElectionDecoder(false), [bad, frames])).toEqual([]);
  });

  it('never throws on arbitrary bytes, on either side', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 20 }),
        (dialerSide, chunks) => {
          const decoder = createElectionDecoder(dialerSide);
          for (const chunk of chunks) expect(Array.isArray(decoder.push(Buffer.from(chunk)))).toBe(true);
        },
      ),
    );
  });
});
