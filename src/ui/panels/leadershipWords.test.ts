import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/messages/en/index.ts';
import { zh } from '../../i18n/messages/zh/index.ts';
import { makeTranslate } from '../../i18n/translate.ts';
import { untranslatedWords } from '../../i18n/terms.ts';
import type { Leadership } from '../../store/index.ts';
import { leadershipWords } from './leadershipWords.ts';

// The same leadership data worded in each language: the English as the page has always said it, the
// Chinese with no English left beyond ZooKeeper's terms, and the counts and countdowns in both.

const english = makeTranslate('en', en);
const chinese = makeTranslate('zh', zh);
const settings = { detector: 'zookeeper' as const, tickTimeMs: 2000, syncLimitTicks: 5, initLimitTicks: 10 };

const states: Leadership[] = [
  { kind: 'starting' },
  { kind: 'serving', leader: 3, epoch: 2, stale: [{ id: 1, epoch: 1 }] },
  { kind: 'unnoticed', leader: 3, epoch: 2, leaderStatus: 'down', believers: [1, 2], noticed: [4], leftMs: 3210, limitMs: 10_000 },
  { kind: 'unnoticed', leader: 3, epoch: 2, leaderStatus: 'up', believers: [], noticed: [], leftMs: 800, limitMs: 20_000 },
  { kind: 'establishing', leader: 4, epoch: 3, synced: 1, needed: 2 },
  { kind: 'quorum-lost', up: 1, needed: 3 },
  { kind: 'electing', looking: [1, 2], poll: { leftMs: 450, deciding: true } },
];

describe('leadershipWords', () => {
  it('words each state in English, with plurals and the timeout named', () => {
    expect(leadershipWords(states[2]!, settings, english)).toEqual({
      headline: 'Leader 3 is down',
      detail: '1 server noticed and is electing; 2 still follow it: 3.3 s until syncLimit × tickTime.',
      tone: 'waiting',
    });
    expect(leadershipWords(states[3]!, settings, english).detail).toBe('It has not noticed yet: 0.8 s until initLimit × tickTime, then it steps down.');
    expect(leadershipWords(states[5]!, settings, english).detail).toBe('1 voter is up; a quorum needs 3.');
    expect(leadershipWords(states[6]!, settings, english).detail).toBe('A quorum agrees: deciding in 0.5 s (finalizeWait).');
  });

  it('words the same states in Chinese, with no English beyond the kept terms', () => {
    expect(leadershipWords(states[2]!, settings, chinese)).toEqual({
      headline: '领导者 3 已宕机',
      detail: '1 台服务器已察觉并开始选举；2 台仍在跟随它：距 syncLimit × tickTime 到期还有 3.3 s。',
      tone: 'waiting',
    });
    for (const l of states) {
      const words = leadershipWords(l, settings, chinese);
      expect(untranslatedWords(`${words.headline} ${words.detail ?? ''}`), l.kind).toEqual([]);
    }
  });
});
