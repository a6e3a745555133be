import { encodeInitialMessage, parseInitialMessage } from './electionHandshake.ts';

// Sits on the dialer's side of an election connection: holds the first bytes until the initial
// message is whole, then passes it on announcing `address` instead, and everything after it as is.

export interface ChunkRewriter {
  /** What to pass on for these bytes (possibly nothing yet). */
  push(chunk: Uint8Array): Uint8Array[];
  /** The stream ended: whatever is still buffered, unchanged. */
  flush(): Uint8Array[];
}

export function createHandshakeRewriter(
  address: string,
  onParsed?: (sid: bigint, announced: string[]) => void,
): ChunkRewriter {
  let pending: Uint8Array | null = new Uint8Array(0);
  return {
    push(chunk) {
      if (pending === null) return [chunk];
      const joined = concat(pending, chunk);
      const parse = parseInitialMessage(joined);
      if (parse.kind === 'need-more') {
        pending = joined;
        return [];
      }
      pending = null;
      if (parse.kind === 'unrecognized') return [joined];
      onParsed?.(parse.message.sid, parse.message.addresses);
      const rest = joined.subarray(parse.message.byteLength);
      const rewritten = encodeInitialMessage(parse.message, address);
      return rest.length > 0 ? [rewritten, rest] : [rewritten];
    },
    flush() {
      const left = pending;
      pending = null;
      return left && left.length > 0 ? [left] : [];
    },
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
