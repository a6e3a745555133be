import { useEffect } from 'react';
import type { AppStore } from '../../store/types.ts';
import { usePresentation } from './presentation.ts';

// Presenting folds the side panel to the story (present.css hides the tabs): on entering, the
// events tab opens on its story view; on leaving, the tab and view the person had come back.

export function usePresentationSide(store: AppStore): void {
  useEffect(() => {
    let before: { sideTab: ReturnType<AppStore['getState']>['sideTab']; eventsView: 'story' | 'log' } | null = null;
    const fold = (presenting: boolean) => {
      const s = store.getState();
      if (presenting && !before) {
        before = { sideTab: s.sideTab, eventsView: s.eventsView };
        s.setSideTab('events');
        s.setEventsView('story');
      } else if (!presenting && before) {
        s.setSideTab(before.sideTab);
        s.setEventsView(before.eventsView);
        before = null;
      }
    };
    fold(usePresentation.getState().presenting);
    return usePresentation.subscribe((state) => fold(state.presenting));
  }, [store]);
}
