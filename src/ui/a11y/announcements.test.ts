import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../driver/index.ts';
import { en } from '../../i18n/messages/en/index.ts';
import { zh } from '../../i18n/messages/zh/index.ts';
import { makeTranslate } from '../../i18n/translate.ts';
import { emptyNews, gatherNews, hasNews, newsText } from './announcements.ts';

let nextId = 1;
const suspects = (node: number, peer: number): TimelineEntry => ({ id: nextId++, t: 1_000, node, kind: 'peer-suspected', peer, cause: 'connection-reset' }) as TimelineEntry;
const elected = (node: number, epoch: number): TimelineEntry => ({ id: nextId++, t: 2_000, node, kind: 'leader-elected', epoch, followers: [], voters: 5, zxid: 0, peers: [] }) as unknown as TimelineEntry;
const other = (node: number): TimelineEntry => ({ id: nextId++, t: 3_000, node, kind: 'crash' }) as unknown as TimelineEntry;

const t = makeTranslate('en', en);

describe('live-region news from the timeline', () => {
  it('says nothing for records that are neither detection nor election', () => {
    const news = emptyNews();
    gatherNews(news, [other(1)]);
    expect(hasNews(news)).toBe(false);
  });

  it('names one suspecting server, and counts many in one sentence', () => {
    const one = emptyNews();
    gatherNews(one, [suspects(2, 5)]);
    expect(newsText(one, t)).toBe('Server 2 suspects server 5.');

    const burst = emptyNews();
    const many = Array.from({ length: 100 }, (_, i) => suspects(i + 1, 101));
    gatherNews(burst, [...many, suspects(3, 101)]);
    expect(newsText(burst, t)).toBe('100 servers suspect server 101.');
  });

  it('keeps only the newest leader, after the suspicions', () => {
    const news = emptyNews();
    gatherNews(news, [suspects(1, 5), elected(3, 2)]);
    gatherNews(news, [elected(4, 3)]);
    expect(newsText(news, t)).toBe('Server 1 suspects server 5. Server 4 leads epoch 3; a quorum follows it.');
  });

  it('speaks Chinese with the Chinese catalog', () => {
    const news = emptyNews();
    gatherNews(news, [suspects(1, 5), suspects(2, 5), elected(3, 2)]);
    expect(newsText(news, makeTranslate('zh', zh))).toBe('2 台服务器怀疑服务器 5 已失效。 服务器 3 成为 epoch 2 的领导者（Leader），多数派已跟随它。');
  });
});
