import type { ZnodeData } from '../../driver/index.ts';

// A server's znodes next to the leader's: which match, which hold another value (not yet updated,
// or a change the leader has not made), which the leader does not have, and which this server lacks.

export type ZnodeStatus = 'same' | 'differs' | 'extra';

export interface TreeRow {
  node: ZnodeData;
  status: ZnodeStatus;
}

export interface TreeDiff {
  rows: TreeRow[];
  /** Znodes the leader has and this server does not (yet). */
  missing: ZnodeData[];
}

export function diffTree(tree: readonly ZnodeData[], leaderTree: readonly ZnodeData[] | null): TreeDiff {
  if (!leaderTree || leaderTree === tree) return { rows: tree.map((node) => ({ node, status: 'same' })), missing: [] };
  const leaderByPath = new Map(leaderTree.map((n) => [n.path, n]));
  const here = new Set(tree.map((n) => n.path));
  return {
    rows: tree.map((node) => {
      const theirs = leaderByPath.get(node.path);
      return { node, status: !theirs ? 'extra' : theirs.value === node.value && theirs.version === node.version ? 'same' : 'differs' };
    }),
    missing: leaderTree.filter((n) => !here.has(n.path)),
  };
}
