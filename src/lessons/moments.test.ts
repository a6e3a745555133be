import { describe, expect, it } from 'vitest';
import { answerOf, type RunFacts } from './answers.ts';
import { matches, momentMs, resolveLesson } from './moments.ts';
import type { Lesson, Question, TimelineRecord } from './types.ts';

// Step conditions and answers on hand-made records: the first matching record after the previous
// moment, in order; the correct option read from the facts, whatever they are.

const suspected = (t: number, node: number, peer: number): TimelineRecord => ({ t, node, kind: 'peer-suspected', cause: 'connection-reset', peer });
const elected = (t: number, node: number): TimelineRecord => ({ t, node, kind: 'leader-elected', epoch: 2, followers: [1, 2], voters: 5, zxid: 0 });
const crash = (t: number, node: number): TimelineRecord => ({ t, node, kind: 'crash', wasLeading: true, detection: { detector: 'zookeeper', limit: { name: 'syncLimit', ticks: 2, tickTimeMs: 2000 } } });

const records = [elected(200, 5), crash(5000, 5), suspected(8200, 1, 5), suspected(8200, 2, 5), elected(8400, 4)];

describe('moments', () => {
  it('match a record by kind, node and fields', () => {
    expect(matches({ kind: 'peer-suspected' }, records[2]!)).toBe(true);
    expect(matches({ kind: 'peer-suspected', node: 2 }, records[2]!)).toBe(false);
    expect(matches({ kind: 'peer-suspected', fields: { peer: 5 } }, records[3]!)).toBe(true);
    expect(matches({ kind: 'peer-suspected', fields: { peer: 4 } }, records[3]!)).toBe(false);
    expect(matches({ kind: 'crash' }, records[2]!)).toBe(false);
  });

  it('stand at the first match strictly after the previous moment, or a few ms past it', () => {
    expect(momentMs({ after: { kind: 'leader-elected' } }, records, -1)).toBe(200);
    expect(momentMs({ after: { kind: 'leader-elected' } }, records, 200)).toBe(8400);
    expect(momentMs({ after: { kind: 'leader-elected' }, plusMs: 50 }, records, 200)).toBe(8450);
    expect(momentMs({ after: { kind: 'leader-elected' } }, records, 8400)).toBeNull();
    expect(momentMs({ atMs: 7000 }, records, 9000)).toBe(7000);
  });

  it('resolve a lesson step by step, a reveal after its question, and say which step is never reached', () => {
    const question: Question = { options: [{ id: 'five', value: '5' }, { id: 'four', value: '4' }], reveal: { after: { kind: 'leader-elected' } }, answer: { fact: 'leader' } };
    const lesson: Lesson = {
      id: 'test',
      script: '',
      untilMs: 10_000,
      steps: [
        { id: 'a', moment: { after: { kind: 'leader-elected' } }, focus: {} },
        { id: 'b', moment: { atMs: 5000 }, focus: {}, question },
        { id: 'c', moment: { after: { kind: 'peer-suspected' } }, focus: {} },
      ],
    };
    const resolution = resolveLesson(lesson, records);
    // Step c searches after the reveal (8400): the suspicions at 8200 came before it.
    expect(resolution).toEqual({ ok: false, step: 3, what: 'step' });
    const fixed = { ...lesson, steps: [lesson.steps[0]!, lesson.steps[1]!, { id: 'c', moment: { atMs: 9000 }, focus: {} }] };
    expect(resolveLesson(fixed, records)).toEqual({ ok: true, resolved: { lesson: fixed, stepMs: [200, 5000, 9000], revealMs: [null, 8400, null] } });
  });
});

describe('answers', () => {
  const facts = (over: Partial<RunFacts>): RunFacts => ({ questionMs: 5000, leader: null, states: new Map(), paths: new Map(), since: [], ...over });

  it('pick the option whose value is the fact, computed from the run, not written down', () => {
    const question: Question = { options: [{ id: 'five', value: '5' }, { id: 'four', value: '4' }, { id: 'none', value: 'none' }], reveal: { atMs: 9000 }, answer: { fact: 'leader' } };
    expect(answerOf(question, facts({ leader: 4 })).correct).toBe(1);
    expect(answerOf(question, facts({ leader: 5 })).correct).toBe(0);
    expect(answerOf(question, facts({ leader: null })).correct).toBe(2);
    // At its election record the winner is LEADING before a quorum is synced: it counts.
    expect(answerOf(question, facts({ since: [elected(8400, 4)], states: new Map([[4, 'leading']]) })).correct).toBe(1);
  });

  it('bucket a detection delay, and say when nothing was detected', () => {
    const question: Question = { options: [{ id: 'instant', minMs: 0, maxMs: 500 }, { id: 'timeout', minMs: 500, maxMs: 8000 }, { id: 'never', value: 'never' }], reveal: { atMs: 9000 }, answer: { fact: 'detect-delay' } };
    expect(answerOf(question, facts({ since: [suspected(5002, 1, 5)] }))).toMatchObject({ correct: 0, value: '2' });
    expect(answerOf(question, facts({ since: [suspected(8200, 1, 5)] }))).toMatchObject({ correct: 1, value: '3200', evidence: { servers: [1], links: [[5, 1]] } });
    expect(answerOf(question, facts({}))).toMatchObject({ correct: 2, value: 'never' });
  });

  it('read a role, a znode and an election, and give null when no option fits', () => {
    const role: Question = { options: [{ id: 'f', value: 'following' }, { id: 'l', value: 'looking' }], reveal: { atMs: 9000 }, answer: { fact: 'role', server: 1 } };
    expect(answerOf(role, facts({ states: new Map([[1, 'looking']]) })).correct).toBe(1);
    expect(answerOf(role, facts({ states: new Map([[1, 'leading']]) })).correct).toBeNull();
    const znode: Question = { options: [{ id: 'stays', value: 'present' }, { id: 'goes', value: 'absent' }], reveal: { atMs: 9000 }, answer: { fact: 'znode', path: '/w', server: 2 } };
    expect(answerOf(znode, facts({ paths: new Map([[2, new Set(['/w'])]]) })).correct).toBe(0);
    expect(answerOf(znode, facts({ paths: new Map([[2, new Set<string>()]]) })).correct).toBe(1);
    const election: Question = { options: [{ id: 'yes', value: 'yes' }, { id: 'no', value: 'no' }], reveal: { atMs: 9000 }, answer: { fact: 'elected' } };
    expect(answerOf(election, facts({ since: [elected(8400, 4)] })).correct).toBe(0);
    expect(answerOf(election, facts({})).correct).toBe(1);
  });
});
