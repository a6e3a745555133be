import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineKind, TimelineRecord } from '../host/records.ts';
import { describeFault, narrate, narrateDetail, narrateIdList, narrateProblem, narrateZxidList, registerLanguage } from './index.ts';
import { expectSameFacts } from './testdata/sameFacts.ts';
import { faults, problems, samples, z } from './testdata/samples.ts';
import { chinese } from './zh/index.ts';

// The Chinese narration says what the English says: every record kind and every variant of its
// reasons (testdata/samples.ts, plus the variants below), with the same numbers and no English
// beyond the terms Chinese engineers keep (src/i18n/terms.ts).

const node = { t: 4_000, node: 1 } as const;
const session = { client: 'c1', node: 3, sessionId: 0x1000 } as const;
// Longer than a value shown in full; Chinese characters, so its head is no English word.
const longValue = '值'.repeat(300);

// Variants the English samples leave out, here for the comparison of both languages.
const moreRecords: TimelineRecord[] = [
  { ...node, kind: 'state-change', change: 'decided', round: 2, leader: 1, epoch: 3, zxid: z(3, 1), tookMs: 200, joinedRunningEnsemble: false, next: 'lead' },
  { ...node, kind: 'state-change', change: 'decided', round: 2, leader: 4, epoch: 3, zxid: z(3, 1), tookMs: 200, joinedRunningEnsemble: true, next: 'follow' },
  { ...node, kind: 'state-change', change: 'learning', leader: 5, observer: false, acceptedEpoch: 2 },
  { ...node, kind: 'state-change', change: 'looking', from: 'leading', round: 3, reason: { why: 'leader-refused', leader: 5, gaveUp: 'init-limit', tries: 2 }, vote: null },
  { ...node, kind: 'vote-changed', round: 2, from: 3, vote: null },
  { ...node, kind: 'learner-synced', side: 'learner', leader: 5, epoch: 3, zxid: z(3, 2), observer: true },
  { ...node, kind: 'step-down', epoch: 3, shutdown: { why: 'init-limit', waitingFor: 'followers', have: [1], limit: { name: 'initLimit', ticks: 10, tickTimeMs: 2000 } } },
  { ...node, kind: 'step-down', epoch: 3, shutdown: { why: 'init-limit', waitingFor: 'newleader-acks', have: [1, 2], limit: { name: 'initLimit', ticks: 10, tickTimeMs: 2000 } } },
  { ...node, kind: 'proposal-committed', zxid: z(2, 9), op: { type: 'closeSession', sessionId: 0x1000, reason: 'closed' }, ackedBy: [1, 2], voters: 3 },
  { ...node, kind: 'session-closed', sessionId: 0x1000, deletedPaths: ['/e1', '/e2', '/e3', '/e4', '/e5', '/e6', '/e7'] },
  { ...node, kind: 'sync', side: 'leader', learner: 4, fromZxid: z(1, 5), mode: 'trunc', truncZxid: z(1, 3), sent: [] },
  { ...node, kind: 'sync', side: 'leader', learner: 2, fromZxid: 0, mode: 'diff', sent: [1, 2, 3, 4, 5, 6] },
  { ...node, kind: 'truncated', leader: 5, toZxid: z(1, 3), removed: [], cleared: false },
  ...(['create', 'set', 'delete'] as const).map((op): TimelineRecord => ({ ...node, kind: 'request-failed', op, path: '/a', code: 'BADVERSION', problem: { why: 'bad-version', path: '/a', expected: 1, actual: 2 } })),
  { ...session, t: 0, state: 'connected', kind: 'client-state', change: 'connected', server: 3, resumed: false, timeoutMs: 4000, requestedTimeoutMs: 6000, tookMs: 0 },
  { ...session, sessionId: undefined, t: 0, state: 'closed', kind: 'client-state', change: 'closed-locally', sessionTimeoutMs: 6000 },
  { ...session, sessionId: undefined, t: 0, state: 'disconnected', kind: 'client-state', change: 'vanished', sessionTimeoutMs: 6000, pendingOps: 0 },
  { ...session, sessionId: undefined, t: 0, state: 'closed', kind: 'client-state', change: 'link-lost', server: 3, loss: { why: 'connection-reset' }, after: { then: 'closed', sessionTimeoutMs: 6000 } },
  ...(['ephemeral', 'persistent', 'persistent-sequential', 'ephemeral-sequential'] as const).map((mode): TimelineRecord => ({
    ...session, t: 0, kind: 'client-result', op: { type: 'create', path: '/a', value: 'x', mode }, result: { ok: true, type: 'created', path: '/a', zxid: z(1, 2) }, callId: 1, requestId: 1, answeredBy: 'server',
  })),
  { ...session, t: 0, kind: 'client-result', op: { type: 'set', path: '/a', value: longValue, version: -1 }, result: { ok: true, type: 'set', zxid: z(1, 3), version: 1 }, callId: 2, requestId: 2, answeredBy: 'server' },
  { ...session, t: 0, kind: 'client-result', op: { type: 'delete', path: '/a', version: 1 }, result: { ok: true, type: 'deleted', zxid: z(1, 4) }, callId: 3, requestId: 3, answeredBy: 'server' },
  { ...session, t: 0, kind: 'client-result', op: { type: 'delete', path: '/a', version: -1 }, result: { ok: false, code: 'NONODE', problem: { why: 'no-node', path: '/a' } }, callId: 3, requestId: 3, answeredBy: 'server' },
  { ...session, t: 0, kind: 'client-result', op: { type: 'get', path: '/a' }, result: { ok: true, type: 'data', value: longValue, version: 2, zxid: z(1, 3), serverZxid: z(1, 4) }, callId: 4, requestId: 4, answeredBy: 'server' },
  { ...session, t: 0, kind: 'client-result', op: { type: 'close' }, result: { ok: true, type: 'closed' }, callId: 5, requestId: 5, answeredBy: 'server' },
  { ...session, t: 0, kind: 'client-state', state: 'disconnected', change: 'link-lost', server: 3, loss: { why: 'bad-connect-answer', result: { ok: true, type: 'connected', sessionId: 0x2000, timeoutMs: 4000 } }, after: { then: 'try', server: 1 } },
  ...problems.map(([problem]): TimelineRecord => ({ ...session, t: 0, kind: 'client-result', op: { type: 'get', path: '/q' }, result: { ok: false, code: 'CONNECTIONLOSS', problem }, callId: 6, answeredBy: 'client' })),
  ...(['disk-load', 'worker'] as const).map((cause): TimelineRecord => ({ ...node, kind: 'runtime-error', cause, error: 'Error: boom' })),
  { ...node, kind: 'restart', acceptedEpoch: 1, currentEpoch: 1, loggedTxns: 0, hasSnapshot: false },
  { ...node, kind: 'crash', wasLeading: false, detection: { detector: 'zookeeper', limit: { name: 'syncLimit', ticks: 2, tickTimeMs: 500 } } },
  { ...node, kind: 'cut', peers: [2], link: { from: 1, to: 2 }, both: true },
  { ...node, kind: 'restore-link', peers: [2], link: { from: 1, to: 2 }, both: false },
  { ...node, node: null, kind: 'delay', latencyMs: 100, jitterMs: 0, link: null },
  { ...node, node: null, kind: 'heal', fault: { id: 'delay:5->4', kind: 'delay', latencyMs: 7, jitterMs: 0, link: { from: 5, to: 4 } } },
  { ...node, node: null, kind: 'heal', fault: { id: 'cut:1->2', kind: 'cut', from: 1, to: 2, both: false } },
  { ...node, node: null, kind: 'heal', fault: { id: 'drop', kind: 'drop', rate: 0.1, link: null } },
];

const everyRecord: TimelineRecord[] = [
  ...(Object.values(samples) as { record: TimelineRecord }[][]).flatMap((list) => list.map((s) => s.record)),
  ...moreRecords,
];

beforeAll(() => registerLanguage('zh', chinese));

describe('the Chinese narration', () => {
  it('has a sample of every record kind', () => {
    const kinds = new Set(everyRecord.map((r) => r.kind));
    expect([...kinds].sort()).toEqual((Object.keys(chinese.sentences) as TimelineKind[]).sort());
  });

  it.each(everyRecord.map((record) => [`${record.kind} ${JSON.stringify(record).slice(0, 160)}`, record] as const))('tells %s in Chinese, with the English numbers', (_name, record) => {
    const zh = narrate(record, 'zh');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expectSameFacts(narrate(record, 'en'), zh, record);
  });

  it('gives a second line where English does, in Chinese', () => {
    for (const record of everyRecord) {
      const en = narrateDetail(record, 'en');
      const zh = narrateDetail(record, 'zh');
      expect(zh === null, JSON.stringify(record)).toBe(en === null);
      if (en !== null && zh !== null) expectSameFacts(en, zh, record);
    }
  });

  it('tells every fault in force', () => {
    const more = moreRecords.flatMap((r) => (r.kind === 'heal' && r.fault ? [r.fault] : []));
    for (const fault of [...Object.values(faults), ...more]) expectSameFacts(describeFault(fault, 'en'), describeFault(fault, 'zh'), fault);
  });

  it('tells why every request failed', () => {
    for (const [problem] of problems) expectSameFacts(narrateProblem(problem, 'en'), narrateProblem(problem, 'zh'), problem);
  });

  it('lists ids and zxids in Chinese', () => {
    expect(narrateIdList([5, 1, 2], 'zh')).toBe('1、2、5');
    expect(narrateIdList([], 'zh')).toBe('无');
    expect(narrateZxidList([z(1, 1), z(1, 2), z(1, 3)], 'zh', 2)).toBe('0x100000001、0x100000002 … 另有 1 个');
    expect(narrateZxidList([z(1, 1), z(1, 2), z(1, 3)], 'en', 2)).toBe('0x100000001, 0x100000002 … +1 more');
  });

  it('names the first role it announces with the ZooKeeper term in parentheses', () => {
    const elected = samples['leader-elected'][0].record;
    expect(narrate(elected, 'zh')).toContain('领导者（Leader）');
  });
});
