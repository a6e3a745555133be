import { formatZxid } from '../core/zxid.ts';
import type { CloseReason } from '../core/reasons.ts';
import type { ClientReplyMessage, ClientRequestMessage, PeerMessage, TxnOp } from '../core/types.ts';
import type { RecordOf } from '../host/records.ts';
import type { ResetSegment } from '../host/serverHost.ts';

// The golden-transcript trace format (etcd raft's interaction tests, DESIGN §7): one line per
// delivered packet, `t=5002 3→5 FOLLOWERINFO acceptedEpoch=1`, so a reviewer reads a protocol run
// as a sequence diagram and a diff shows exactly which packet changed.

export type TracedSegment = PeerMessage | ClientRequestMessage | ClientReplyMessage | ResetSegment;

export function traceLine(t: number, from: number | string, to: number | string, segment: TracedSegment): string {
  const fields = traceFields(segment);
  return `t=${t} ${from}→${to} ${segment.type.toUpperCase()}${fields ? ' ' + fields : ''}`;
}

/** A script statement as it ran: `t=2000 ## crash leader [leader=3]`. */
export function statementTraceLine(record: RecordOf<'fault'>): string {
  const leader = record.leader === undefined ? '' : ` [leader=${record.leader ?? 'none'}]`;
  return `t=${record.t} ## ${record.statement}${leader}`;
}

function zxids(txns: readonly { zxid: number }[]): string {
  return `[${txns.map((t) => formatZxid(t.zxid)).join(',')}]`;
}

function opText(op: TxnOp | { type: string; path?: string }): string {
  return 'path' in op && op.path !== undefined ? `${op.type} ${op.path}` : op.type;
}

function traceFields(m: TracedSegment): string {
  switch (m.type) {
    case 'notification':
      return `leader=${m.leader} zxid=${formatZxid(m.zxid)} electionEpoch=${m.electionEpoch} peerEpoch=${m.peerEpoch} state=${m.state}`;
    case 'followerinfo':
      return `acceptedEpoch=${m.acceptedEpoch}${m.observer ? ' observer' : ''}`;
    case 'leaderinfo':
      return `newEpoch=${m.newEpoch}`;
    case 'ackepoch':
      return `currentEpoch=${m.currentEpoch} lastZxid=${formatZxid(m.lastZxid)}`;
    case 'diff':
      return `zxid=${formatZxid(m.zxid)} txns=${zxids(m.txns)}`;
    case 'trunc':
      return `zxid=${formatZxid(m.zxid)} txns=${zxids(m.txns)}`;
    case 'snap':
      return `zxid=${formatZxid(m.snapshot.zxid)} znodes=${m.snapshot.nodes.length} txns=${zxids(m.txns)}`;
    case 'newleader':
      return `epoch=${m.epoch}`;
    case 'ack':
    case 'commit':
      return `zxid=${formatZxid(m.zxid)}`;
    case 'proposal':
    case 'inform':
      return `zxid=${formatZxid(m.txn.zxid)} ${opText(m.txn.op)}`;
    case 'ping':
      return `lastProposed=${formatZxid(m.lastProposed)}${m.sessions.length ? ` sessions=${m.sessions.length}` : ''}`;
    case 'request':
      return `client=${m.client} id=${m.requestId} ${opText(m.op)}`;
    case 'reply':
      return `client=${m.client} id=${m.requestId} ${m.result.ok ? m.result.type : m.result.code}`;
    case 'revalidate':
      return `client=${m.client} id=${m.requestId}`;
    case 'close':
      return closeFields(m.reason);
    case 'heartbeat':
      return `leader=${m.leader ?? 'none'} epoch=${m.epoch}`;
    case 'client-request':
      return `id=${m.requestId} ${opText(m.op)}`;
    case 'client-reply':
      return `id=${m.requestId} ${m.result.ok ? m.result.type : m.result.code} serverZxid=${formatZxid(m.serverZxid)}`;
    case 'uptodate':
    case 'rst':
      return '';
    default:
      return unreachable(m);
  }
}

function closeFields(reason: CloseReason): string {
  if (reason.why !== 'dropped') return `reason=${reason.why}`;
  const drop = reason.drop;
  const fields =
    drop.why === 'read-timeout' ? ` silentMs=${drop.silentMs}`
    : drop.why === 'proposal-unacked' ? ` zxid=${formatZxid(drop.zxid)} unackedMs=${drop.unackedMs}`
    : drop.why === 'learner-closed' ? ` learnerReason=${drop.close.why}`
    : '';
  return `reason=dropped/${drop.why}${fields}`;
}

function unreachable(m: never): never {
  throw new Error(`no trace format for ${JSON.stringify(m)}`);
}
