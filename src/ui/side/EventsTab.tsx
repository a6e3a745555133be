import { EventLog } from '../panels/EventLog.tsx';
import { HeartbeatMatrix } from '../panels/HeartbeatMatrix.tsx';
import { NodeDetails } from '../panels/NodeDetails.tsx';
import { StoryView } from '../panels/StoryView.tsx';
import { useAppStore } from '../../store/hooks.ts';

// The first tab: the focused server, the heartbeat matrix and the narrated log, or the story.

export function EventsTab() {
  const view = useAppStore((s) => s.eventsView);
  return (
    <>
      <NodeDetails />
      <HeartbeatMatrix />
      {view === 'story' ? <StoryView /> : <EventLog />}
    </>
  );
}
