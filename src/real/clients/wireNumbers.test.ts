import { describe, expect, it } from 'vitest';
import { sessionNumberOf, zxidOf } from './wireNumbers.ts';

function longBytes(high: number, low: number): Buffer {
  const bytes = Buffer.alloc(8);
  bytes.writeUInt32BE(high, 0);
  bytes.writeUInt32BE(low, 4);
  return bytes;
}

describe('wire numbers', () => {
  it('reads a zxid as epoch and counter', () => {
    expect(zxidOf(longBytes(3, 7))).toBe(3 * 2 ** 32 + 7);
  });

  it('keeps the low 53 bits of a session id, dropping the server byte', () => {
    // Server 1's session: 0x01 in the top byte, time and counter below.
    const id = sessionNumberOf(longBytes(0x0100_1234, 0x0000_0002));
    expect(id).toBe(0x1234 * 2 ** 32 + 2);
    expect(Number.isSafeInteger(id)).toBe(true);
  });

  it('tells apart sessions that differ only in their counter', () => {
    expect(sessionNumberOf(longBytes(0x05ff_ffff, 1))).not.toBe(sessionNumberOf(longBytes(0x05ff_ffff, 2)));
  });
});
