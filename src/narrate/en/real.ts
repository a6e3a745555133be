import type { BridgeLinkEvent, BridgeRecord, BridgeRefusalSeen, RealRecord } from '../../host/observedRecords.ts';
import type { RecordOf } from '../../host/records.ts';
import type { DetailLines, NarrationPart, Sentences } from '../language.ts';
import { formatMs, formatZxid } from '../format.ts';
import { unreachable } from '../shared/unreachable.ts';

// What a real ensemble's logs, polls and processes said, and what the page's link to the bridge
// did, in English.

type RealKind = (RealRecord | BridgeRecord)['kind'];

function notificationSeen(e: RecordOf<'notification-seen'>): string {
  const sender = e.from === e.node ? 'its own notification' : `a notification from server ${e.from}`;
  const round = e.round < 0 ? 'no election round of its own' : `round ${e.round}`;
  return `Server ${e.node} received ${sender} (${e.fromState.toUpperCase()}): a vote for server ${e.leader}, ${round}, epoch ${e.peerEpoch}, zxid ${formatZxid(e.zxid)}.`;
}

function zabPhase(e: RecordOf<'zab-phase'>): string {
  const mode = e.syncMode === null ? '' : `, synced by ${e.syncMode.toUpperCase()}`;
  return `Server ${e.node} is ${e.role.toUpperCase()}: Zab ${e.phase}${mode}.`;
}

function processStarted(e: RecordOf<'process-started'>): string {
  const epochs = e.acceptedEpoch === null && e.currentEpoch === null
    ? 'its data dir holds no epoch files yet'
    : `its data dir holds accepted epoch ${e.acceptedEpoch ?? 'none'}, current epoch ${e.currentEpoch ?? 'none'}`;
  return `Server ${e.node}'s process started (pid ${e.pid}): ${epochs}.`;
}

function processExited(e: RecordOf<'process-exited'>): string {
  const how = e.signal !== null ? `signal ${e.signal}` : `exit code ${e.code ?? 'unknown'}`;
  return e.expected ? `Server ${e.node}'s process ended, as asked (${how}).` : `Server ${e.node}'s process ended by itself (${how}).`;
}

function pollSilence(e: RecordOf<'poll-silence'>): string {
  return e.answering
    ? `Server ${e.node} answers its polls again, after ${formatMs(e.silentMs)} of silence.`
    : `Server ${e.node} stopped answering its polls (silent ${formatMs(e.silentMs)}): its process runs and nobody stopped it, so it is unresponsive.`;
}

export function bridgeRefusalText(r: BridgeRefusalSeen): string {
  switch (r.code) {
    case 'bad-frame':
      return `it could not read the request (${r.detail})`;
    case 'unknown-command':
      return `it knows no command "${r.type}"`;
    case 'bad-argument':
      return `the ${r.field} is wrong (${r.detail})`;
    case 'unknown-server':
      return `there is no server ${r.server}`;
    case 'not-now':
      return `not now (${r.detail})`;
    case 'failed':
      return `it failed (${r.detail})`;
    case 'no-link':
      return 'the page has no link to the bridge, so nothing was sent';
    default:
      return unreachable(r);
  }
}

function bridgeLink(event: BridgeLinkEvent): string {
  switch (event) {
    case 'unreachable':
      return 'The bridge does not answer: start it with `npm run real`, then open the URL it prints.';
    case 'refused':
      return "The bridge refused this page's token: open the exact URL `npm run real` printed.";
    case 'closing':
      return 'The bridge is stopping its servers.';
    case 'closed':
      return 'The link to the bridge closed.';
    default:
      return unreachable(event);
  }
}

export const realSentences: Pick<Sentences, RealKind> = {
  'notification-seen': notificationSeen,
  'zab-phase': zabPhase,
  'process-started': processStarted,
  'process-exited': processExited,
  'poll-silence': pollSilence,
  'bridge-refused': (e) => `The bridge did not do "${e.command}": ${bridgeRefusalText(e.refusal)}. Nothing changed.`,
  'bridge-frame-refused': (e) => `A message from the bridge could not be read, so it changed nothing: ${e.problem}.`,
  'bridge-link': (e) => bridgeLink(e.event),
};

export const realDetailLines: Pick<DetailLines, RealKind> = {
  'notification-seen': null,
  'zab-phase': null,
  'process-started': null,
  'process-exited': null,
  'poll-silence': null,
  'bridge-refused': null,
  'bridge-frame-refused': null,
  'bridge-link': null,
};

/** The real ensemble's part of the language, registered with the real driver on the page. */
export const realNarration: NarrationPart<RealKind> = { sentences: realSentences, details: realDetailLines };
