import { epochOf, counterOf } from './zxid.ts';
import type { Txn, Zxid } from './types.ts';

// LearnerHandler.syncFollower: how the leader brings a learner to its committed state.

export type SyncPlan =
  | { mode: 'diff'; txns: Txn[] }
  | { mode: 'trunc'; truncZxid: Zxid; txns: Txn[] }
  | { mode: 'snap' };

export interface LeaderHistory {
  /** The leader's last processed (committed) zxid. */
  lastProcessedZxid: Zxid;
  /** The last `commitLogCount` committed proposals, ascending. */
  committedLog: readonly Txn[];
  /** The on-disk txn log, ascending, or null when txn-log sync is off. */
  txnLog: readonly Txn[] | null;
  /**
   * The oldest zxid the txn log holds. ZooKeeper never sends a DIFF from the txn log to a peer older
   * than that ("we have never seen any txn older than peer zxid"): such a peer gets SNAP.
   */
  txnLogStartZxid?: Zxid;
}

export function chooseSync(peerLastZxid: Zxid, history: LeaderHistory): SyncPlan {
  const { lastProcessedZxid, committedLog, txnLog } = history;
  const first = committedLog[0];
  const last = committedLog[committedLog.length - 1];
  const minCommitted = first ? first.zxid : lastProcessedZxid;
  const maxCommitted = last ? last.zxid : lastProcessedZxid;
  const peerAtNewEpoch = counterOf(peerLastZxid) === 0;

  if (peerLastZxid === lastProcessedZxid) return { mode: 'diff', txns: [] };
  if (peerLastZxid > maxCommitted && !peerAtNewEpoch) return { mode: 'trunc', truncZxid: maxCommitted, txns: [] };
  if (peerLastZxid >= minCommitted && peerLastZxid <= maxCommitted) {
    return planFromLog(peerLastZxid, committedLog) ?? { mode: 'snap' };
  }
  // The txn log can serve the peer only if it reaches back to the peer's zxid: otherwise there is a gap.
  if (peerLastZxid < minCommitted && txnLog !== null && txnLog.length > 0 && peerLastZxid >= (history.txnLogStartZxid ?? 0)) {
    const plan = planFromLog(peerLastZxid, txnLog);
    // The txn log must reach the committed log without a gap, or the learner would miss proposals.
    const txnLogEnd = txnLog[txnLog.length - 1]!.zxid;
    if (plan && (committedLog.length === 0 || txnLogEnd >= minCommitted - 1)) {
      return plan.mode === 'snap' ? plan : withCommittedTail(plan, committedLog, txnLogEnd);
    }
  }
  return { mode: 'snap' };
}

/** queueCommittedProposals: DIFF from the peer's zxid, TRUNC within an epoch, SNAP across epochs. */
function planFromLog(peerLastZxid: Zxid, log: readonly Txn[]): SyncPlan | null {
  const peerAtNewEpoch = counterOf(peerLastZxid) === 0;
  let previous: Zxid | null = null;
  for (let i = 0; i < log.length; i++) {
    const txn = log[i]!;
    if (txn.zxid === peerLastZxid) return { mode: 'diff', txns: log.slice(i + 1) };
    if (txn.zxid > peerLastZxid) {
      // The peer stopped at (e,0) and has nothing of epoch e: everything from here on is new to it.
      if (peerAtNewEpoch && (previous === null || previous < peerLastZxid)) return { mode: 'diff', txns: log.slice(i) };
      // The peer logged something we never committed. TRUNC only within the epoch of our next
      // entry ("peer zxid is from different epoch" → SNAP, queueCommittedProposals).
      if (previous === null) return null;
      if (epochOf(txn.zxid) !== epochOf(peerLastZxid)) return { mode: 'snap' };
      return { mode: 'trunc', truncZxid: previous, txns: log.slice(i) };
    }
    previous = txn.zxid;
  }
  if (previous !== null && peerLastZxid > previous) {
    // A peer at (e,0) past our whole log has nothing we lack (testNewEpochZxidWithTxnlogOnly).
    if (peerAtNewEpoch) return { mode: 'diff', txns: [] };
    return epochOf(previous) === epochOf(peerLastZxid) ? { mode: 'trunc', truncZxid: previous, txns: [] } : { mode: 'snap' };
  }
  return null;
}

function withCommittedTail(plan: SyncPlan, committedLog: readonly Txn[], after: Zxid): SyncPlan {
  const tail = committedLog.filter((t) => t.zxid > after);
  if (tail.length === 0 || plan.mode === 'snap') return plan;
  return { ...plan, txns: [...plan.txns, ...tail] };
}
