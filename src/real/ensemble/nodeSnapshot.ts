import type { Role, ServerId, Zxid } from '../../core/types.ts';
import type { NodeSnapshot } from '../../driver/types.ts';
import type { NodeStatus } from '../../host/records.ts';
import type { EpochFiles } from './epochFiles.ts';
import type { LogView } from './logInterpreter.ts';
import type { SrvrAnswer, SrvrMode } from './srvrParse.ts';

// A server's NodeSnapshot from what was observed: the poll for state (serving, zxid, counts), the
// log for what the poll cannot say (roles while not serving, votes, rounds, the leader's quorum),
// the data dir for epochs. Pure.

/** NodeStatus plus 'unresponsive' (the page's NodeStatus gains it; until then, cast at the boundary). */
export type RealStatus = NodeStatus | 'unresponsive';

export interface ServerObservation {
  id: ServerId;
  running: boolean;
  paused: boolean;
  answering: boolean;
  /** The last poll's srvr answer; null when the last poll had none. */
  srvr: SrvrAnswer | null;
  /** The last zxid any answered srvr gave (it survives a LOOKING spell). */
  lastKnownZxid: Zxid | null;
  epochs: EpochFiles;
  log: Readonly<LogView>;
  mntr: ReadonlyMap<string, string> | null;
}

const ROLE_OF_MODE: Record<SrvrMode, Role> = { leader: 'leading', follower: 'following', observer: 'observing', standalone: 'leading' };

export function statusOf(observation: ServerObservation): RealStatus {
  if (!observation.running) return 'down';
  if (observation.paused) return 'paused';
  return observation.answering ? 'up' : 'unresponsive';
}

export function roleOf(observation: ServerObservation): Role {
  if (!observation.running) return 'looking';
  // The log says first (100–400 ms before srvr), and also says leading/following while syncing.
  if (observation.log.role !== null) return observation.log.role;
  const srvr = observation.srvr;
  return srvr?.serving ? ROLE_OF_MODE[srvr.mode] : 'looking';
}

export function snapshotOf(observation: ServerObservation, atMs: number): NodeSnapshot {
  const { srvr, log, epochs, mntr, id } = observation;
  const role = roleOf(observation);
  const serving = observation.running && srvr !== null && srvr.serving && role !== 'looking';
  const polledZxid = srvr?.serving ? srvr.zxid : null;
  const lastZxid = polledZxid ?? (role === 'looking' ? log.proposedZxid : null) ?? observation.lastKnownZxid ?? 0;
  const snapshot = {
    id,
    status: statusOf(observation) as NodeStatus,
    atMs,
    role,
    acceptedEpoch: epochs.acceptedEpoch ?? 0,
    currentEpoch: epochs.currentEpoch ?? 0,
    lastZxid,
    // srvr's zxid is the last *processed* (applied, so committed) one.
    lastCommittedZxid: polledZxid ?? observation.lastKnownZxid ?? 0,
    leader: role === 'leading' ? id : role === 'looking' ? null : log.leader,
    established: serving,
    electionRound: log.electionRound,
    electionPoll: null,
    vote: log.vote,
    watches: [],
    // The leader's own log names only its starting quorum; withSyncedLearners asks the learners.
    syncedLearners: role === 'leading' ? [...log.syncedLearners] : [],
    // Not told by srvr or mntr in 3.8 (srvr's "Outstanding" counts client requests).
    outstandingProposals: 0,
    sessions: numberField(mntr, 'zk_global_sessions') ?? 0,
    znodes: (srvr?.serving ? srvr.nodeCount : null) ?? 0,
    tree: [],
  };
  return snapshot;
}

function numberField(fields: ReadonlyMap<string, string> | null, key: string): number | null {
  const value = fields?.get(key);
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : null;
}

/**
 * A leader's synced learners, as the learners themselves tell it: up, serving, and following (or
 * observing) that leader. ZooKeeper's leader logs its starting quorum only, and mntr gives counts.
 */
export function withSyncedLearners(snapshots: NodeSnapshot[]): NodeSnapshot[] {
  return snapshots.map((node) => {
    if (node.role !== 'leading') return node;
    const synced = snapshots.filter((other) => other.id !== node.id && other.status === 'up' && other.established && other.leader === node.id && (other.role === 'following' || other.role === 'observing'));
    return { ...node, syncedLearners: synced.map((other) => other.id) };
  });
}
