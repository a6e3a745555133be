import type { Zxid } from './types.ts';

// zxid = (epoch << 32) | counter. JS numbers hold integers exactly up to 2^53, so epochs up to 2^21
// fit, far beyond any simulated run. Plain arithmetic keeps the hot path free of BigInt.
const COUNTER_SPAN = 2 ** 32;

export function makeZxid(epoch: number, counter: number): Zxid {
  return epoch * COUNTER_SPAN + counter;
}

export function epochOf(zxid: Zxid): number {
  return Math.floor(zxid / COUNTER_SPAN);
}

export function counterOf(zxid: Zxid): number {
  return zxid % COUNTER_SPAN;
}

/**
 * Hex like ZooKeeper's logs: 0x100000002. Epoch and counter are formatted apart: each is a small
 * integer, which V8 turns into hex far faster than the 40-bit double (this runs once per commit).
 */
export function formatZxid(zxid: Zxid): string {
  const epoch = Math.floor(zxid / COUNTER_SPAN);
  const counter = zxid - epoch * COUNTER_SPAN;
  if (epoch === 0) return '0x' + counter.toString(16);
  const low = counter.toString(16);
  return '0x' + epoch.toString(16) + '00000000'.slice(low.length) + low;
}

/** 0xffffffff: Leader.propose never proposes a zxid with this counter; it forces a new epoch instead. */
export const MAX_COUNTER = COUNTER_SPAN - 1;

/** Session ids in hex, as ZooKeeper logs them: 0x1000012daf0. */
export function formatSessionId(sessionId: number): string {
  return '0x' + sessionId.toString(16);
}
