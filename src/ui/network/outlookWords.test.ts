import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/messages/en/index.ts';
import { zh } from '../../i18n/messages/zh/index.ts';
import { makeTranslate } from '../../i18n/translate.ts';
import type { PartitionOutlook } from '../../store/partitionOutlook.ts';
import { outlookWords } from './outlookWords.ts';

const loses: PartitionOutlook = { needed: 3, canLead: [1, 2, 3, 4], isolated: [], bridges: [], leader: 5, keeps: false, reach: [5] };

describe('outlookWords', () => {
  it('says what a partition does to the leader, in either language', () => {
    expect(outlookWords(loses, makeTranslate('en', en))).toBe('Leader 5 reaches only {5}, fewer than 3 voters: it steps down after syncLimit × tickTime, and a new leader can come from {1–4}.');
    expect(outlookWords(loses, makeTranslate('zh', zh))).toBe('Leader 5 只能联系到 {5}，不足 3 个投票者：它会在 syncLimit × tickTime 之后退位，新的 Leader 可以从 {1–4} 中产生。');
  });
});
