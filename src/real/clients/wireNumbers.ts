import type { Zxid } from '../../core/types.ts';

// ZooKeeper's 64-bit longs as the project's numbers. Zxids fit exactly: their epoch (high word)
// stays far below 2^21. Session ids do not: ZooKeeper puts the server id in the top byte
// (SessionTrackerImpl.initializeNextSessionId), so a whole id needs 64 bits. The bridge keeps the
// low 53 bits, exactly: the creation time in ms and the counter that tell sessions apart.

const WORD = 2 ** 32;
const HIGH_BITS_KEPT = 2 ** 21 - 1;

/** A big-endian 8-byte zxid. */
export function zxidOf(bytes: Buffer): Zxid {
  return bytes.readUInt32BE(0) * WORD + bytes.readUInt32BE(4);
}

/** A big-endian 8-byte session id, cut to its low 53 bits (see above). */
export function sessionNumberOf(bytes: Buffer): number {
  return (bytes.readUInt32BE(0) & HIGH_BITS_KEPT) * WORD + bytes.readUInt32BE(4);
}
