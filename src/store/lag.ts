import { counterOf, epochOf, type NodeSnapshot } from '../driver/index.ts';

// How far a server's data is behind the leader's, from the two zxids alone. Within one epoch the
// counters tell the exact number of transactions; across epochs only a lower bound is known (the
// transactions of the newer epoch), because the zxids do not say how the older epoch ended.

export interface ZxidLag {
  /** Transactions behind (a lower bound when `exact` is false); 0 when up to date or ahead. */
  txns: number;
  exact: boolean;
  /** Newer than the reference: only a server that has not heard of its own deposition can be. */
  ahead: boolean;
}

export const UP_TO_DATE: ZxidLag = { txns: 0, exact: true, ahead: false };

export function zxidLag(zxid: number, refZxid: number): ZxidLag {
  if (zxid === refZxid) return UP_TO_DATE;
  if (zxid > refZxid) return { txns: 0, exact: true, ahead: true };
  if (epochOf(zxid) === epochOf(refZxid)) return { txns: refZxid - zxid, exact: true, ahead: false };
  // The newer epoch's counter counts its own transactions; the last zxid of an epoch has counter ≥ 1.
  return { txns: Math.max(1, counterOf(refZxid)), exact: false, ahead: false };
}

/** "up to date", "3 txns behind", "≥ 2 txns behind (older epoch)", "ahead". */
export function lagWords(lag: ZxidLag): string {
  if (lag.ahead) return 'ahead: holds txns the leader never committed';
  if (lag.txns === 0) return 'up to date';
  const n = `${lag.txns} txn${lag.txns === 1 ? '' : 's'}`;
  return lag.exact ? `${n} behind` : `≥ ${n} behind (older epoch)`;
}

/**
 * Each server's applied data against the leader's (null: no leader to compare with, or a zxid not reported). A down
 * server is compared too: its disk is what it will come back with.
 */
export function serverLag(node: NodeSnapshot, leader: NodeSnapshot | undefined): ZxidLag | null {
  // A real server that does not report its applied zxid cannot be compared.
  if (!leader || node.lastCommittedZxid === null || leader.lastCommittedZxid === null) return null;
  return zxidLag(node.lastCommittedZxid, leader.lastCommittedZxid);
}
