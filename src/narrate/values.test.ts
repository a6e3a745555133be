import { describe, expect, it } from 'vitest';
import { SHORT_VALUE_CHARS, quotedValue, recordJson, valueBytes, valueDigest } from './values.ts';

const megabyte = 'x'.repeat(1024 * 1024);

function fnvOfBytes(bytes: number[]): string {
  let hash = 0x811c9dc5;
  for (const b of bytes) hash = Math.imul(hash ^ b, 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

describe('znode values on screen', () => {
  it('counts UTF-8 bytes as ZooKeeper does, surrogate pairs as four', () => {
    expect(valueBytes('')).toBe(0);
    expect(valueBytes('abc')).toBe(3);
    expect(valueBytes('é')).toBe(2);
    expect(valueBytes('€')).toBe(3);
    expect(valueBytes('🦓')).toBe(4);
    expect(valueBytes('a€🦓')).toBe(new TextEncoder().encode('a€🦓').length);
    // A lone surrogate is written as U+FFFD (3 bytes), as TextEncoder does.
    expect(valueBytes('\ud800x')).toBe(new TextEncoder().encode('\ud800x').length);
  });

  it('digests with FNV-1a over the UTF-8 bytes', () => {
    // The published FNV-1a 32-bit test vectors.
    expect(valueDigest('')).toBe('811c9dc5');
    expect(valueDigest('a')).toBe('e40c292c');
    expect(valueDigest('foobar')).toBe('bf9cf968');
    // Multi-byte characters hash their UTF-8 bytes: 'é' is 0xc3 0xa9.
    expect(valueDigest('é')).toBe(fnvOfBytes([0xc3, 0xa9]));
    expect(valueDigest(megabyte)).toBe(valueDigest('x'.repeat(1024 * 1024)));
    expect(valueDigest(megabyte)).not.toBe(valueDigest(`${'x'.repeat(1024 * 1024 - 1)}y`));
  });

  it('quotes short values whole and long ones by head and size', () => {
    expect(quotedValue('v1')).toBe('"v1"');
    expect(quotedValue('y'.repeat(SHORT_VALUE_CHARS))).toBe(`"${'y'.repeat(SHORT_VALUE_CHARS)}"`);
    expect(quotedValue(megabyte)).toBe(`"${'x'.repeat(24)}…" (1,048,576 bytes)`);
  });

  it('puts a record in JSON with long values replaced by their size and digest, wherever they sit', () => {
    const record = { kind: 'client-result', op: { type: 'set', path: '/big', value: megabyte, version: -1 }, result: { ok: true, type: 'data', value: 'short', version: 2 } };
    const json = recordJson(record);
    expect(json.length).toBeLessThan(300);
    expect(JSON.parse(json)).toEqual({
      kind: 'client-result',
      op: { type: 'set', path: '/big', version: -1, valueBytes: 1024 * 1024, valueDigest: valueDigest(megabyte) },
      result: { ok: true, type: 'data', value: 'short', version: 2 },
    });
  });
});
