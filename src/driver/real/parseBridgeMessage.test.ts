import { describe, expect, it } from 'vitest';
import { MAX_FRAME_CHARS, parseBridgeMessage } from './parseBridgeMessage.ts';
import { elected3, realNode, update, welcome } from './testFrames.ts';

// Every frame from the bridge is read field by field, or refused with where it is wrong.

const text = (value: unknown) => JSON.stringify(value);
/** The frame as JSON, with the field at `path` ("snapshot.nodes.1.role") set to `value` (undefined: removed). */
function altered(frame: unknown, path: string, value: unknown): string {
  const copy = JSON.parse(JSON.stringify(frame)) as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce((o, k) => o[k] as Record<string, unknown>, copy);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return JSON.stringify(copy);
}
const problemOf = (frame: unknown) => {
  const parsed = parseBridgeMessage(frame);
  return parsed.ok ? null : parsed.problem;
};

describe('parseBridgeMessage', () => {
  it('reads every kind of frame the bridge sends', () => {
    const kinds = [welcome(), update(1200, elected3(1200)), { type: 'answer', seq: 4, ok: true }, { type: 'answer', seq: 5, ok: false, refusal: { code: 'unknown-server', server: 9 } }, { type: 'error', refusal: { code: 'bad-frame', detail: 'not JSON' } }, { type: 'closing' }];
    for (const frame of kinds) {
      const parsed = parseBridgeMessage(text(frame));
      expect(parsed, text(frame)).toEqual({ ok: true, message: frame, refusedRecords: [] });
    }
  });

  it('keeps the fields a real server does not report as null, and an unresponsive status', () => {
    const frame = update(1200, [realNode(1, 3, 1200, { status: 'unresponsive' }), ...elected3(1200).slice(1)]);
    const parsed = parseBridgeMessage(text(frame));
    if (!parsed.ok || parsed.message.type !== 'update') throw new Error(parsed.ok ? 'not an update' : parsed.problem);
    const node = parsed.message.snapshot.nodes[0]!;
    expect(node.status).toBe('unresponsive');
    expect([node.lastCommittedZxid, node.electionRound, node.sessions, node.znodes, node.outstandingProposals]).toEqual([null, null, null, null, null]);
  });

  it('accepts the election round -1 (its own and in its vote) a server reports after joining a running ensemble, and refuses below it', () => {
    const joined = parseBridgeMessage(text(update(1200, [realNode(1, 3, 1200, { electionRound: -1, vote: { leader: 3, zxid: 0, electionEpoch: -1, peerEpoch: 1, state: 'following' } }), ...elected3(1200).slice(1)])));
    expect(joined.ok && joined.message.type === 'update' && joined.message.snapshot.nodes[0]!.vote?.electionEpoch).toBe(-1);
    expect(joined.ok && joined.message.type === 'update' && joined.message.snapshot.nodes[0]!.electionRound).toBe(-1);
    const below = parseBridgeMessage(text(update(1200, [realNode(1, 3, 1200, { electionRound: -2 }), ...elected3(1200).slice(1)])));
    expect(below.ok ? 'ok' : below.problem).toContain('electionRound');
  });

  it('reads the real ensemble’s own records with their source', () => {
    const seen = { kind: 'notification-seen', t: 1100, node: 1, from: 2, fromState: 'looking', leader: 3, round: 1, peerEpoch: 0, zxid: 0, source: 'log' };
    const parsed = parseBridgeMessage(text(update(1200, elected3(1200), [seen as never])));
    expect(parsed.ok && parsed.message.type === 'update' && parsed.message.events[0]).toEqual(seen);
  });

  it('takes round -1 (a server that joined without an election of its own prints its long as 0xffff…) and nothing lower', () => {
    const seen = { kind: 'notification-seen', t: 1100, node: 4, from: 6, fromState: 'following', leader: 6, round: -1, peerEpoch: 0, zxid: 0, source: 'log' };
    expect(parseBridgeMessage(text(update(1200, elected3(1200), [seen as never])))).toMatchObject({ ok: true, refusedRecords: [] });
  });

  it('sets aside one record it cannot read, says why, and keeps the rest of the update', () => {
    const good = { kind: 'notification-seen', t: 1100, node: 4, from: 6, fromState: 'following', leader: 6, round: 1, peerEpoch: 0, zxid: 0, source: 'log' };
    const parsed = parseBridgeMessage(text(update(1200, elected3(1200), [{ ...good, round: -2 } as never, good as never])));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || parsed.message.type !== 'update') return;
    expect(parsed.refusedRecords).toEqual(['update.events[0].round should be a whole number ≥ -1, not number']);
    expect(parsed.message.events).toEqual([good]);
    expect(parsed.message.snapshot.nodes).toHaveLength(3);
  });

  it('refuses what is not a JSON text frame', () => {
    expect(problemOf(new ArrayBuffer(4))).toBe('the frame is not text');
    expect(problemOf('{"type":')).toBe('the frame is not JSON');
    expect(problemOf('[]')).toBe('frame should be an object, not an array');
    expect(problemOf(' '.repeat(MAX_FRAME_CHARS + 1))).toContain('more than');
  });

  it('refuses an unknown type and another protocol', () => {
    expect(problemOf(text({ type: 'reboot' }))).toBe('frame.type should be one of welcome, update, answer, error, closing, not string');
    expect(problemOf(altered(welcome(), 'protocol', 2))).toBe('welcome.protocol is 2; this page speaks protocol 1');
  });

  it('says where a field is missing or of the wrong type', () => {
    const frame = update(1200, elected3(1200));
    expect(problemOf(altered(frame, 'snapshot.timeMs', undefined))).toBe('update.snapshot.timeMs should be a finite number, not undefined');
    expect(problemOf(altered(frame, 'snapshot.nodes.1.role', 'boss'))).toBe('update.snapshot.nodes[1].role should be one of looking, following, leading, observing, not string');
    expect(problemOf(altered(frame, 'snapshot.nodes.2.status', 'asleep'))).toContain('update.snapshot.nodes[2].status should be one of up, down, paused, unresponsive');
    expect(problemOf(altered(frame, 'snapshot.nodes.0.lastZxid', -1))).toBe('update.snapshot.nodes[0].lastZxid should be a whole number ≥ 0, not number');
    expect(problemOf(altered(frame, 'snapshot.observation.behind', 'no'))).toBe('update.snapshot.observation.behind should be true or false, not string');
    expect(problemOf(altered(frame, 'snapshot.faults', [{ id: 'x', kind: 'flood' }]))).toContain('update.snapshot.faults[0].kind should be one of');
    expect(problemOf(altered(frame, 'messages', [{ from: 1, to: 2, type: 'PING', sentMs: 'soon', deliverMs: 3 }]))).toBe('update.messages[0].sentMs should be a finite number, not string');
  });

  it('refuses a server twice in one picture', () => {
    const frame = update(1200, [...elected3(1200), realNode(2, 3, 1200)]);
    expect(problemOf(text(frame))).toBe('update.snapshot.nodes has server 2 twice');
  });

  it('sets aside records of unknown kinds, the page’s own kinds, and real kinds with a bad field, saying why', () => {
    const base = { t: 1100, node: 1, source: 'log' };
    const refusedOf = (event: unknown) => {
      const parsed = parseBridgeMessage(text(update(1200, elected3(1200), [event as never])));
      if (!parsed.ok || parsed.message.type !== 'update') throw new Error('the update itself should be read');
      expect(parsed.message.events).toEqual([]);
      return parsed.refusedRecords[0] ?? '';
    };
    expect(refusedOf({ ...base, kind: 'meteor' })).toContain('update.events[0].kind should be one of');
    expect(refusedOf({ ...base, kind: 'bridge-link', node: null, event: 'closed' })).toBe("update.events[0].kind bridge-link is the page's own, not the bridge's");
    expect(refusedOf({ ...base, kind: 'zab-phase', role: 'leading', phase: 'lunch', syncMode: null, leader: 1 })).toContain('update.events[0].phase should be one of discovery, synchronization, broadcast');
    expect(refusedOf({ ...base, kind: 'kill', source: 'rumour' })).toContain('update.events[0].source should be one of log, poll, relay, user, model, client');
    expect(refusedOf({ kind: 'kill', node: 1, source: 'user' })).toBe('update.events[0].t should be a finite number, not undefined');
  });

  it('refuses an answer without a sequence number, or a refusal without its reason', () => {
    expect(problemOf(text({ type: 'answer', ok: true }))).toBe('answer.seq should be a whole number ≥ 0, not undefined');
    expect(problemOf(text({ type: 'answer', seq: 1, ok: false }))).toBe('answer.refusal should be an object, not undefined');
    expect(problemOf(text({ type: 'answer', seq: 1, ok: false, refusal: { code: 'bad-argument', field: 'server' } }))).toBe('answer.refusal.detail should be a string, not undefined');
  });
});
