import type { StateCreator } from 'zustand/vanilla';
import type { ClusterDriver } from '../driver/index.ts';
import { abandonOps, addOp } from './opTracking.ts';
import type { AppState, DataSlice } from './types.ts';

// Clients and their operations. The store remembers what was sent so the forms can show the answer
// next to the question; the answers themselves arrive as timeline entries (see commit.ts).

export function createDataSlice(driver: ClusterDriver): StateCreator<AppState, [], [], DataSlice> {
  let nextOpId = 1;
  return (set, get) => ({
    ops: [],
    clientNames: [],
    recoveries: new Map(),
    sessionEnds: new Map(),
    realNowMs: 0,
    connectClient: (name, server, timeoutMs) => {
      set((s) => ({ clientNames: s.clientNames.includes(name) ? s.clientNames : [...s.clientNames, name] }));
      driver.connectClient(name, server, timeoutMs);
    },
    clientOp: (name, op) => {
      const atMs = get().snapshot?.timeMs ?? 0;
      const callId = driver.clientOp(name, op);
      // Refused (no such client): the refusal is in the log, and no answer will ever come.
      if (callId === null) return;
      set((s) => ({ ops: addOp(s.ops, { id: nextOpId++, client: name, callId, op, atMs, status: 'pending', result: null, server: null, doneAtMs: null, leaderZxid: null, hadLeader: null, serverInQuorum: null }) }));
    },
    disconnectClient: (name) => {
      set((s) => ({ ops: abandonOps(s.ops, name) }));
      driver.disconnectClient(name);
    },
    closeClient: (name) => get().clientOp(name, { type: 'close' }),
  });
}
