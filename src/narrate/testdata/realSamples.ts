import type { BridgeRecordKind, RealRecordKind } from '../../host/observedRecords.ts';
import type { Sample } from './samples.ts';

// Samples of the records only a real ensemble (and the page's link to its bridge) produces, with
// what their sentences must mention. Fixtures of the narration tests only.

type RealSamples = { [K in RealRecordKind | BridgeRecordKind]: [Sample<K>, ...Sample<K>[]] };

const at = { t: 2_500, node: 3 } as const;
const page = { t: 2_500, node: null } as const;

export const realSamples: RealSamples = {
  'notification-seen': [
    { record: { ...at, kind: 'notification-seen', from: 2, fromState: 'looking', leader: 5, round: 4, peerEpoch: 1, zxid: 0x100000007 }, mentions: ['Server 3', 'server 2', 'LOOKING', 'server 5', 'round 4', 'epoch 1', '0x100000007'] },
    { record: { ...at, kind: 'notification-seen', from: 3, fromState: 'leading', leader: 3, round: 2, peerEpoch: 2, zxid: 0 }, mentions: ['its own notification', 'LEADING', 'round 2'] },
    { record: { ...at, kind: 'notification-seen', from: 6, fromState: 'following', leader: 6, round: -1, peerEpoch: 0, zxid: 0 }, mentions: ['server 6', 'FOLLOWING', 'no election round of its own'] },
  ],
  'zab-phase': [
    { record: { ...at, kind: 'zab-phase', role: 'leading', phase: 'discovery', syncMode: null, leader: 3 }, mentions: ['Server 3', 'LEADING', 'discovery'] },
    { record: { ...at, kind: 'zab-phase', role: 'following', phase: 'synchronization', syncMode: 'diff', leader: 2 }, mentions: ['FOLLOWING', 'synchronization', 'DIFF'] },
    { record: { ...at, kind: 'zab-phase', role: 'observing', phase: 'broadcast', syncMode: 'snap', leader: null }, mentions: ['OBSERVING', 'broadcast', 'SNAP'] },
  ],
  'process-started': [
    { record: { ...at, kind: 'process-started', pid: 4242, acceptedEpoch: 2, currentEpoch: 1 }, mentions: ['Server 3', 'pid 4242', 'accepted epoch 2', 'current epoch 1'] },
    { record: { ...at, kind: 'process-started', pid: 77, acceptedEpoch: null, currentEpoch: null }, mentions: ['pid 77', 'no epoch files'] },
  ],
  'process-exited': [
    { record: { ...at, kind: 'process-exited', code: null, signal: 'SIGKILL', expected: true }, mentions: ['Server 3', 'as asked', 'SIGKILL'] },
    { record: { ...at, kind: 'process-exited', code: 3, signal: null, expected: false }, mentions: ['by itself', 'exit code 3'] },
  ],
  'poll-silence': [
    { record: { ...at, kind: 'poll-silence', answering: false, silentMs: 1_250 }, mentions: ['Server 3', 'stopped answering', '1,250 ms', 'unresponsive'] },
    { record: { ...at, kind: 'poll-silence', answering: true, silentMs: 4_000 }, mentions: ['answers its polls again', '4,000 ms'] },
  ],
  'bridge-refused': [
    { record: { ...page, kind: 'bridge-refused', command: 'kill', refusal: { code: 'unknown-server', server: 9 } }, mentions: ['"kill"', 'no server 9', 'Nothing changed'] },
    { record: { ...page, kind: 'bridge-refused', command: 'cut', refusal: { code: 'bad-argument', field: 'from', detail: 'a server id' } }, mentions: ['"cut"', 'from', 'a server id'] },
    { record: { ...page, kind: 'bridge-refused', command: 'crash', refusal: { code: 'not-now', detail: 'still starting' } }, mentions: ['not now', 'still starting'] },
    { record: { ...page, kind: 'bridge-refused', command: 'pause', refusal: { code: 'failed', detail: 'ESRCH' } }, mentions: ['failed', 'ESRCH'] },
    { record: { ...page, kind: 'bridge-refused', command: 'kill', refusal: { code: 'bad-frame', detail: 'no seq' } }, mentions: ['could not read', 'no seq'] },
    { record: { ...page, kind: 'bridge-refused', command: 'kill', refusal: { code: 'unknown-command', type: 'kill' } }, mentions: ['knows no command'] },
    { record: { ...page, kind: 'bridge-refused', command: 'kill', refusal: { code: 'no-link' } }, mentions: ['no link to the bridge'] },
  ],
  'bridge-frame-refused': [{ record: { ...page, kind: 'bridge-frame-refused', problem: 'update.snapshot.timeMs is not a number' }, mentions: ['changed nothing', 'update.snapshot.timeMs is not a number'] }],
  'bridge-link': [
    { record: { ...page, kind: 'bridge-link', event: 'unreachable' }, mentions: ['does not answer', 'npm run real'] },
    { record: { ...page, kind: 'bridge-link', event: 'refused' }, mentions: ['token'] },
    { record: { ...page, kind: 'bridge-link', event: 'closing' }, mentions: ['stopping'] },
    { record: { ...page, kind: 'bridge-link', event: 'closed' }, mentions: ['closed'] },
  ],
};
