import type { AfterLoss, ClientEvent, LinkLoss, SessionExpiry, UserOp } from '../../core/clientEvents.ts';
import type { ClientName, ClientResult, ServerId } from '../../core/types.ts';
import type { RecordOf } from '../../host/records.ts';
import type { Sentences } from '../language.ts';
import { formatMs, formatSessionId, formatZxid } from '../format.ts';
import { quotedValue } from '../values.ts';
import { requestProblemText } from './problems.ts';
import { unreachable } from '../shared/unreachable.ts';

// The clients' events in English.

export function userOpText(op: UserOp): string {
  switch (op.type) {
    case 'create':
      return `create ${op.path} ${quotedValue(op.value)}${op.mode === 'persistent' ? '' : ' ' + op.mode}`;
    case 'set':
      return `set ${op.path} ${quotedValue(op.value)}${op.version >= 0 ? ` (version ${op.version})` : ''}`;
    case 'delete':
      return `delete ${op.path}${op.version >= 0 ? ` (version ${op.version})` : ''}`;
    case 'get':
      return `get ${op.path}`;
    case 'close':
      return 'close';
    default:
      return unreachable(op);
  }
}

export function resultText(result: ClientResult): string {
  if (!result.ok) return `${result.code} (${requestProblemText(result.problem)})`;
  switch (result.type) {
    case 'connected':
      return `connected, session ${formatSessionId(result.sessionId)}`;
    case 'pong':
      return 'pong';
    case 'created':
      return `created ${result.path} at ${formatZxid(result.zxid)}`;
    case 'set':
      return `set at ${formatZxid(result.zxid)}, version ${result.version}`;
    case 'deleted':
      return `deleted at ${formatZxid(result.zxid)}`;
    case 'data':
      return `${quotedValue(result.value)} (version ${result.version})`;
    case 'closed':
      return 'closed';
    default:
      return unreachable(result);
  }
}

function lossText(loss: LinkLoss, client: ClientName, server: ServerId): string {
  switch (loss.why) {
    case 'turned-away':
      return `Server ${server} turned client ${client} away (not serving, or behind the client's zxid ${formatZxid(loss.lastZxidSeen)})`;
    case 'closed-by-server':
      return `Server ${server} closed client ${client}'s connection`;
    case 'bad-connect-answer':
      return `Server ${server} answered client ${client}'s connect with ${resultText(loss.result)}`;
    case 'dropped-by-server':
      return `Server ${server} dropped client ${client}'s connection`;
    case 'connect-timeout':
      return `Client ${client} got no answer from server ${server} within ${formatMs(loss.waitedMs)}`;
    case 'read-timeout':
      return `Client ${client} lost server ${server} (no reply for ${formatMs(loss.silentMs)})`;
    case 'connection-reset':
      return `Client ${client}'s connection to server ${server} was reset`;
    default:
      return unreachable(loss);
  }
}

function afterLossText(after: AfterLoss, client: ClientName, sessionId: number | undefined): string {
  switch (after.then) {
    case 'try':
      return `trying server ${after.server}`;
    case 'wait':
      return `every server has failed in a row, so it tries server ${after.server} in ${formatMs(after.waitMs)}`;
    case 'closed':
      return `client ${client} is closed${sessionId === undefined ? '' : ` and session ${formatSessionId(sessionId)} is left to expire after ${formatMs(after.sessionTimeoutMs)}`}`;
    default:
      return unreachable(after);
  }
}

function expiryText(expiry: SessionExpiry, server: ServerId): string {
  switch (expiry.why) {
    case 'zero-timeout':
      return `server ${server} answered with timeout 0`;
    case 'other-session':
      return `server ${server} answered with another session ${formatSessionId(expiry.otherSessionId)}`;
    case 'unknown-to-server':
      return `server ${server} no longer knows it`;
    case 'server-says-expired':
      return `server ${server} says so`;
    default:
      return unreachable(expiry);
  }
}

function clientState(e: RecordOf<'client-state'>): string {
  const c = e.client;
  const session = e.sessionId === undefined ? null : formatSessionId(e.sessionId);
  switch (e.change) {
    case 'connecting':
      return `Client ${c} connecting to server ${e.server} (session timeout ${formatMs(e.requestedTimeoutMs)}, servers in order ${e.serverOrder.join(', ')})`;
    case 'connected':
      if (e.resumed) return `Client ${c} reconnected to server ${e.server} in time: session ${session} survives`;
      return `Client ${c} connected to server ${e.server}: new session ${session}, timeout ${formatMs(e.timeoutMs)} (asked ${formatMs(e.requestedTimeoutMs)})${e.tookMs > 0 ? `, after ${formatMs(e.tookMs)}` : ''}`;
    case 'link-lost':
      return `${lossText(e.loss, c, e.server)}; ${afterLossText(e.after, c, e.sessionId)}`;
    case 'expired':
      return `Client ${c}: session ${formatSessionId(e.sessionId ?? 0)} has expired (${expiryText(e.expiry, e.server)}); the handle is dead`;
    case 'closed':
      return `Client ${c} closed session ${session} through server ${e.server}`;
    case 'closed-locally':
      return `Client ${c} is closed${session === null ? '' : `; session ${session} is left to expire after ${formatMs(e.sessionTimeoutMs)}`}`;
    case 'vanished': {
      const expires = session === null ? '' : `; the ensemble will expire session ${session} after ${formatMs(e.sessionTimeoutMs)}`;
      const pending = e.pendingOps > 0 ? ` (${e.pendingOps} pending op${e.pendingOps === 1 ? '' : 's'} die with it)` : '';
      return `Client ${c} vanished without a word${expires}${pending}`;
    }
    default:
      return unreachable(e);
  }
}

function clientResult(e: RecordOf<'client-result'>): string {
  const op = userOpText(e.op);
  if (e.answeredBy === 'server') return `Client ${e.client}: ${op} → ${resultText(e.result)}`;
  if (e.result.ok) return `Client ${e.client}: ${op} → closed locally`;
  return `Client ${e.client}: ${op} failed with ${e.result.code} (${requestProblemText(e.result.problem)})`;
}

/** The clients' own events, and the leader's refusal of a client's write (a server's record, worded with the client's problems). */
export const clientSentences: Pick<Sentences, ClientEvent['kind'] | 'request-failed'> = {
  'client-state': clientState,
  'client-result': clientResult,
  'request-failed': (e) => `Leader ${e.node} rejected ${e.op} ${e.path}: ${requestProblemText(e.problem)}.`,
};
