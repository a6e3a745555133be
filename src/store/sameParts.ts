import { shallow } from 'zustand/shallow';
import type { LinkState, ServerId } from '../driver/index.ts';
import type { AgreedLeader, QuorumInfo } from './types.ts';

// Keeping the old reference for a part that did not change, so components selecting it do not
// re-render: the live commit (commit.ts) and the scrubbed view (shown.ts) both build their parts anew
// from a snapshot and keep the old one when it is equal.

export const NO_LINKS: LinkState = { cuts: [], partition: null };

export function sameIds(a: readonly ServerId[], b: readonly ServerId[]): boolean {
  return a === b || (a.length === b.length && a.every((id, i) => id === b[i]));
}

/** `next`, or `old` when it names the same leader in the same epoch. */
export function sameLeader(old: AgreedLeader | null, next: AgreedLeader | null): AgreedLeader | null {
  if (old && next && old.id === next.id && old.epoch === next.epoch) return old;
  return next;
}

/** `next`, or `old` when it counts the same (tolerated follows from voters and needed). */
export function sameQuorum(old: QuorumInfo, next: QuorumInfo): QuorumInfo {
  return old.voters === next.voters && old.needed === next.needed && old.up === next.up ? old : next;
}

export function sameLinks(a: LinkState, b: LinkState): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Shallow equality of what a selector returns (a value, an array, a plain object), as zustand's
 * `shallow` decides it but without building two Maps per call: clocked selectors compare every
 * server's view at every tick, which at 101 servers was megabytes of garbage a second.
 * Anything else (a Map, a Set, a class) goes to zustand's.
 */
export function sameShallow(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return shallow(a, b);
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let keys = 0;
  for (const key in left) {
    if (!Object.hasOwn(left, key)) continue;
    if (!Object.hasOwn(right, key) || !Object.is(left[key], right[key])) return false;
    keys++;
  }
  for (const key in right) if (Object.hasOwn(right, key)) keys--;
  return keys === 0;
}
