import { describe, expect, it } from 'vitest';
import type { ObservedRecord } from '../../driver/real/protocol.ts';
import { EntryAssembler } from './entryAssembler.ts';
import { readFixture } from './fixtures/readFixture.ts';
import { LogInterpreter } from './logInterpreter.ts';
import { interpretLogEntry } from './logParse.ts';

const timing = { voterCount: 3, tickTimeMs: 200, initLimitTicks: 10, syncLimitTicks: 2 };

/** Replays a captured log; each JVM start in it ("Reading configuration") is a process start. */
// The fixtures ran with peers at their real ports (no relay) from 20000: quorum ports 20001, 20004, 20007.
const capturedQuorumPorts = new Map([[20001, 1], [20004, 2], [20007, 3]]);

function replay(self: number, name: string, epochsAtStart: number[]): { records: ObservedRecord[]; interpreter: LogInterpreter } {
  const leaderOfQuorumPort = (port: number) => (capturedQuorumPorts.get(port) === self ? null : (capturedQuorumPorts.get(port) ?? null));
  const interpreter = new LogInterpreter({ self, ...timing, leaderOfQuorumPort });
  const assembler = new EntryAssembler();
  const records: ObservedRecord[] = [];
  let starts = 0;
  for (const entry of [...assembler.push(readFixture(name)), ...assembler.flush()]) {
    if (entry.message.startsWith('Reading configuration from')) interpreter.processStarted(epochsAtStart[starts++] ?? 0);
    const fact = interpretLogEntry(entry);
    if (fact) records.push(...interpreter.take(entry, fact, entry.wallMs));
  }
  return { records, interpreter };
}

const ofKind = (records: ObservedRecord[], kind: string) => records.filter((r) => r.kind === kind);

describe('LogInterpreter on captured logs', () => {
  it('a follower: started, decided for 3, lost it to kill -9, decided for 2, lost it to a SIGSTOP, decided for 3', () => {
    const { records, interpreter } = replay(1, 'follower-kill-and-stop.log', [0]);
    const decided = ofKind(records, 'state-change').filter((r) => 'change' in r && r.change === 'decided');
    expect(decided.map((r) => 'leader' in r && r.leader)).toEqual([3, 2, 3]);
    const looking = ofKind(records, 'state-change').filter((r) => 'change' in r && r.change === 'looking');
    expect(looking.map((r) => 'reason' in r && r.reason)).toEqual([
      { why: 'started', currentEpoch: 0 },
      { why: 'leader-connection-reset', leader: 3 },
      { why: 'leader-silent', leader: 2, silentMs: 400 },
    ]);
    expect(ofKind(records, 'peer-suspected')).toEqual([
      expect.objectContaining({ node: 1, peer: 3, cause: 'connection-reset', source: 'log' }),
      expect.objectContaining({ node: 1, peer: 2, cause: 'leader-silent', silentMs: 400, limitMs: 400, limit: { name: 'syncLimit', ticks: 2, tickTimeMs: 200 } }),
    ]);
    expect(interpreter.picture()).toMatchObject({ role: 'following', leader: 3, phase: 'broadcast', established: true, syncMode: 'snap' });
  });

  it('a learner takes its leader from the address it connected to, not from a stale notification', () => {
    const { records } = replay(1, 'follower-kill-and-stop.log', [0]);
    const decided = ofKind(records, 'state-change').filter((r) => 'change' in r && r.change === 'decided');
    // Held until the connect line, but stamped with the decision's own time.
    expect(decided.map((r) => [r.t, 'leader' in r && r.leader])).toEqual([
      [Date.UTC(2026, 11, 1, 19, 32, 19, 652), 3],
      [Date.UTC(2026, 11, 1, 19, 32, 28, 671), 2],
      [Date.UTC(2026, 11, 1, 19, 32, 42, 23), 3],
    ]);
  });

  it('every notification becomes a notification-seen record from the log', () => {
    const { records } = replay(1, 'follower-kill-and-stop.log', [0]);
    const seen = ofKind(records, 'notification-seen');
    expect(seen.length).toBeGreaterThan(10);
    expect(seen[0]).toMatchObject({ node: 1, from: 1, fromState: 'looking', leader: 1, round: 1, peerEpoch: 0, zxid: 0, source: 'log' });
  });

  it('a leader: elected with its quorum, sends a snapshot, steps down when its followers stop syncing', () => {
    const { records } = replay(2, 'follower-then-leader-stopped.log', [0]);
    expect(ofKind(records, 'leader-elected')).toEqual([expect.objectContaining({ node: 2, epoch: 2, followers: [1], voters: 3, zxid: 0x200000000 })]);
    expect(ofKind(records, 'sync')).toEqual([expect.objectContaining({ side: 'leader', learner: 3, fromZxid: 0, mode: 'snap', snapshotZxid: 0x200000000 })]);
    expect(ofKind(records, 'step-down')).toEqual([expect.objectContaining({ node: 2, epoch: 2, shutdown: { why: 'not-synced', synced: [2], voters: 3 } })]);
    // Its learners' connections ended with EOF: the line does not say why, so no learner-dropped.
    expect(ofKind(records, 'learner-dropped')).toEqual([]);
    const last = ofKind(records, 'state-change').at(-1);
    expect(last).toMatchObject({ change: 'decided', leader: 3, joinedRunningEnsemble: true, next: 'follow' });
  });

  it('an observer: no vote of its own, and its leader from the leading server it heard', () => {
    const { records, interpreter } = replay(4, 'observer.log', [0]);
    expect(interpreter.picture()).toMatchObject({ role: 'observing', leader: 3, proposedZxid: null, phase: 'broadcast', established: true });
    expect(ofKind(records, 'zab-phase').at(-1)).toMatchObject({ role: 'observing', phase: 'broadcast' });
  });

  it('a restarted server starts from the epoch on its disk and leads again', () => {
    const { records, interpreter } = replay(3, 'leader-killed-restarted-leads.log', [0, 1]);
    const looking = ofKind(records, 'state-change').filter((r) => 'change' in r && r.change === 'looking');
    expect(looking[1]).toMatchObject({ reason: { why: 'started', currentEpoch: 1 } });
    expect(ofKind(records, 'leader-elected').map((r) => 'epoch' in r && r.epoch)).toEqual([1, 3]);
    expect(interpreter.picture()).toMatchObject({ role: 'leading', leader: 3, leaderEpoch: 3, established: true, syncedLearners: [1] });
  });
});
