// Byte images of what ZooKeeper writes, built field by field the way its archives write them
// (big-endian ints and longs, length-prefixed buffers), for the decoders' and the relay's tests.

export function initialMessageBytes(protocolVersion: bigint, sid: bigint, address: string): Buffer {
  const text = Buffer.from(address, 'utf8');
  const out = Buffer.alloc(20 + text.length);
  out.writeBigInt64BE(protocolVersion, 0);
  out.writeBigInt64BE(sid, 8);
  out.writeInt32BE(text.length, 16);
  text.copy(out, 20);
  return out;
}

/** A FastLeaderElection notification frame (version 2 with an empty config), length-prefixed. */
export function notificationFrame(
  state: number,
  leader: bigint,
  zxid: bigint,
  round: bigint,
  peerEpoch: bigint,
): Buffer {
  const body = Buffer.alloc(44);
  body.writeInt32BE(state, 0);
  body.writeBigInt64BE(leader, 4);
  body.writeBigInt64BE(zxid, 12);
  body.writeBigInt64BE(round, 20);
  body.writeBigInt64BE(peerEpoch, 28);
  body.writeInt32BE(2, 36);
  body.writeInt32BE(0, 40);
  const frame = Buffer.alloc(4);
  frame.writeInt32BE(body.length, 0);
  return Buffer.concat([frame, body]);
}

/** A jute QuorumPacket: `data` null writes length -1; `auth` pairs are (scheme, id). */
export function quorumPacket(
  type: number,
  zxid: bigint,
  data: Buffer | null,
  auth: Array<[string, string]> | null = null,
): Buffer {
  const head = Buffer.alloc(16);
  head.writeInt32BE(type, 0);
  head.writeBigInt64BE(zxid, 4);
  head.writeInt32BE(data ? data.length : -1, 12);
  const parts: Buffer[] = [head];
  if (data) parts.push(data);
  parts.push(int(auth ? auth.length : -1));
  for (const [scheme, id] of auth ?? []) parts.push(jString(scheme), jString(id));
  return Buffer.concat(parts);
}

function int(value: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeInt32BE(value, 0);
  return out;
}

export function jString(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([int(bytes.length), bytes]);
}

/** Every way to cut `bytes` into two chunks. */
export function splitsOf(bytes: Buffer): Buffer[][] {
  const out: Buffer[][] = [];
  for (let at = 0; at <= bytes.length; at++) out.push([bytes.subarray(0, at), bytes.subarray(at)]);
  return out;
}
