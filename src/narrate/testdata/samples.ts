import type { AfterLoss, LinkLoss, SessionExpiry } from '../../core/clientEvents.ts';
import type { CloseReason, LeaderShutdown, LearnerDropReason, LookingReason, TickLimit } from '../../core/reasons.ts';
import type { RequestProblem } from '../../core/requestProblems.ts';
import type { SkipReason } from '../../host/actionRecords.ts';
import type { RecordOf, TimelineKind } from '../../host/records.ts';
import type { ActiveFault } from '../../net/network.ts';
import type { Refusal } from '../../net/refusal.ts';
import { realSamples } from './realSamples.ts';

// Fixtures of the narration tests (every language's): no code of the playground imports them.
// One sample of every record kind (the table's type lists every kind, so a new one must add a
// sample here), and of every reason inside them, each with the numbers its sentence must mention.

export type Sample<K extends TimelineKind> = { record: RecordOf<K>; mentions: string[] };
export type Samples = { [K in TimelineKind]: [Sample<K>, ...Sample<K>[]] };
/** One value per member of a union discriminated by `key`. */
type OnePer<U, Key extends keyof U> = { [W in U[Key] & string]: Extract<U, Record<Key, W>> };

export const z = (epoch: number, counter: number) => epoch * 2 ** 32 + counter;
const syncLimit: TickLimit = { name: 'syncLimit', ticks: 5, tickTimeMs: 2000 };
const initLimit: TickLimit = { name: 'initLimit', ticks: 10, tickTimeMs: 2000 };

const closes: OnePer<CloseReason, 'why'> = {
  'timed-out': { why: 'timed-out' },
  'discarded-data': { why: 'discarded-data' },
  'no-such-connection': { why: 'no-such-connection' },
  'leader-shutdown': { why: 'leader-shutdown' },
  dropped: { why: 'dropped', drop: { why: 'read-timeout', silentMs: 4000 } },
};
const closeMentions: Record<CloseReason['why'], string[]> = {
  'timed-out': ['timed out'],
  'discarded-data': ['discarded its data'],
  'no-such-connection': ['no such connection'],
  'leader-shutdown': ['shut down'],
  dropped: ['dropped the connection', '4,000 ms'],
};

const drops: OnePer<LearnerDropReason, 'why'> = {
  'learner-closed': { why: 'learner-closed', close: { why: 'timed-out' } },
  'connection-broken': { why: 'connection-broken' },
  'ahead-of-leader': { why: 'ahead-of-leader' },
  'read-timeout': { why: 'read-timeout', silentMs: 10_004 },
  'proposal-unacked': { why: 'proposal-unacked', zxid: z(2, 7), unackedMs: 10_500 },
  'connection-reset': { why: 'connection-reset' },
};
const dropMentions: Record<LearnerDropReason['why'], string[]> = {
  'learner-closed': ['server 4 timed out'],
  'connection-broken': ['lost packets'],
  'ahead-of-leader': ['ahead of the leader'],
  'read-timeout': ['10,004 ms'],
  'proposal-unacked': ['0x200000007', '10,500 ms'],
  'connection-reset': ['reset'],
};

const shutdowns: OnePer<LeaderShutdown, 'why'> = {
  'zxid-rollover': { why: 'zxid-rollover' },
  'init-limit': { why: 'init-limit', waitingFor: 'epoch-acks', have: [5, 2], limit: initLimit },
  'not-synced': { why: 'not-synced', synced: [5, 1], voters: 5 },
};
const stepDownMentions: Record<LeaderShutdown['why'], string[]> = {
  'zxid-rollover': ['epoch 3', 'rolled over'],
  'init-limit': ['20,000 ms', 'initLimit 10 × tickTime 2,000 ms', 'epoch acknowledgements', '2, 5'],
  'not-synced': ['1, 5', '5 voters', 'epoch 3'],
};

const lookingReasons: OnePer<LookingReason, 'why'> = {
  started: { why: 'started', currentEpoch: 4 },
  'leader-stopped-leading': { why: 'leader-stopped-leading', leader: 5 },
  'leader-heartbeat-timeout': { why: 'leader-heartbeat-timeout', leader: 5, timeoutMs: 3000 },
  'leader-connection-reset': { why: 'leader-connection-reset', leader: 5 },
  'leader-connection-broken': { why: 'leader-connection-broken', leader: 5 },
  'leader-closed': { why: 'leader-closed', leader: 5, close: { why: 'dropped', drop: { why: 'learner-closed', close: { why: 'no-such-connection' } } } },
  'leader-refused': { why: 'leader-refused', leader: 5, gaveUp: 'tries', tries: 5 },
  'epoch-below-accepted': { why: 'epoch-below-accepted', leader: 5, newEpoch: 3, acceptedEpoch: 4 },
  'truncate-impossible': { why: 'truncate-impossible' },
  'commit-out-of-order': { why: 'commit-out-of-order', leader: 5, zxid: z(3, 2), pendingZxid: z(3, 1) },
  'leader-silent': { why: 'leader-silent', leader: 5, silentMs: 10_002 },
  'shut-down-leading': { why: 'shut-down-leading', epoch: 3, shutdown: { why: 'not-synced', synced: [2], voters: 3 } },
};
const lookingMentions: Record<LookingReason['why'], string[]> = {
  started: ['Server 1 started with epoch 4'],
  'leader-stopped-leading': ['leader 5 no longer leads'],
  'leader-heartbeat-timeout': ['leader 5', '3,000 ms'],
  'leader-connection-reset': ['leader 5 was reset'],
  'leader-connection-broken': ['leader 5 lost packets'],
  'leader-closed': ['leader 5 closed the connection', 'leader 5 dropped the connection: server 1 has no such connection'],
  'leader-refused': ['leader 5 refused the connection 5 times'],
  'epoch-below-accepted': ['epoch 3', 'accepted epoch 4'],
  'truncate-impossible': ['could not truncate'],
  'commit-out-of-order': ['0x300000002', '0x300000001'],
  'leader-silent': ['leader 5', '10,002 ms'],
  'shut-down-leading': ['leader of epoch 3', 'only synced with 2'],
};

const losses: OnePer<LinkLoss, 'why'> = {
  'turned-away': { why: 'turned-away', lastZxidSeen: z(1, 9) },
  'closed-by-server': { why: 'closed-by-server' },
  'bad-connect-answer': { why: 'bad-connect-answer', result: { ok: true, type: 'pong' } },
  'dropped-by-server': { why: 'dropped-by-server' },
  'connect-timeout': { why: 'connect-timeout', waitedMs: 2000 },
  'read-timeout': { why: 'read-timeout', silentMs: 4000 },
  'connection-reset': { why: 'connection-reset' },
};
const lossMentions: Record<LinkLoss['why'], string[]> = {
  'turned-away': ['Server 3', '0x100000009'],
  'closed-by-server': ['Server 3 closed'],
  'bad-connect-answer': ['Server 3', 'pong'],
  'dropped-by-server': ['Server 3 dropped'],
  'connect-timeout': ['server 3', '2,000 ms'],
  'read-timeout': ['server 3', '4,000 ms'],
  'connection-reset': ['server 3 was reset'],
};

const afters: OnePer<AfterLoss, 'then'> = {
  try: { then: 'try', server: 1 },
  wait: { then: 'wait', server: 2, waitMs: 1000 },
  closed: { then: 'closed', sessionTimeoutMs: 6000 },
};
const afterMentions: Record<AfterLoss['then'], string[]> = {
  try: ['trying server 1'],
  wait: ['server 2', '1,000 ms'],
  closed: ['is closed', '0x1000', '6,000 ms'],
};

const expiries: OnePer<SessionExpiry, 'why'> = {
  'zero-timeout': { why: 'zero-timeout' },
  'other-session': { why: 'other-session', otherSessionId: 0x2000 },
  'unknown-to-server': { why: 'unknown-to-server' },
  'server-says-expired': { why: 'server-says-expired' },
};
const expiryMentions: Record<SessionExpiry['why'], string[]> = {
  'zero-timeout': ['timeout 0'],
  'other-session': ['0x2000'],
  'unknown-to-server': ['no longer knows it'],
  'server-says-expired': ['says so'],
};

const skips: OnePer<SkipReason, 'why'> = {
  'no-matching-server': { why: 'no-matching-server' },
  'client-exists': { why: 'client-exists', client: 'c1' },
  'no-such-client': { why: 'no-such-client', client: 'c9' },
};
const skipMentions: Record<SkipReason['why'], string[]> = {
  'no-matching-server': ['"crash leader"', 'nothing done'],
  'client-exists': ['client c1', 'nothing done'],
  'no-such-client': ['client c9', 'nothing done'],
};

export const faults: OnePer<ActiveFault, 'kind'> = {
  partition: { id: 'partition', kind: 'partition', groups: [[1, 2], [3, 4, 5]] },
  cut: { id: 'cut:3<->4', kind: 'cut', from: 3, to: 4, both: true },
  drop: { id: 'drop:2->1', kind: 'drop', rate: 0.255, link: { from: 2, to: 1 } },
  delay: { id: 'delay', kind: 'delay', latencyMs: 50, jitterMs: 20, link: null },
  duplicate: { id: 'duplicate', kind: 'duplicate', rate: 0.05 },
};
export const faultWords: Record<ActiveFault['kind'], string> = {
  partition: 'Partition {1,2} | {3,4,5}',
  cut: 'Link 3 ↔ 4 cut (both ways)',
  drop: 'Drop 25.5% on link 2 → 1',
  delay: 'Delay 50 ms + up to 20 ms jitter on all links',
  duplicate: 'Duplicate 5% of messages',
};

const refusals: OnePer<Refusal, 'why'> = {
  'bad-server-id': { why: 'bad-server-id', id: 0, maxId: 101 },
  'no-server': { why: 'no-server', server: 9 },
  'same-server-link': { why: 'same-server-link', from: 2, to: 2 },
  'server-twice': { why: 'server-twice', server: 1 },
  'empty-partition': { why: 'empty-partition' },
  'bad-rate': { why: 'bad-rate', what: 'drop', rate: 1.5 },
  'bad-ms': { why: 'bad-ms', what: 'latencyMs', value: -1 },
  'bad-drop-percent': { why: 'bad-drop-percent', ratePercent: 150 },
  'bad-session-timeout': { why: 'bad-session-timeout', timeoutMs: 0 },
  'no-fault': { why: 'no-fault', faultId: 'cut:1->2' },
  'client-exists': { why: 'client-exists', client: 'c1' },
  'no-client': { why: 'no-client', client: 'c9' },
  'client-starting': { why: 'client-starting', client: 'c1' },
  'server-running': { why: 'server-running', server: 3 },
  failed: { why: 'failed', error: 'Error: something broke' },
};
/** The words the drivers, hosts and network threw before they threw data, kept byte for byte. */
const refusalWords: Record<Refusal['why'], string> = {
  'bad-server-id': 'server id must be an integer in 1..101, got 0',
  'no-server': 'there is no server 9 in this cluster',
  'same-server-link': 'a link joins two different servers, got 2 → 2',
  'server-twice': 'server 1 appears twice in one partition group',
  'empty-partition': 'a partition needs at least one non-empty group',
  'bad-rate': 'drop rate must be in [0, 1], got 1.5',
  'bad-ms': 'latencyMs must be a finite number ≥ 0, got -1',
  'bad-drop-percent': 'a drop rate is a percentage from 0 to 100, got 150',
  'bad-session-timeout': 'a session timeout must be a positive number of ms, got 0',
  'no-fault': 'there is no fault cut:1->2 to heal (it may have healed already)',
  'client-exists': 'client c1 already exists',
  'no-client': 'there is no client c9',
  'client-starting': 'client c1 is still starting (its code is loading); try again in a moment',
  'server-running': 'server 3 is running: stop it before replacing its disk',
  failed: 'Error: something broke',
};

export const base = { t: 12_345, node: 1 } as const;
const vote = { leader: 5, epoch: 2, zxid: z(2, 3) };
const session = { client: 'c1', node: 3, sessionId: 0x1000 } as const;

export const samples: Samples = {
  ...realSamples,
  'state-change': [
    { record: { ...base, kind: 'state-change', change: 'looking', from: 'looking', round: 1, reason: lookingReasons.started, vote: null }, mentions: ['nobody'] },
    { record: { ...base, kind: 'state-change', change: 'decided', round: 7, leader: 5, epoch: 2, zxid: z(2, 3), tookMs: 1234, joinedRunningEnsemble: false, next: 'follow' }, mentions: ['round 7', '1,234 ms', 'server 5', 'epoch 2', '0x200000003', 'FOLLOW server 5'] },
    { record: { ...base, kind: 'state-change', change: 'decided', round: 7, leader: 5, epoch: 2, zxid: 0, tookMs: 250, joinedRunningEnsemble: true, next: 'observe' }, mentions: ['joins the running ensemble', '250 ms', 'observe leader 5'] },
    { record: { ...base, kind: 'state-change', change: 'leading', epoch: 3, limit: initLimit }, mentions: ['LEADING', 'initLimit 10 × tickTime 2,000 ms'] },
    { record: { ...base, kind: 'state-change', change: 'learning', leader: 5, observer: true, acceptedEpoch: 2 }, mentions: ['OBSERVING leader 5', 'accepted epoch 2'] },
    ...Object.values(lookingReasons).map((reason): Sample<'state-change'> => ({
      record: { ...base, kind: 'state-change', change: 'looking', from: 'following', round: 7, reason, vote },
      mentions: ['Server 1 is LOOKING (was following)', 'round 7', 'server 5 (epoch 2, zxid 0x200000003)', ...lookingMentions[reason.why]],
    })),
    ...Object.values(closes).map((close): Sample<'state-change'> => ({
      record: { ...base, kind: 'state-change', change: 'looking', from: 'following', round: 7, reason: { why: 'leader-closed', leader: 5, close }, vote },
      mentions: ['leader 5 closed the connection', ...closeMentions[close.why]],
    })),
  ],
  'election-round': [{ record: { ...base, kind: 'election-round', round: 4, from: 3, vote: { ...vote, leader: 1 } }, mentions: ['round 4', 'server 3', 'itself (epoch 2, zxid 0x200000003)'] }],
  'vote-changed': [{ record: { ...base, kind: 'vote-changed', round: 4, from: 3, vote }, mentions: ['server 5 (epoch 2, zxid 0x200000003)', 'server 3'] }],
  'leader-elected': [
    { record: { ...base, kind: 'leader-elected', epoch: 3, followers: [4, 2], voters: 5, zxid: z(3, 0) }, mentions: ['Server 1 leads epoch 3', 'followers 2, 4', '3 of 5 voters'] },
    { record: { ...base, kind: 'leader-elected', epoch: 1, followers: [], voters: 1, zxid: z(1, 0) }, mentions: ['epoch 1', 'only voter'] },
  ],
  'peer-suspected': [
    { record: { ...base, kind: 'peer-suspected', peer: 5, cause: 'leader-silent', silentMs: 10_002, limitMs: 10_000, limit: syncLimit }, mentions: ['leader 5', '10,002 ms', 'syncLimit 5 × tickTime 2,000 ms'] },
    { record: { ...base, kind: 'peer-suspected', peer: 4, cause: 'heartbeat-timeout', silentMs: 3100, limitMs: 3000 }, mentions: ['server 4', '3,100 ms', '3,000 ms'] },
    { record: { ...base, kind: 'peer-suspected', peer: 5, cause: 'leader-stopped-leading' }, mentions: ['leader 5', 'no longer claims to lead'] },
    { record: { ...base, kind: 'peer-suspected', peer: 5, cause: 'connection-reset' }, mentions: ['leader 5', 'connection reset'] },
  ],
  'peer-recovered': [{ record: { ...base, kind: 'peer-recovered', peer: 4 }, mentions: ['Server 1 hears server 4 again'] }],
  'epoch-accepted': [
    { record: { ...base, kind: 'epoch-accepted', epoch: 6, followers: [3, 2] }, mentions: ['followers 2, 3', 'epoch 6'] },
    { record: { ...base, kind: 'epoch-accepted', epoch: 1, followers: [] }, mentions: ['only voter', 'epoch 1'] },
  ],
  sync: [
    { record: { ...base, kind: 'sync', side: 'leader', learner: 4, fromZxid: z(1, 2), mode: 'diff', sent: [z(1, 3), z(1, 4)] }, mentions: ['server 4', '0x100000002', 'DIFF: 2 transaction(s)', '0x100000003', '0x100000004'] },
    { record: { ...base, kind: 'sync', side: 'leader', learner: 4, fromZxid: z(1, 2), mode: 'diff', sent: [] }, mentions: ['empty DIFF', '0x100000002'] },
    { record: { ...base, kind: 'sync', side: 'leader', learner: 4, fromZxid: z(1, 5), mode: 'trunc', truncZxid: z(1, 3), sent: [z(2, 1)] }, mentions: ['TRUNC to 0x100000003', '0x100000005', '1 transaction(s)'] },
    { record: { ...base, kind: 'sync', side: 'leader', learner: 4, fromZxid: 0, mode: 'snap', snapshotZxid: z(2, 9) }, mentions: ['SNAP', '0x200000009', '(at 0x0)'] },
    { record: { ...base, kind: 'sync', side: 'learner', leader: 5, mode: 'snap', snapshotZxid: z(2, 9) }, mentions: ["leader 5's snapshot at 0x200000009"] },
  ],
  truncated: [
    { record: { ...base, kind: 'truncated', leader: 5, toZxid: z(1, 3), removed: [z(1, 4), z(1, 5)], cleared: false }, mentions: ['truncated its log to 0x100000003', 'leader 5', '2 transaction(s)', '0x100000004, 0x100000005'] },
    { record: { ...base, kind: 'truncated', leader: 5, toZxid: z(1, 3), removed: [], cleared: true, snapshotZxid: z(1, 6) }, mentions: ['cannot truncate to 0x100000003', '0x100000006', 'leader 5'] },
  ],
  'learner-synced': [
    { record: { ...base, kind: 'learner-synced', side: 'leader', learner: 4 }, mentions: ['Server 4 is synced with leader 1'] },
    { record: { ...base, kind: 'learner-synced', side: 'learner', leader: 5, epoch: 3, zxid: z(3, 0), observer: false }, mentions: ['follows leader 5', 'epoch 3', '0x300000000'] },
  ],
  'learner-dropped': Object.values(drops).map((reason): Sample<'learner-dropped'> => ({
    record: { ...base, kind: 'learner-dropped', learner: 4, reason },
    mentions: ['Leader 1 drops server 4', ...dropMentions[reason.why]],
  })) as Samples['learner-dropped'],
  'step-down': Object.values(shutdowns).map((shutdown): Sample<'step-down'> => ({
    record: { ...base, kind: 'step-down', epoch: 3, shutdown },
    mentions: ['Leader 1', ...stepDownMentions[shutdown.why]],
  })) as Samples['step-down'],
  'proposal-committed': [
    { record: { ...base, kind: 'proposal-committed', zxid: z(2, 5), op: { type: 'create', path: '/a', ephemeralOwner: 0x1000 }, ackedBy: [1, 3, 2], voters: 5 }, mentions: ['0x200000005', 'create /a (ephemeral)', '1, 2, 3', '5 voters'] },
    { record: { ...base, kind: 'proposal-committed', zxid: z(2, 6), op: { type: 'set', path: '/a' }, ackedBy: [1], voters: 1 }, mentions: ['set /a'] },
    { record: { ...base, kind: 'proposal-committed', zxid: z(2, 7), op: { type: 'delete', path: '/a' }, ackedBy: [1], voters: 1 }, mentions: ['delete /a'] },
    { record: { ...base, kind: 'proposal-committed', zxid: z(2, 8), op: { type: 'createSession', sessionId: 0x1000, timeoutMs: 6000, client: 'c1' }, ackedBy: [1], voters: 1 }, mentions: ['open session 0x1000 for c1'] },
    { record: { ...base, kind: 'proposal-committed', zxid: z(2, 9), op: { type: 'closeSession', sessionId: 0x1000, reason: 'expired' }, ackedBy: [1], voters: 1 }, mentions: ['expire session 0x1000'] },
  ],
  'session-expired': [{ record: { ...base, kind: 'session-expired', sessionId: 0x1000, deletedPaths: ['/w1', '/w2'] }, mentions: ['0x1000', '/w1, /w2'] }],
  'session-closed': [{ record: { ...base, kind: 'session-closed', sessionId: 0x1000, deletedPaths: [] }, mentions: ['0x1000', 'no ephemeral znodes'] }],
  'follower-refused': [{ record: { ...base, kind: 'follower-refused', follower: 4, followerEpoch: 3, followerZxid: z(3, 2), leaderEpoch: 2, leaderZxid: z(2, 9) }, mentions: ['server 4', 'epoch 3, zxid 0x300000002', 'epoch 2, zxid 0x200000009'] }],
  'request-failed': [{ record: { ...base, kind: 'request-failed', op: 'create', path: '/a/b', code: 'NONODE', problem: { why: 'no-parent', parent: '/a' } }, mentions: ['create /a/b', 'parent /a does not exist'] }],
  'client-state': [
    { record: { ...session, t: 0, state: 'connecting', kind: 'client-state', change: 'connecting', server: 3, requestedTimeoutMs: 6000, serverOrder: [3, 1, 2] }, mentions: ['Client c1', 'server 3', '6,000 ms', '3, 1, 2'] },
    { record: { ...session, t: 0, state: 'connected', kind: 'client-state', change: 'connected', server: 3, resumed: false, timeoutMs: 4000, requestedTimeoutMs: 6000, tookMs: 12 }, mentions: ['server 3', '0x1000', '4,000 ms', '6,000 ms', '12 ms'] },
    { record: { ...session, t: 0, state: 'connected', kind: 'client-state', change: 'connected', server: 2, resumed: true, timeoutMs: 4000, requestedTimeoutMs: 6000, tookMs: 0 }, mentions: ['reconnected to server 2', '0x1000 survives'] },
    ...Object.values(losses).flatMap((loss) =>
      Object.values(afters).map((after): Sample<'client-state'> => ({
        record: { ...session, t: 0, state: 'disconnected', kind: 'client-state', change: 'link-lost', server: 3, loss, after },
        mentions: [...lossMentions[loss.why], ...afterMentions[after.then]],
      })),
    ),
    ...Object.values(expiries).map((expiry): Sample<'client-state'> => ({
      record: { ...session, t: 0, state: 'expired', kind: 'client-state', change: 'expired', server: 3, expiry },
      mentions: ['session 0x1000 has expired', 'server 3', ...expiryMentions[expiry.why]],
    })),
    { record: { ...session, t: 0, state: 'closed', kind: 'client-state', change: 'closed', server: 3 }, mentions: ['closed session 0x1000 through server 3'] },
    { record: { ...session, t: 0, state: 'closed', kind: 'client-state', change: 'closed-locally', sessionTimeoutMs: 6000 }, mentions: ['0x1000', '6,000 ms'] },
    { record: { ...session, t: 0, state: 'disconnected', kind: 'client-state', change: 'vanished', sessionTimeoutMs: 6000, pendingOps: 2 }, mentions: ['vanished', '0x1000', '6,000 ms', '2 pending ops'] },
  ],
  'client-result': [
    { record: { ...session, t: 0, kind: 'client-result', op: { type: 'set', path: '/a', value: 'x', version: 2 }, result: { ok: true, type: 'set', zxid: z(1, 4), version: 3 }, callId: 3, requestId: 7, answeredBy: 'server' }, mentions: ['set /a "x" (version 2)', '0x100000004', 'version 3'] },
    { record: { ...session, t: 0, kind: 'client-result', op: { type: 'get', path: '/a' }, result: { ok: false, code: 'CONNECTIONLOSS', problem: { why: 'lost-before-answer', server: 3 } }, callId: 4, answeredBy: 'client' }, mentions: ['get /a failed with CONNECTIONLOSS'] },
    { record: { ...session, t: 0, kind: 'client-result', op: { type: 'close' }, result: { ok: true, type: 'closed' }, callId: 5, answeredBy: 'client' }, mentions: ['close → closed locally'] },
  ],
  restart: [{ record: { ...base, kind: 'restart', acceptedEpoch: 3, currentEpoch: 2, loggedTxns: 7, hasSnapshot: true }, mentions: ['accepted epoch 3', 'current epoch 2', '7 logged', 'after a snapshot'] }],
  'packets-released': [
    { record: { ...base, kind: 'packets-released', peers: [2, 3], packets: 14, heldMs: 1500, syncLimitMs: 4000 }, mentions: ['server 1 to 2, 3', '14 packet(s)', '1,500 ms', '4,000 ms', 'carry on'] },
    { record: { ...base, kind: 'packets-released', peers: [2], packets: 3, heldMs: 9000, syncLimitMs: 4000 }, mentions: ['9,000 ms', 'ran out'] },
  ],
  'disk-in-memory': [
    { record: { t: 0, node: null, kind: 'disk-in-memory', cause: 'missing' }, mentions: ['no IndexedDB', 'every server', "tab's memory", 'Restarts still read'] },
    { record: { t: 0, node: null, kind: 'disk-in-memory', cause: 'refused', error: 'SecurityError: access denied' }, mentions: ['refused', 'SecurityError: access denied', 'every server'] },
    { record: { t: 0, node: 4, kind: 'disk-in-memory', cause: 'no-answer', waitedMs: 4000 }, mentions: ['did not answer', '4,000 ms', 'server 4 keeps'] },
  ],
  'runtime-error': [{ record: { ...base, kind: 'runtime-error', cause: 'log-write', error: 'Error: disk full' }, mentions: ['Server 1 stopped', 'write its log', 'disk full'] }],
  crash: [
    { record: { ...base, kind: 'crash', wasLeading: true, detection: { detector: 'zookeeper', limit: syncLimit } }, mentions: ['leader 1', 'syncLimit 5 × tickTime 2,000 ms = 10,000 ms'] },
    { record: { ...base, kind: 'crash', wasLeading: false, detection: { detector: 'all-to-all', timeoutMs: 3000 } }, mentions: ['server 1', 'heartbeat timeout, 3,000 ms'] },
  ],
  kill: [{ record: { ...base, kind: 'kill' }, mentions: ['server 1'] }],
  pause: [{ record: { ...base, kind: 'pause' }, mentions: ['server 1'] }],
  resume: [{ record: { ...base, kind: 'resume' }, mentions: ['Server 1 resumes'] }],
  isolate: [{ record: { ...base, kind: 'isolate' }, mentions: ['server 1'] }],
  cut: [{ record: { ...base, kind: 'cut', peers: [2], link: { from: 1, to: 2 }, both: false }, mentions: ['1 → 2 (one way)'] }],
  'restore-link': [{ record: { ...base, kind: 'restore-link', peers: [2], link: { from: 1, to: 2 }, both: true }, mentions: ['1 ↔ 2 is back'] }],
  partition: [{ record: { ...base, node: null, kind: 'partition', groups: [[1, 2], [3]] }, mentions: ['{1, 2} | {3}'] }],
  heal: [
    { record: { ...base, node: null, kind: 'heal', fault: null }, mentions: ['Every link is back'] },
    ...Object.values(faults).map((fault): Sample<'heal'> => ({ record: { ...base, node: null, kind: 'heal', fault }, mentions: [`Healed: ${faultWords[fault.kind]}.`] })),
  ],
  drop: [
    { record: { ...base, kind: 'drop', ratePercent: 20, link: { from: 1, to: 2 } }, mentions: ['20%', 'link 1 → 2'] },
    { record: { ...base, node: null, kind: 'drop', ratePercent: 5, link: null }, mentions: ['5%', 'every link'] },
  ],
  delay: [{ record: { ...base, kind: 'delay', latencyMs: 300, jitterMs: 40, link: { from: 1, to: 2 } }, mentions: ['300 ms', '40 ms', 'link 1 → 2'] }],
  refused: Object.values(refusals).map((refusal): Sample<'refused'> => ({ record: { ...base, node: null, kind: 'refused', refusal }, mentions: [`Not done: ${refusalWords[refusal.why]}.`] })) as Samples['refused'],
  fault: [
    { record: { ...base, node: null, kind: 'fault', statement: 'crash leader', line: 5, leader: 3 }, mentions: ['At 12,345 ms: crash leader (the leader is server 3)'] },
    { record: { ...base, node: null, kind: 'fault', statement: 'kill leader', line: 6, leader: null }, mentions: ['there is no leader'] },
    { record: { ...base, node: null, kind: 'fault', statement: 'heal', line: 7 }, mentions: ['At 12,345 ms: heal'] },
  ],
  'step-skipped': Object.values(skips).map((reason): Sample<'step-skipped'> => ({
    record: { ...base, node: null, kind: 'step-skipped', statement: 'crash leader', line: 5, reason },
    mentions: skipMentions[reason.why],
  })) as Samples['step-skipped'],
};

/** Every request problem with its English words (the core's messages before it reported data). */
export const problems: [RequestProblem, string][] = [
  [{ why: 'not-a-write', op: 'get' }, 'get is not a write'],
  [{ why: 'bad-path', path: '/a/.', issue: { kind: 'relative', at: 3 } }, 'Invalid path string "/a/." caused by relative paths not allowed @3'],
  [{ why: 'too-large', bytes: 1048577, limitBytes: 1048575 }, 'the request is 1,048,577 bytes of path and value, more than jute.maxbuffer (1,048,575 bytes)'],
  [{ why: 'create-root' }, 'cannot create the root /'],
  [{ why: 'no-parent', parent: '/a' }, 'parent /a does not exist'],
  [{ why: 'read-only', path: '/zookeeper/config', perm: 'WRITE' }, "/zookeeper/config grants clients only READ, not WRITE (ZooKeeper's READ_ACL_UNSAFE on /zookeeper/config)"],
  [{ why: 'node-exists', path: '/p' }, 'node /p already exists'],
  [{ why: 'ephemeral-parent', parent: '/eph' }, 'parent /eph is ephemeral and cannot have children'],
  [{ why: 'session-closed', sessionId: 0x1000 }, 'session 0x1000 is closed or expired'],
  [{ why: 'delete-root' }, 'cannot delete the root /'],
  [{ why: 'delete-special', path: '/zookeeper' }, 'cannot delete /zookeeper: the server owns it'],
  [{ why: 'no-node', path: '/zz' }, 'node /zz does not exist'],
  [{ why: 'bad-version', path: '/a', expected: 2, actual: 3 }, 'expected version 2, node /a is at version 3'],
  [{ why: 'not-empty', path: '/a', children: 1, some: ['kid'] }, 'node /a has 1 children (kid)'],
  [{ why: 'not-empty', path: '/a', children: 5, some: ['k1', 'k2', 'k3'] }, 'node /a has 5 children (k1, k2, k3, …)'],
  [{ why: 'not-on-server', path: '/a', server: 2 }, '/a does not exist on server 2'],
  [{ why: 'not-serving', server: 2, role: 'looking' }, 'server 2 is not serving (looking)'],
  [{ why: 'not-connected', client: 'c1', server: 2 }, 'client c1 is not connected to server 2'],
  [{ why: 'server-behind', server: 2 }, 'server 2 is behind the client (it has seen a newer zxid)'],
  [{ why: 'not-accepting', leader: 3 }, 'leader 3 is not accepting proposals'],
  [{ why: 'stopped-serving', server: 3 }, 'server 3 stopped serving'],
  [{ why: 'session-expired', sessionId: 0x1000 }, 'session 0x1000 has expired'],
  [{ why: 'lost-before-answer', server: 3 }, 'connection to server 3 lost before it answered; the outcome is unknown'],
  [{ why: 'no-server-while-closing' }, 'no server to send it to while closing'],
  [{ why: 'handle-expired' }, 'the session has expired'],
  [{ why: 'client-closed' }, 'the client is closed'],
  [{ why: 'client-closing' }, 'the client is closing'],
  [{ why: 'closed-before-send' }, 'the client closed before it could send it'],
];
