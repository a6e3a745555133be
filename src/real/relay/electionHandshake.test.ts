import { describe, expect, it } from 'vitest';
import {
  encodeInitialMessage,
  parseInitialMessage,
  PROTOCOL_VERSION_V1,
  PROTOCOL_VERSION_V2,
} from './electionHandshake.ts';
import { initialMessageBytes } from './wireFixtures.ts';

describe('the initial message of an election connection', () => {
  it('parses version, sid and the announced address', () => {
    const bytes = initialMessageBytes(PROTOCOL_VERSION_V1, 3n, '127.0.0.1:23008');
    const parse = parseInitialMessage(bytes);
    expect(parse).toEqual({
      kind: 'parsed',
      message: {
        protocolVersion: PROTOCOL_VERSION_V1,
        sid: 3n,
        addresses: ['127.0.0.1:23008'],
        byteLength: bytes.length,
      },
    });
  });

  it('splits the addresses of the multi-address version', () => {
    const parse = parseInitialMessage(initialMessageBytes(PROTOCOL_VERSION_V2, 2n, '127.0.0.1:1|10.0.0.2:2'));
    expect(parse.kind === 'parsed' && parse.message.addresses).toEqual(['127.0.0.1:1', '10.0.0.2:2']);
  });

  it('asks for more bytes at every truncation', () => {
    const bytes = initialMessageBytes(PROTOCOL_VERSION_V1, 1n, '127.0.0.1:23002');
    for (let length = 0; length < bytes.length; length++) {
      expect(parseInitialMessage(bytes.subarray(0, length)).kind).toBe('need-more');
    }
  });

  it('reads a non-negative first long as the old format: a bare sid', () => {
    const bytes = Buffer.alloc(8);
    bytes.writeBigInt64BE(5n);
    expect(parseInitialMessage(bytes)).toEqual({
      kind: 'parsed',
      message: { protocolVersion: 5n, sid: 5n, addresses: [], byteLength: 8 },
    });
  });

  it('does not recognize an unknown version or a length ZooKeeper refuses', () => {
    expect(parseInitialMessage(initialMessageBytes(-7n, 1n, 'x:1')).kind).toBe('unrecognized');
    const zeroLength = initialMessageBytes(PROTOCOL_VERSION_V1, 1n, '');
    expect(parseInitialMessage(zeroLength).kind).toBe('unrecognized');
  });

  it('encodes the same message announcing another address', () => {
    const original = initialMessageBytes(PROTOCOL_VERSION_V1, 4n, '127.0.0.1:23002');
    const parse = parseInitialMessage(original);
    if (parse.kind !== 'parsed') throw new Error('fixture did not parse');
    const rewritten = encodeInitialMessage(parse.message, '127.0.0.1:24017');
    expect(Buffer.from(rewritten)).toEqual(initialMessageBytes(PROTOCOL_VERSION_V1, 4n, '127.0.0.1:24017'));
  });
});
