import type { ClientView } from '../../core/client.ts';
import type { ActiveFault, LinkRef } from '../../net/network.ts';
import type { InvariantStatus, LinkState, MessageFlight, NodeSnapshot } from '../types.ts';
import { BRIDGE_PROTOCOL, type BridgeMessage, type BridgeRefusal, type EnsembleInfo, type EntrySource, type ObservationHealth, type ObservedRecord, type ObservedSnapshot } from './protocol.ts';
import { FrameProblem, bool, fail, fields, list, nullable, num, oneOf, optional, record, str, whole, type Reader } from './frameCheck.ts';
import { PAGE_ONLY_KINDS, TIMELINE_KINDS } from './knownKinds.ts';

// The page's check of every frame from the bridge: JSON text that matches BridgeMessage, field by
// field, or a refusal that says where it is wrong. A refused frame changes nothing (the driver logs
// the problem). Records are checked as far as the page reads them: their kind is one the page can
// put in words, their time, server and source are there, and the real ensemble's own kinds field
// by field.

/** The most a frame may carry, in characters: a 101-server picture with its trees is far less. */
export const MAX_FRAME_CHARS = 8_000_000;

/**
 * A frame read whole, or refused with where and why. In an update, one record the page cannot read
 * is set aside alone (`refusedRecords` says why), so one odd log line never costs the ensemble's picture.
 */
export type ParsedFrame = { ok: true; message: BridgeMessage; refusedRecords: string[] } | { ok: false; problem: string };

const ROLES = ['looking', 'following', 'leading', 'observing'] as const;
const STATUSES = ['up', 'down', 'paused', 'unresponsive'] as const;
/** Every source, as a Record so a new one in the protocol must be added here. */
const SOURCE_SET: Record<EntrySource, true> = { log: true, poll: true, relay: true, user: true, model: true, client: true };
const SOURCES = Object.keys(SOURCE_SET) as EntrySource[];
const FAULT_KINDS = ['partition', 'cut', 'drop', 'delay', 'duplicate'] as const;
const REFUSAL_CODES = ['bad-frame', 'unknown-command', 'bad-argument', 'unknown-server', 'not-now', 'failed'] as const;
const serverId = whole;
/** A notification's round: -1 from a server that joined a running ensemble without an election (a Java long). */
const electionRound: Reader<number> = (v, at) => (Number.isSafeInteger(v) && (v as number) >= -1 ? (v as number) : fail(at, 'a whole number ≥ -1', v));
const ids = list(serverId, 1000);

const linkRef: Reader<LinkRef> = fields({ from: serverId, to: serverId });

const ensembleInfo: Reader<EnsembleInfo> = fields({
  zookeeperVersion: nullable(str),
  voters: ids,
  observers: ids,
  tickTimeMs: num,
  initLimitTicks: whole,
  syncLimitTicks: whole,
  minSessionTimeoutMs: num,
  maxSessionTimeoutMs: num,
});

const vote = fields({ leader: serverId, zxid: whole, electionEpoch: electionRound, peerEpoch: whole, state: oneOf(ROLES) });
const watch = fields({ peer: serverId, lastHeardMs: num, timeoutMs: num, suspected: bool });
const znode = fields({ path: str, value: str, ephemeralOwner: whole, version: num, czxid: whole, mzxid: whole, cversion: num });
const electionPoll = fields({ dueMs: num, intervalMs: num, deciding: bool });

const nodeSnapshot: Reader<NodeSnapshot> = fields({
  id: serverId,
  role: oneOf(ROLES),
  status: oneOf(STATUSES),
  atMs: num,
  acceptedEpoch: whole,
  currentEpoch: whole,
  lastZxid: whole,
  lastCommittedZxid: nullable(whole),
  leader: nullable(serverId),
  established: bool,
  // A server that joined a running ensemble without an election of its own reports -1 (logicalclock as ZooKeeper prints it).
  electionRound: nullable(electionRound),
  electionPoll: nullable(electionPoll),
  vote: nullable(vote),
  watches: list(watch, 1000),
  syncedLearners: ids,
  outstandingProposals: nullable(whole),
  sessions: nullable(whole),
  znodes: nullable(whole),
  tree: list(znode),
});

/** Clients: the fields the page reads, checked; the rest of a ClientView as the bridge sent it. */
const clientView: Reader<ClientView> = (v, at) => {
  fields({ name: str, state: str, server: nullable(serverId), sessionId: whole, timeoutMs: num, pendingOps: whole, lastCallId: whole })(v, at);
  return record(v, at) as unknown as ClientView;
};

const fault: Reader<ActiveFault> = (v, at) => {
  const head = fields({ id: str, kind: oneOf(FAULT_KINDS) })(v, at);
  switch (head.kind) {
    case 'partition':
      return { ...head, kind: 'partition', groups: list(ids)(record(v, at).groups, `${at}.groups`) };
    case 'cut':
      return { ...head, kind: 'cut', ...fields({ from: serverId, to: serverId, both: bool })(v, at) };
    case 'drop':
      return { ...head, kind: 'drop', ...fields({ rate: num, link: nullable(linkRef) })(v, at) };
    case 'delay':
      return { ...head, kind: 'delay', ...fields({ latencyMs: num, jitterMs: num, link: nullable(linkRef) })(v, at) };
    case 'duplicate':
      return { ...head, kind: 'duplicate', ...fields({ rate: num })(v, at) };
  }
};

const linkState: Reader<LinkState> = fields({ cuts: list(linkRef), partition: nullable(list(ids)) });

const invariants: Reader<InvariantStatus> = fields({
  ok: bool,
  violations: list((v, at) => {
    fields({ rule: str, text: str, servers: ids })(v, at);
    return record(v, at) as unknown as InvariantStatus['violations'][number];
  }),
});

const observation: Reader<ObservationHealth> = fields({
  servers: list(fields({ id: serverId, lastAnswerMs: nullable(num), roundTripMs: nullable(num), answering: bool }), 1000),
  pollHz: num,
  behind: bool,
});

const snapshot: Reader<ObservedSnapshot> = (v, at) => {
  const s = fields({ timeMs: num, nodes: list(nodeSnapshot, 1000), clients: list(clientView, 10_000), faults: list(fault), links: linkState, invariants, observation })(v, at);
  const seen = new Set<number>();
  for (const n of s.nodes) {
    if (seen.has(n.id)) throw new FrameProblem(`${at}.nodes has server ${n.id} twice`);
    seen.add(n.id);
  }
  return s;
};

const flight: Reader<MessageFlight> = fields({ from: serverId, to: serverId, type: str, sentMs: num, deliverMs: num });

/** The fields of the real ensemble's own kinds (observedRecords.ts), beyond kind, t and node. */
const realFields: Record<string, Reader<unknown>> = {
  'notification-seen': fields({ node: serverId, from: serverId, fromState: oneOf(ROLES), leader: serverId, round: electionRound, peerEpoch: whole, zxid: whole }),
  'zab-phase': fields({ node: serverId, role: oneOf(['leading', 'following', 'observing'] as const), phase: oneOf(['discovery', 'synchronization', 'broadcast'] as const), syncMode: nullable(oneOf(['diff', 'trunc', 'snap'] as const)), leader: nullable(serverId) }),
  'process-started': fields({ node: serverId, pid: whole, acceptedEpoch: nullable(whole), currentEpoch: nullable(whole) }),
  'process-exited': fields({ node: serverId, code: nullable(num), signal: nullable(str), expected: bool }),
  'poll-silence': fields({ node: serverId, answering: bool, silentMs: num }),
};

const observedRecord: Reader<ObservedRecord> = (v, at) => {
  const head = fields({ kind: oneOf(TIMELINE_KINDS), t: num, node: nullable(serverId), source: oneOf(SOURCES), peers: optional(ids), client: optional(str) })(v, at);
  if (PAGE_ONLY_KINDS.includes(head.kind)) throw new FrameProblem(`${at}.kind ${head.kind} is the page's own, not the bridge's`);
  realFields[head.kind]?.(v, at);
  return record(v, at) as unknown as ObservedRecord;
};

const refusal: Reader<BridgeRefusal> = (v, at) => {
  const { code } = fields({ code: oneOf(REFUSAL_CODES) })(v, at);
  switch (code) {
    case 'unknown-command':
      return { code, ...fields({ type: str })(v, at) };
    case 'bad-argument':
      return { code, ...fields({ field: str, detail: str })(v, at) };
    case 'unknown-server':
      return { code, ...fields({ server: num })(v, at) };
    default:
      return { code, ...fields({ detail: str })(v, at) };
  }
};

function message(v: unknown, refused: string[]): BridgeMessage {
  const { type } = fields({ type: oneOf(['welcome', 'update', 'answer', 'error', 'closing'] as const) })(v, 'frame');
  const at = type;
  switch (type) {
    case 'welcome': {
      const w = fields({ protocol: num, ensemble: ensembleInfo, timeMs: num })(v, at);
      if (w.protocol !== BRIDGE_PROTOCOL) throw new FrameProblem(`welcome.protocol is ${w.protocol}; this page speaks protocol ${BRIDGE_PROTOCOL}`);
      return { type, protocol: BRIDGE_PROTOCOL, ensemble: w.ensemble, timeMs: w.timeMs };
    }
    case 'update': {
      const { events, ...rest } = fields({ snapshot, events: list((e) => e), messages: list(flight) })(v, at);
      const read: ObservedRecord[] = [];
      events.forEach((event, index) => {
        try {
          read.push(observedRecord(event, `${at}.events[${index}]`));
        } catch (error) {
          if (!(error instanceof FrameProblem)) throw error;
          refused.push(error.message);
        }
      });
      return { type, ...rest, events: read };
    }
    case 'answer': {
      const a = fields({ seq: whole, ok: bool })(v, at);
      return a.ok ? { type, seq: a.seq, ok: true } : { type, seq: a.seq, ok: false, refusal: refusal(record(v, at).refusal, `${at}.refusal`) };
    }
    case 'error':
      return { type, refusal: refusal(record(v, at).refusal, `${at}.refusal`) };
    case 'closing':
      return { type };
  }
}

/** One text frame from the bridge, read whole or refused with where and why. */
export function parseBridgeMessage(text: unknown): ParsedFrame {
  if (typeof text !== 'string') return { ok: false, problem: 'the frame is not text' };
  if (text.length > MAX_FRAME_CHARS) return { ok: false, problem: `the frame is ${text.length} characters, more than ${MAX_FRAME_CHARS}` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'the frame is not JSON' };
  }
  try {
    const refusedRecords: string[] = [];
    return { ok: true, message: message(data, refusedRecords), refusedRecords };
  } catch (error) {
    if (error instanceof FrameProblem) return { ok: false, problem: error.message };
    throw error;
  }
}
