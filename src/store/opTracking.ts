import type { ClientResult, ServerId, TimelineEntry, UserOp } from '../driver/index.ts';

// The operations a person sent through a client, and their answers, so a form can show "pending…",
// the value read, or why it failed. The client core numbers every call (callId) and each
// 'client-result' timeline entry carries that number, so an answer finds its record by
// (client, callId), whatever order the answers come in.

export type OpStatus = 'pending' | 'ok' | 'failed' | 'abandoned';

export interface OpRecord {
  id: number;
  client: string;
  /** The client core's number for this call; its answer carries the same. */
  callId: number;
  op: UserOp;
  /** Simulated time it was sent. */
  atMs: number;
  status: OpStatus;
  result: ClientResult | null;
  /** The server that answered (null for a local answer or none yet). */
  server: ServerId | null;
  doneAtMs: number | null;
  /** The agreed leader's applied zxid when the answer came (to judge a read's staleness). */
  leaderZxid: number | null;
  /** Whether a leader with a quorum existed when the answer came. */
  hadLeader: boolean | null;
  /** Whether the answering server was in that leader's quorum when the answer came. */
  serverInQuorum: boolean | null;
}

/** Records kept, oldest dropped first. */
export const OPS_KEPT = 60;

export interface ResolveContext {
  leaderZxid: number | null;
  hadLeader: boolean;
  /** The agreed leader and its synced followers (quorumMembers). */
  quorum: readonly ServerId[];
}

export function addOp(ops: readonly OpRecord[], record: OpRecord): OpRecord[] {
  const next = [...ops, record];
  return next.length > OPS_KEPT ? next.slice(next.length - OPS_KEPT) : next;
}

/** Folds answers into the records; returns `ops` itself when no answer concerned them. */
export function resolveOps(ops: OpRecord[], events: readonly TimelineEntry[], ctx: ResolveContext): OpRecord[] {
  if (!ops.some((r) => r.status === 'pending')) return ops;
  let next: OpRecord[] | null = null;
  for (const entry of events) {
    if (entry.kind !== 'client-result') continue;
    const result = entry.result;
    const list: OpRecord[] = next ?? ops;
    const match = list.find((r) => r.status === 'pending' && r.client === entry.client && r.callId === entry.callId);
    if (!match) continue;
    const done: OpRecord = { ...match, status: result.ok ? 'ok' : 'failed', result, server: entry.node, doneAtMs: entry.t, leaderZxid: ctx.leaderZxid, hadLeader: ctx.hadLeader, serverInQuorum: entry.node === null ? null : ctx.quorum.includes(entry.node) };
    next = list.map((r) => (r === match ? done : r));
  }
  return next ?? ops;
}

/** The client vanished: nobody is left to hear the answers to what it had pending. */
export function abandonOps(ops: OpRecord[], client: string): OpRecord[] {
  if (!ops.some((r) => r.client === client && r.status === 'pending')) return ops;
  return ops.map((r) => (r.client === client && r.status === 'pending' ? { ...r, status: 'abandoned' } : r));
}

/** The newest record of a client, for the form's result line. */
export function latestOp(ops: readonly OpRecord[], client: string): OpRecord | null {
  for (let i = ops.length - 1; i >= 0; i--) if (ops[i]!.client === client) return ops[i]!;
  return null;
}
