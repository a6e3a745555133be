import { useEffect, useRef } from 'react';
import type { AppStore } from '../../store/types.ts';
import { useT } from '../i18n/useT.ts';
import { announce } from './announcer.ts';
import { emptyNews, gatherNews, hasNews, newsText } from './announcements.ts';

// Feeds the live region from the store's timeline, in one place: new records are gathered and
// said at most once every GAP_MS of real time, so a screen reader keeps up with a large election;
// the first record of a burst waits GATHER_MS for the rest of it.

const GAP_MS = 2_000;
const GATHER_MS = 500;

/** The entries after id `seenId` (the timeline is oldest first, so only its tail is read). */
function entriesAfter<T extends { id: number }>(timeline: readonly T[], seenId: number): T[] {
  let i = timeline.length;
  while (i > 0 && timeline[i - 1]!.id > seenId) i--;
  return timeline.slice(i);
}

export function useTimelineAnnouncements(store: AppStore): void {
  const t = useT();
  const tRef = useRef(t);
  useEffect(() => {
    tRef.current = t;
  }, [t]);
  useEffect(() => {
    let news = emptyNews();
    let seenId = store.getState().timeline.at(-1)?.id ?? -1;
    let runId = store.getState().runId;
    let lastSaidMs = -Infinity;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const say = () => {
      timer = null;
      if (!hasNews(news)) return;
      announce(newsText(news, tRef.current));
      news = emptyNews();
      lastSaidMs = performance.now();
    };
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.runId !== runId) {
        // A reset or new settings: a new run's ids start again.
        runId = s.runId;
        seenId = -1;
        news = emptyNews();
      }
      if (s.timeline === prev.timeline) return;
      const fresh = entriesAfter(s.timeline, seenId);
      if (fresh.length === 0) return;
      seenId = fresh.at(-1)!.id;
      gatherNews(news, fresh);
      if (!hasNews(news) || timer) return;
      timer = setTimeout(say, Math.max(GATHER_MS, lastSaidMs + GAP_MS - performance.now()));
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [store]);
}
