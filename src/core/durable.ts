import type { DurableState, DurableWrite, Txn, Zxid } from './types.ts';

// One function applies a durable write, used by the server itself and by every host that stores it,
// so the copy on "disk" can never drift from the server's own picture.

export function emptyDurableState(): DurableState {
  return { acceptedEpoch: 0, currentEpoch: 0, snapshot: null, log: [] };
}

export function applyDurableWrite(state: DurableState, write: DurableWrite): void {
  switch (write.type) {
    case 'accepted-epoch':
      state.acceptedEpoch = write.epoch;
      return;
    case 'current-epoch':
      state.currentEpoch = write.epoch;
      return;
    case 'append':
      state.log.push(write.txn);
      return;
    case 'truncate':
      truncateLog(state.log, write.toZxid);
      return;
    case 'snapshot':
      state.snapshot = write.snapshot;
      state.log.length = 0;
      return;
    case 'clear-data':
      state.snapshot = null;
      state.log.length = 0;
      return;
  }
}

function truncateLog(log: Txn[], toZxid: Zxid): void {
  let keep = log.length;
  while (keep > 0 && log[keep - 1]!.zxid > toZxid) keep--;
  log.length = keep;
}

export function cloneDurableState(state: DurableState): DurableState {
  return {
    acceptedEpoch: state.acceptedEpoch,
    currentEpoch: state.currentEpoch,
    snapshot: state.snapshot,
    log: state.log.slice(),
  };
}

/**
 * The last item, or undefined for an empty list. Not `list[list.length - 1]`: on an empty list that
 * reads property "-1", which V8 looks up by name along the prototype chain, some 40 times slower
 * than an element (a follower's pending proposals are empty at every new one).
 */
export function lastOf<T>(list: readonly T[]): T | undefined {
  const length = list.length;
  return length > 0 ? list[length - 1] : undefined;
}

/** The last zxid a server has logged: its log's tail, else its snapshot's. */
export function lastLoggedZxid(state: DurableState): Zxid {
  const last = lastOf(state.log);
  if (last) return last.zxid;
  return state.snapshot ? state.snapshot.zxid : 0;
}

/** The last transaction a server has logged: like lastLoggedZxid, but never a snapshot's (epoch, 0) mark. */
export function lastLoggedTxnZxid(state: DurableState): Zxid {
  const last = lastOf(state.log);
  if (last) return last.zxid;
  return state.snapshot ? (state.snapshot.lastTxnZxid ?? state.snapshot.zxid) : 0;
}
