import type { TimelineRecord } from '../host/records.ts';
import type { SimCluster } from '../sim/cluster.ts';
import { MAX_REPLAY_EVENTS } from './replayBounds.ts';
import { playScript, type ScriptHost } from './scriptRun.ts';
import { MAX_TRACE_MESSAGES, serializeTrace, TRACE_FORMAT, TRACE_VERSION, type TraceMessage } from './traceFile.ts';

// A trace is regenerated, not kept: the simulator replays the script headless, with listeners on
// every timeline record and every server-to-server message, up to the trace's time. The same
// script and time give the same bytes, so an imported trace exports back identical.

/** A headless simulated driver whose cluster the caller may observe before its servers start. */
export type HeadlessHost = ScriptHost & { observe(listener: (cluster: SimCluster) => void): void };

export function buildTrace(host: HeadlessHost, script: string, atMs: number): { ok: true; text: string } | { ok: false; message: string } {
  const events: TimelineRecord[] = [];
  const messages: TraceMessage[] = [];
  let messagesOmitted = 0;
  host.observe((cluster) => {
    cluster.eventListener = (event) => events.push(event);
    cluster.messageListener = (from, to, type, sentMs, deliverMs) => {
      if (typeof from !== 'number' || typeof to !== 'number') return;
      if (messages.length < MAX_TRACE_MESSAGES) messages.push({ from, to, type, sentMs, deliverMs });
      else messagesOmitted++;
    };
  });
  const outcome = playScript(host, script, { atMs });
  if (!outcome.ok) return { ok: false, message: outcome.message };
  if (outcome.stoppedAtMs !== undefined) return { ok: false, message: `This run is too long to trace: replaying it to ${atMs} ms takes more than ${MAX_REPLAY_EVENTS.toLocaleString('en')} simulator events.` };
  return { ok: true, text: serializeTrace({ format: TRACE_FORMAT, version: TRACE_VERSION, atMs, script, events, messages, messagesOmitted }) };
}
