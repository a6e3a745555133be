import { describe, expect, it } from 'vitest';
import type { SrvrPoll } from './poller.ts';
import { PollHealth } from './pollHealth.ts';

const answered: SrvrPoll = { answer: { ok: true, text: '', roundTripMs: 3 }, srvr: null };
const timedOut: SrvrPoll = { answer: { ok: false, failure: 'timeout', detail: '' }, srvr: null };
const refused: SrvrPoll = { answer: { ok: false, failure: 'refused', detail: '' }, srvr: null };

describe('PollHealth', () => {
  it('goes silent after two timeouts in a row, and reports the silence when answers return', () => {
    const health = new PollHealth(2);
    expect(health.take(answered, 1000, true)).toEqual([]);
    expect(health.take(timedOut, 1350, true)).toEqual([]);
    expect(health.answering).toBe(true);
    expect(health.take(timedOut, 1700, true)).toEqual([{ t: 1700, node: 2, kind: 'poll-silence', answering: false, silentMs: 700, source: 'poll' }]);
    expect(health.answering).toBe(false);
    expect(health.take(timedOut, 2050, true)).toEqual([]);
    expect(health.take(answered, 2200, true)).toEqual([{ t: 2200, node: 2, kind: 'poll-silence', answering: true, silentMs: 1200, source: 'poll' }]);
    expect(health.answering).toBe(true);
  });

  it('does not count refusals, nor timeouts while the process is down or paused by us', () => {
    const health = new PollHealth(1);
    health.take(answered, 0, true);
    for (const t of [300, 600, 900]) expect(health.take(refused, t, true)).toEqual([]);
    for (const t of [1200, 1500, 1800]) expect(health.take(timedOut, t, false)).toEqual([]);
    expect(health.answering).toBe(true);
  });
});
