import type { ServerId, TimelineEntry } from '../../driver/index.ts';
import type { Translate } from '../../i18n/translate.ts';

// What the live region says about the timeline: who suspects whom, and which leader a quorum now
// follows. Records come in bursts (a 101-server election suspects the old leader a hundred times
// within a few frames), so they are gathered into pending news and said as one sentence per
// suspected server and one for the newest leader, at most once per pause (useTimelineAnnouncements).

export interface PendingNews {
  /** Suspected server → the servers suspecting it, in the order they spoke. */
  suspicions: Map<ServerId, ServerId[]>;
  /** The newest leader established, if any. */
  elected: { leader: ServerId; epoch: number } | null;
}

export function emptyNews(): PendingNews {
  return { suspicions: new Map(), elected: null };
}

/** Adds what the entries say to `news` (mutated, as it is gathered between announcements). */
export function gatherNews(news: PendingNews, entries: readonly TimelineEntry[]): void {
  for (const e of entries) {
    if (e.kind === 'peer-suspected' && e.node !== undefined) {
      const by = news.suspicions.get(e.peer) ?? [];
      if (!by.includes(e.node)) by.push(e.node);
      news.suspicions.set(e.peer, by);
    } else if (e.kind === 'leader-elected' && e.node !== undefined) {
      news.elected = { leader: e.node, epoch: e.epoch };
    }
  }
}

export function hasNews(news: PendingNews): boolean {
  return news.suspicions.size > 0 || news.elected !== null;
}

/** The news as one announcement: suspicions first (they came first), then the leader. */
export function newsText(news: PendingNews, t: Translate): string {
  const parts = [...news.suspicions].map(([peer, by]) => (by.length === 1 ? t('a11y.suspectedByOne', { by: by[0], peer }) : t('a11y.suspectedByMany', { count: by.length, peer })));
  if (news.elected) parts.push(t('a11y.elected', news.elected));
  return parts.join(' ');
}
