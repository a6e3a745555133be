import { lazy, Suspense } from 'react';
import { EventLog } from '../panels/EventLog.tsx';
import { HeartbeatMatrix } from '../panels/HeartbeatMatrix.tsx';
import { NodeDetails } from '../panels/NodeDetails.tsx';
import { useAppStore } from '../../store/hooks.ts';
import { loadAnalysis } from '../../store/index.ts';
import { withAreas } from '../i18n/localeStore.ts';

// The first tab: the focused server, the heartbeat matrix and the narrated log; or the story on
// top, where a 720-pixel screen still shows the latest fault's phases, with the matrix under it.
// The story's components, its words and the analysis behind it load the first time it is chosen; the log is
// the first picture.

const StoryView = lazy(() => withAreas(['story'], () => Promise.all([import('../panels/StoryView.tsx'), loadAnalysis()])).then(([m]) => ({ default: m.StoryView })));

export function EventsTab() {
  const view = useAppStore((s) => s.eventsView);
  if (view === 'story') {
    return (
      <>
        <Suspense fallback={null}>
          <StoryView />
        </Suspense>
        <HeartbeatMatrix />
      </>
    );
  }
  return (
    <>
      <NodeDetails />
      <HeartbeatMatrix />
      <EventLog />
    </>
  );
}
