import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION_V1 } from './electionHandshake.ts';
import { createHandshakeRewriter } from './handshakeRewriter.ts';
import { initialMessageBytes } from './wireFixtures.ts';

describe('the handshake rewriter', () => {
  const original = initialMessageBytes(PROTOCOL_VERSION_V1, 2n, '127.0.0.1:23005');
  const after = Buffer.from([0, 0, 0, 3, 9, 9, 9]);
  const expected = Buffer.concat([initialMessageBytes(PROTOCOL_VERSION_V1, 2n, '127.0.0.1:23111'), after]);

  it('rewrites the address wherever the stream is split, and passes what follows unchanged', () => {
    const stream = Buffer.concat([original, after]);
    for (let at = 0; at <= stream.length; at++) {
      const rewriter = createHandshakeRewriter('127.0.0.1:23111');
      const out = [
        ...rewriter.push(stream.subarray(0, at)),
        ...rewriter.push(stream.subarray(at)),
        ...rewriter.flush(),
      ];
      expect(Buffer.concat(out)).toEqual(expected);
    }
  });

  it('reports the sid and what it announced', () => {
    const seen: Array<[bigint, string[]]> = [];
    createHandshakeRewriter('127.0.0.1:1', (sid, announced) => seen.push([sid, announced])).push(original);
    expect(seen).toEqual([[2n, ['127.0.0.1:23005']]]);
  });

  it('passes bytes it does not understand on unchanged', () => {
    const strange = initialMessageBytes(-9n, 2n, 'whatever:1');
    const rewriter = createHandshakeRewriter('127.0.0.1:1');
    expect(Buffer.concat(rewriter.push(strange))).toEqual(strange);
  });

  it('flushes an unfinished message unchanged when the stream ends', () => {
    const rewriter = createHandshakeRewriter('127.0.0.1:1');
    expect(rewriter.push(original.subarray(0, 10))).toEqual([]);
    expect(Buffer.concat(rewriter.flush())).toEqual(original.subarray(0, 10));
  });
});
