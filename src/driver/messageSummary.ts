import type { CloseReason } from '../core/reasons.ts';
import type { PeerState, ServerId, Zxid } from '../core/types.ts';
import type { Segment } from '../host/serverHost.ts';

// What a server-to-server packet carried, as data for the space-time diagram's "click for
// contents": the fields src/sim/trace.ts prints per message type, without the bulky parts (a
// snapshot's znodes, a DIFF's transactions, a znode's value), so a log of 65,536 of them stays small.
// The UI puts them in words.

/** A transaction or client op as a packet names it: its type and path, never its value. */
export interface OpGist {
  op: string;
  path: string | null;
}

export type MessageSummary =
  | { type: 'notification'; leader: ServerId; zxid: Zxid; electionEpoch: number; peerEpoch: number; state: PeerState }
  | { type: 'followerinfo'; acceptedEpoch: number; observer: boolean }
  | { type: 'leaderinfo'; newEpoch: number }
  | { type: 'ackepoch'; currentEpoch: number; lastZxid: Zxid }
  | { type: 'diff' | 'trunc'; zxid: Zxid; txnCount: number; lastTxnZxid: Zxid | null }
  | { type: 'snap'; zxid: Zxid; znodes: number; txnCount: number }
  | { type: 'newleader'; epoch: number }
  | { type: 'ack' | 'commit'; zxid: Zxid }
  | { type: 'uptodate' | 'rst' }
  | ({ type: 'proposal' | 'inform'; zxid: Zxid } & OpGist)
  | { type: 'ping'; lastProposed: Zxid; sessions: number }
  | ({ type: 'request'; client: string; requestId: number } & OpGist)
  | { type: 'reply'; client: string; requestId: number; ok: boolean; result: string }
  | { type: 'revalidate'; client: string; requestId: number }
  | { type: 'close'; reason: CloseReason }
  | { type: 'heartbeat'; leader: ServerId | null; epoch: number };

function gist(op: { type: string; path?: string }): OpGist {
  return { op: op.type, path: op.path ?? null };
}

/** The packet's contents, small. Server-to-server segments only (client replies never reach here). */
export function summarizeSegment(m: Segment): MessageSummary {
  switch (m.type) {
    case 'notification':
      return { type: m.type, leader: m.leader, zxid: m.zxid, electionEpoch: m.electionEpoch, peerEpoch: m.peerEpoch, state: m.state };
    case 'followerinfo':
      return { type: m.type, acceptedEpoch: m.acceptedEpoch, observer: m.observer };
    case 'leaderinfo':
      return { type: m.type, newEpoch: m.newEpoch };
    case 'ackepoch':
      return { type: m.type, currentEpoch: m.currentEpoch, lastZxid: m.lastZxid };
    case 'diff':
    case 'trunc':
      return { type: m.type, zxid: m.zxid, txnCount: m.txns.length, lastTxnZxid: m.txns.length > 0 ? m.txns[m.txns.length - 1]!.zxid : null };
    case 'snap':
      return { type: m.type, zxid: m.snapshot.zxid, znodes: m.snapshot.nodes.length, txnCount: m.txns.length };
    case 'newleader':
      return { type: m.type, epoch: m.epoch };
    case 'ack':
    case 'commit':
      return { type: m.type, zxid: m.zxid };
    case 'uptodate':
    case 'rst':
      return { type: m.type };
    case 'proposal':
    case 'inform':
      return { type: m.type, zxid: m.txn.zxid, ...gist(m.txn.op) };
    case 'ping':
      return { type: m.type, lastProposed: m.lastProposed, sessions: m.sessions.length };
    case 'request':
      return { type: m.type, client: m.client, requestId: m.requestId, ...gist(m.op) };
    case 'reply':
      return { type: m.type, client: m.client, requestId: m.requestId, ok: m.result.ok, result: m.result.ok ? m.result.type : m.result.code };
    case 'revalidate':
      return { type: m.type, client: m.client, requestId: m.requestId };
    case 'close':
      return { type: m.type, reason: m.reason };
    case 'heartbeat':
      return { type: m.type, leader: m.leader, epoch: m.epoch };
    default:
      // A client reply: never between two servers.
      return { type: 'rst' };
  }
}
