import { useEffect } from 'react';
import { prefetchAftermath } from './i18n/localeStore.ts';
import { useLeaderServing } from './panels/useLeadershipWords.ts';

// After the frame that drew the first leader (an effect, not the render), the page fetches what it
// says once someone acts: the first crash then narrates at once, with no ellipsis or blank.

export function usePrefetchAftermath(): void {
  const leaderShown = useLeaderServing();
  useEffect(() => {
    if (leaderShown) prefetchAftermath();
  }, [leaderShown]);
}
