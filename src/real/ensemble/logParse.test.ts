import { describe, expect, it } from 'vitest';
import { EntryAssembler } from './entryAssembler.ts';
import { interpretLogEntry, parseLogLine, signedHex, type LogEntry } from './logParse.ts';
import { readFixture } from './fixtures/readFixture.ts';

function entriesOf(text: string): LogEntry[] {
  const assembler = new EntryAssembler();
  return [...assembler.push(text), ...assembler.flush()];
}

describe('parseLogLine', () => {
  it('reads the zoned timestamp as an absolute instant, and the logger, thread and message', () => {
    const entry = parseLogLine('2026-12-01T19:32:19.305+0000 INFO  QuorumPeer [QuorumPeer[myid=1](plain=127.0.0.1:20000)(secure=disabled)] - LOOKING');
    expect(entry).toEqual({ wallMs: Date.UTC(2026, 11, 1, 19, 32, 19, 305), level: 'INFO', logger: 'QuorumPeer', thread: 'QuorumPeer[myid=1](plain=127.0.0.1:20000)(secure=disabled)', message: 'LOOKING', continuation: [] });
  });

  it('applies a zone offset', () => {
    const entry = parseLogLine('2026-12-01T21:32:19.305+0200 WARN  Learner [main] - x');
    expect(entry?.wallMs).toBe(Date.UTC(2026, 11, 1, 19, 32, 19, 305));
  });

  it('returns null for continuation lines', () => {
    expect(parseLogLine('java.io.EOFException')).toBeNull();
    expect(parseLogLine('\tat java.base/java.io.DataInputStream.readInt(DataInputStream.java:386)')).toBeNull();
  });
});

describe('EntryAssembler', () => {
  it('joins a line split across chunks and keeps an exception with its entry', () => {
    const assembler = new EntryAssembler();
    const first = assembler.push('2026-12-01T19:32:41.767+0000 WARN  Learner [Q] - Exception when foll');
    const second = assembler.push('owing the leader\njava.net.SocketTimeoutException: Read timed out\n\tat x\n2026-12-01T19:32:41.775+0000 INFO  Learner [Q] - Disconnected\n');
    expect(first).toEqual([]);
    expect(second).toHaveLength(1);
    expect(second[0]?.message).toBe('Exception when following the leader');
    expect(second[0]?.continuation).toEqual(['java.net.SocketTimeoutException: Read timed out', '\tat x']);
    expect(assembler.flush().map((e) => e.message)).toEqual(['Disconnected']);
  });
});

describe('interpretLogEntry on lines captured from ZooKeeper 3.8.0', () => {
  const follower = entriesOf(readFixture('follower-kill-and-stop.log'));
  const leader = entriesOf(readFixture('follower-then-leader-stopped.log'));
  const restarted = entriesOf(readFixture('leader-killed-restarted-leads.log'));
  const factsOf = (entries: LogEntry[]) => entries.map(interpretLogEntry).filter((f) => f !== null);

  it('every line of the fixtures parses, and no entry loses its continuation lines', () => {
    for (const name of ['follower-kill-and-stop.log', 'follower-then-leader-stopped.log', 'leader-killed-restarted-leads.log']) {
      const text = readFixture(name);
      const lines = text.split('\n').filter((l) => l !== '');
      const entries = entriesOf(text);
      expect(entries.reduce((n, e) => n + 1 + e.continuation.length, 0)).toBe(lines.length);
    }
  });

  it('reads an own proposal and a notification with its hex fields', () => {
    const facts = factsOf(follower);
    expect(facts).toContainEqual({ fact: 'own-proposal', myId: 1, zxid: 0 });
    expect(facts).toContainEqual({ fact: 'notification', myState: 'looking', from: 2, fromState: 'following', leader: 3, round: 1, peerEpoch: 1, zxid: 0 });
    expect(facts).toContainEqual({ fact: 'notification', myState: 'looking', from: 3, fromState: 'looking', leader: 3, round: 3, peerEpoch: 2, zxid: 0x200000000 });
  });

  it('reads the decisions, the Zab phases and the sync modes', () => {
    const facts = factsOf(follower);
    expect(facts.filter((f) => f.fact === 'decided')).toEqual([
      { fact: 'decided', role: 'following', tookMs: 345 },
      { fact: 'decided', role: 'following', tookMs: 225 },
      { fact: 'decided', role: 'following', tookMs: 241 },
    ]);
    const modes = facts.flatMap((f) => (f.fact === 'zab-phase' && f.syncMode !== null ? [f.syncMode] : []));
    expect(modes).toEqual(['diff', 'diff', 'snap']);
  });

  it('tells a closed leader connection (kill -9) from a read timeout (SIGSTOP)', () => {
    const failures = factsOf(follower).filter((f) => f.fact === 'follow-failed');
    expect(failures).toEqual([
      { fact: 'follow-failed', cause: 'connection-closed' },
      { fact: 'follow-failed', cause: 'read-timeout' },
    ]);
  });

  it("reads the leader's quorum, its loss, the snapshot it sent and the learners it names", () => {
    const facts = factsOf(leader);
    expect(facts).toContainEqual({ fact: 'quorum-formed', sids: [1, 2], zxid: 0x200000000 });
    expect(facts).toContainEqual({ fact: 'not-synced', synced: [2] });
    expect(facts).toContainEqual({ fact: 'snap-sent', peerZxid: 0, snapshotZxid: 0x200000000 });
    expect(facts).toContainEqual({ fact: 'learner-named', learner: 1, peerZxid: null });
    expect(facts.filter((f) => f.fact === 'goodbye')).toHaveLength(2);
    expect(factsOf(restarted)).toContainEqual({ fact: 'diff-sent', learner: 2, peerZxid: 0 });
  });

  it('reads a TRUNC line (its format from LearnerHandler, two spaces before "for")', () => {
    const entry = parseLogLine('2026-12-01T19:32:44.554+0000 INFO  LearnerHandler [LearnerHandler-/127.0.0.1:34410] - Sending TRUNC zxid=0x200000003  for peer sid: 2');
    expect(entry && interpretLogEntry(entry)).toEqual({ fact: 'trunc-sent', learner: 2, truncZxid: 0x200000003 });
  });
});

describe('signedHex', () => {
  it('reads a Java long as two\'s complement, as Long.toHexString printed it', () => {
    expect(signedHex('ffffffffffffffff')).toBe(-1);
    expect(signedHex('1')).toBe(1);
    expect(signedHex('100000005')).toBe(0x100000005);
  });
  it('gives a notification from a server with no round of its own round -1', () => {
    const line = 'Notification: my state:FOLLOWING; n.sid:6, n.state:FOLLOWING, n.leader:6, n.round:0xffffffffffffffff, n.peerEpoch:0x0, n.zxid:0x0, message format version:0x2, n.config version:0x0';
    const entry: LogEntry = { wallMs: 0, level: 'INFO', logger: 'FastLeaderElection', thread: 'WorkerReceiver[myid=4]', message: line, continuation: [] };
    expect(interpretLogEntry(entry)).toMatchObject({ fact: 'notification', from: 6, round: -1 });
  });
});
