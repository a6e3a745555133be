import { EventLog } from '../panels/EventLog.tsx';
import { HeartbeatMatrix } from '../panels/HeartbeatMatrix.tsx';
import { NodeDetails } from '../panels/NodeDetails.tsx';

// The first tab: the focused server, the heartbeat matrix and the narrated log.

export function EventsTab() {
  return (
    <>
      <NodeDetails />
      <HeartbeatMatrix />
      <EventLog />
    </>
  );
}
