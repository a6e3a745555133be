import { useEffect } from 'react';
import { prefetchAftermath } from './i18n/localeStore.ts';
import { useFirstLeaderDrawn } from './panels/firstLeaderDrawn.ts';

// After the frame that drew the first leader (the readout's latch), the page fetches what it
// says once someone acts: the first crash then narrates at once, with no ellipsis or blank.

export function usePrefetchAftermath(): void {
  const leaderShown = useFirstLeaderDrawn((s) => s.drawn);
  useEffect(() => {
    if (leaderShown) prefetchAftermath();
  }, [leaderShown]);
}
