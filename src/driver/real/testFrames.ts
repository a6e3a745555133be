import type { NodeSnapshot } from '../types.ts';
import { BRIDGE_PROTOCOL, type BridgeMessage, type EnsembleInfo, type ObservedRecord, type ObservedSnapshot } from './protocol.ts';

// Frames a bridge would send, for the real driver's tests (and the page's end-to-end test against a
// fake bridge). No code of the playground imports this.

export const ensemble3: EnsembleInfo = {
  zookeeperVersion: '3.8.0',
  voters: [1, 2, 3],
  observers: [],
  tickTimeMs: 200,
  initLimitTicks: 10,
  syncLimitTicks: 2,
  minSessionTimeoutMs: 400,
  maxSessionTimeoutMs: 4000,
};

export function welcome(timeMs = 1000, ensemble: EnsembleInfo = ensemble3): BridgeMessage {
  return { type: 'welcome', protocol: BRIDGE_PROTOCOL, ensemble, timeMs };
}

/** A server as `srvr` and the epoch files show it: what no poll tells stays null. */
export function realNode(id: number, leader: number, atMs: number, overrides: Partial<NodeSnapshot> = {}): NodeSnapshot {
  const leading = id === leader;
  return {
    id,
    role: leading ? 'leading' : 'following',
    status: 'up',
    atMs,
    acceptedEpoch: 1,
    currentEpoch: 1,
    lastZxid: 0x100000000,
    lastCommittedZxid: null,
    leader,
    established: true,
    electionRound: null,
    electionPoll: null,
    vote: null,
    watches: leading ? [] : [{ peer: leader, lastHeardMs: atMs - 100, timeoutMs: 400, suspected: false }],
    syncedLearners: leading ? [1, 2, 3].filter((n) => n !== id) : [],
    outstandingProposals: null,
    sessions: null,
    znodes: null,
    tree: [],
    ...overrides,
  };
}

export function observed(timeMs: number, nodes: NodeSnapshot[]): ObservedSnapshot {
  return {
    timeMs,
    nodes,
    clients: [],
    faults: [],
    links: { cuts: [], partition: null },
    invariants: { ok: true, violations: [] },
    observation: { servers: nodes.map((n) => ({ id: n.id, lastAnswerMs: timeMs - 20, roundTripMs: 3, answering: n.status !== 'unresponsive' })), pollHz: 10, behind: false },
  };
}

export function update(timeMs: number, nodes: NodeSnapshot[], events: ObservedRecord[] = []): BridgeMessage {
  return { type: 'update', snapshot: observed(timeMs, nodes), events, messages: [] };
}

export const elected3 = (timeMs: number, leader = 3) => [1, 2, 3].map((id) => realNode(id, leader, timeMs));
