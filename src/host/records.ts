import type { ClientEvent } from '../core/client.ts';
import type { ClientName, CoreEvent, DurableState, ServerId } from '../core/types.ts';

// One line of the timeline, in every host and driver: a server's or client's event, or something
// the host itself did (a restart). The UI, the CLI and the tests read this one shape.

export type NodeStatus = 'up' | 'down' | 'paused';
export type DownKind = 'crash' | 'kill';

export interface TimelineRecord {
  t: number;
  node: ServerId | null;
  client?: ClientName;
  kind: string;
  text: string;
  peers?: ServerId[];
  detail?: Record<string, unknown>;
}

export function coreEventRecord(t: number, event: CoreEvent): TimelineRecord {
  const record: TimelineRecord = { t, node: event.node, kind: event.kind, text: event.text };
  if (event.peers) record.peers = event.peers;
  if (event.detail) record.detail = event.detail;
  return record;
}

export function clientEventRecord(t: number, event: ClientEvent): TimelineRecord {
  return { t, node: event.server ?? null, client: event.client, kind: event.kind, text: event.text, detail: { state: event.state, result: event.result } };
}

/** A new process of server `id` read its disk. */
export function restartRecord(t: number, id: ServerId, durable: DurableState): TimelineRecord {
  const snapshot = durable.snapshot ? ' after a snapshot' : '';
  return {
    t,
    node: id,
    kind: 'restart',
    text: `Server ${id} restarts from its disk: accepted epoch ${durable.acceptedEpoch}, current epoch ${durable.currentEpoch}, ${durable.log.length} logged transaction(s)${snapshot}.`,
    detail: { acceptedEpoch: durable.acceptedEpoch, currentEpoch: durable.currentEpoch, loggedTxns: durable.log.length, hasSnapshot: durable.snapshot !== null },
  };
}
