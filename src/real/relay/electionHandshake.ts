// The first bytes a server sends on an election connection it dialed (QuorumCnxManager in 3.8):
// a long protocol version (negative; a non-negative value is the sid of the pre-3.4 format, with
// nothing after it), the sender's sid (long), then an int length and that many bytes of its
// election address(es), "host:port" joined by "|". A peer with a higher id closes the connection
// and dials the announced address back, so the relay rewrites it to the relay of the reverse
// direction (real-zookeeper.md, pitfall 1).

export const PROTOCOL_VERSION_V1 = -65536n;
export const PROTOCOL_VERSION_V2 = -65535n;
/** ZooKeeper refuses longer address blocks; so does the parser (it then passes the bytes on as they are). */
export const MAX_ADDRESS_BYTES = 512 * 1024;

const LONG_BYTES = 8;
const HEADER_BYTES = 2 * LONG_BYTES + 4;

export interface InitialMessage {
  protocolVersion: bigint;
  sid: bigint;
  /** As announced, e.g. ["127.0.0.1:23002"]; empty in the old format. */
  addresses: string[];
  /** How many bytes of the stream the message takes. */
  byteLength: number;
}

export type HandshakeParse =
  | { kind: 'need-more' }
  | { kind: 'parsed'; message: InitialMessage }
  /** Not a message the relay understands: its bytes go on unchanged, and the server decides. */
  | { kind: 'unrecognized'; reason: string };

export function parseInitialMessage(bytes: Uint8Array): HandshakeParse {
  if (bytes.length < LONG_BYTES) return { kind: 'need-more' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const protocolVersion = view.getBigInt64(0);
  if (protocolVersion >= 0n) {
    return {
      kind: 'parsed',
      message: { protocolVersion, sid: protocolVersion, addresses: [], byteLength: LONG_BYTES },
    };
  }
  if (protocolVersion !== PROTOCOL_VERSION_V1 && protocolVersion !== PROTOCOL_VERSION_V2) {
    return { kind: 'unrecognized', reason: `protocol version ${protocolVersion}` };
  }
  if (bytes.length < HEADER_BYTES) return { kind: 'need-more' };
  const sid = view.getBigInt64(LONG_BYTES);
  const length = view.getInt32(2 * LONG_BYTES);
  if (length <= 0 || length > MAX_ADDRESS_BYTES)
    return { kind: 'unrecognized', reason: `address length ${length}` };
  const byteLength = HEADER_BYTES + length;
  if (bytes.length < byteLength) return { kind: 'need-more' };
  const text = new TextDecoder().decode(bytes.subarray(HEADER_BYTES, byteLength));
  return { kind: 'parsed', message: { protocolVersion, sid, addresses: text.split('|'), byteLength } };
}

/** The same message announcing `address` ("host:port") instead; the old format has no address to rewrite. */
export function encodeInitialMessage(message: InitialMessage, address: string): Uint8Array {
  if (message.protocolVersion >= 0n) {
    const old = new Uint8Array(LONG_BYTES);
    new DataView(old.buffer).setBigInt64(0, message.protocolVersion);
    return old;
  }
  const addressBytes = new TextEncoder().encode(address);
  const out = new Uint8Array(HEADER_BYTES + addressBytes.length);
  const view = new DataView(out.buffer);
  view.setBigInt64(0, message.protocolVersion);
  view.setBigInt64(LONG_BYTES, message.sid);
  view.setInt32(2 * LONG_BYTES, addressBytes.length);
  out.set(addressBytes, HEADER_BYTES);
  return out;
}
