// Partition presets: each returns the groups for NetworkModel.partition. Pure functions of
// the server ids, so the UI, the simulator's scenarios and the tests draw the same shapes.

import { quorumSize } from '../core/quorum.ts';

export type PresetName = 'isolate-one' | 'isolate-leader' | 'majority-minority' | 'bridge' | 'ring';

/** A preset's name; its label and lesson are the page's words (network.preset.<name>.* in the catalogs). */
export interface PresetInfo {
  name: PresetName;
}

export const PRESETS: PresetInfo[] = [
  { name: 'isolate-one' },
  { name: 'isolate-leader' },
  { name: 'majority-minority' },
  { name: 'bridge' },
  { name: 'ring' },
];

/** Everyone else in one group, `id` alone. */
export function isolateOne(ids: readonly number[], id: number): number[][] {
  return [ids.filter((x) => x !== id), [id]].filter((g) => g.length > 0);
}

/** A minority of ⌊(n−1)/2⌋ servers holding `minorityMember` (the leader, usually), and the majority. */
export function majorityMinority(ids: readonly number[], minorityMember: number): number[][] {
  const minoritySize = Math.max(1, Math.floor((ids.length - 1) / 2));
  const others = ids.filter((x) => x !== minorityMember);
  const minority = [minorityMember, ...others.slice(others.length - (minoritySize - 1))];
  const majority = ids.filter((x) => !minority.includes(x));
  return [majority, minority.sort((a, b) => a - b)].filter((g) => g.length > 0);
}

/** Two halves that share one bridge server (the middle id): {first half + bridge} and {bridge + second half}. */
export function bridge(ids: readonly number[]): number[][] {
  const sorted = [...ids].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return [sorted.slice(0, middle + 1), sorted.slice(middle)];
}

/**
 * A ring where each server reaches the k nearest servers on each side, with k the smallest number
 * that makes each server's reach (2k + 1) a majority: overlapping majorities, no global view.
 */
export function ring(ids: readonly number[]): number[][] {
  const sorted = [...ids].sort((a, b) => a - b);
  const n = sorted.length;
  if (n < 3) return [sorted];
  const quorum = quorumSize(n);
  const k = Math.ceil((quorum - 1) / 2);
  const groups: number[][] = [];
  for (let i = 0; i < n; i++) groups.push(Array.from({ length: k + 1 }, (_, j) => sorted[(i + j) % n]!));
  return groups;
}

export function presetGroups(name: PresetName, ids: readonly number[], leader: number | null): number[][] {
  const fallback = Math.max(...ids);
  switch (name) {
    case 'isolate-one':
      return isolateOne(ids, leader === null || leader !== Math.min(...ids) ? Math.min(...ids) : ids[1] ?? fallback);
    case 'isolate-leader':
      return isolateOne(ids, leader ?? fallback);
    case 'majority-minority':
      return majorityMinority(ids, leader ?? fallback);
    case 'bridge':
      return bridge(ids);
    case 'ring':
      return ring(ids);
  }
}
