import { EventLog } from '../panels/EventLog.tsx';
import { HeartbeatMatrix } from '../panels/HeartbeatMatrix.tsx';
import { NodeDetails } from '../panels/NodeDetails.tsx';
import { StoryView } from '../panels/StoryView.tsx';
import { useAppStore } from '../../store/hooks.ts';

// The first tab: the focused server, the heartbeat matrix and the narrated log; or the story on
// top, where a 720-pixel screen still shows the latest fault's phases, with the matrix under it.

export function EventsTab() {
  const view = useAppStore((s) => s.eventsView);
  if (view === 'story') {
    return (
      <>
        <StoryView />
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
