import type { UserOp } from '../../core/client.ts';
import { isSpecialPath, parentOf } from '../../core/path.ts';
import type { RequestProblem } from '../../core/requestProblems.ts';
import type { ClientErrorCode, ClientResult, ServerId } from '../../core/types.ts';
import type { FollowUp, OpOutcome } from './childProtocol.ts';

// ZooKeeper's error codes (KeeperException.Code) as the project's ClientErrorCode, with the
// RequestProblem the page words. A problem's fields come from the request itself or from the read
// the child makes right after a NOTEMPTY or BADVERSION (which children, which version); nothing
// is guessed. A code the project has no word for is reported as such, not forced into another.

export const ZK_CODES = {
  CONNECTIONLOSS: -4,
  BADARGUMENTS: -8,
  NONODE: -101,
  NOAUTH: -102,
  BADVERSION: -103,
  NOCHILDRENFOREPHEMERALS: -108,
  NODEEXISTS: -110,
  NOTEMPTY: -111,
  SESSIONEXPIRED: -112,
  SESSIONMOVED: -118,
  NOTREADONLY: -119,
} as const;

const NAMES = new Map<number, string>([
  [-1, 'SYSTEMERROR'], [-2, 'RUNTIMEINCONSISTENCY'], [-3, 'DATAINCONSISTENCY'], [-5, 'MARSHALLINGERROR'], [-6, 'UNIMPLEMENTED'],
  [-7, 'OPERATIONTIMEOUT'], [-12, 'UNKNOWNSESSION'], [-13, 'NEWCONFIGNOQUORUM'], [-14, 'RECONFIGINPROGRESS'], [-100, 'APIERROR'],
  [-113, 'INVALIDCALLBACK'], [-114, 'INVALIDACL'], [-115, 'AUTHFAILED'], [-120, 'EPHEMERALONLOCALSESSION'], [-121, 'NOWATCHER'],
  [-122, 'REQUESTTIMEOUT'], [-123, 'RECONFIGDISABLED'], [-124, 'SESSIONCLOSEDREQUIRESASLAUTH'], [-125, 'QUOTAEXCEEDED'], [-127, 'THROTTLEDOP'],
  ...Object.entries(ZK_CODES).map(([name, code]) => [code, name] as [number, string]),
]);

/** "NONODE (-101)", for messages. */
export function zkCodeName(code: number): string {
  return `${NAMES.get(code) ?? 'UNKNOWN'} (${code})`;
}

/** The project's code for a ZooKeeper code, or null when the project has none for it. */
export function clientErrorCodeOf(zkCode: number): ClientErrorCode | null {
  const name = NAMES.get(zkCode);
  switch (name) {
    case 'CONNECTIONLOSS':
    case 'BADARGUMENTS':
    case 'NONODE':
    case 'NOAUTH':
    case 'BADVERSION':
    case 'NOCHILDRENFOREPHEMERALS':
    case 'NODEEXISTS':
    case 'NOTEMPTY':
    case 'SESSIONEXPIRED':
    case 'NOTREADONLY':
      return name;
    default:
      return null;
  }
}

/** What the host knows about the session when an answer arrives. */
export interface AnswerContext {
  /** The server the session was attached to when the call was answered or lost; null: none. */
  server: ServerId | null;
  sessionId: number;
  closing: boolean;
}

export type Answer = { result: ClientResult; answeredBy: 'server' | 'client' } | { unknownCode: number };

type PathOp = Exclude<UserOp, { type: 'close' }>;

function pathProblem(op: PathOp, code: ClientErrorCode, followUp: FollowUp | null, ctx: AnswerContext): RequestProblem | null {
  const path = op.path;
  switch (code) {
    case 'NONODE':
      return op.type === 'create' ? { why: 'no-parent', parent: parentOf(path) ?? '/' } : { why: 'no-node', path };
    case 'NODEEXISTS':
      return { why: 'node-exists', path };
    case 'NOCHILDRENFOREPHEMERALS':
      return { why: 'ephemeral-parent', parent: parentOf(path) ?? '/' };
    case 'NOAUTH':
      return { why: 'read-only', path, perm: op.type === 'create' ? 'CREATE' : 'WRITE' };
    case 'BADARGUMENTS':
      if (op.type === 'delete') return path === '/' ? { why: 'delete-root' } : isSpecialPath(path) ? { why: 'delete-special', path } : null;
      return op.type === 'create' && path === '/' ? { why: 'create-root' } : null;
    case 'NOTEMPTY':
      return followUp !== null && 'children' in followUp ? { why: 'not-empty', path, children: followUp.children.length, some: followUp.children.slice(0, 3) } : followUpProblem(op, followUp, ctx);
    case 'BADVERSION':
      return followUp !== null && 'version' in followUp && op.type !== 'get' && op.type !== 'create' ? { why: 'bad-version', path, expected: op.version, actual: followUp.version } : followUpProblem(op, followUp, ctx);
    default:
      return null;
  }
}

/** The read after the error failed too: the answer says what that read found (the node gone, the link lost). */
function followUpProblem(op: PathOp, followUp: FollowUp | null, ctx: AnswerContext): RequestProblem | null {
  if (followUp === null || !('zkCode' in followUp)) return null;
  const code = clientErrorCodeOf(followUp.zkCode);
  if (code === 'NONODE') return { why: 'no-node', path: op.path };
  if (code === 'CONNECTIONLOSS' || code === 'SESSIONEXPIRED') return libraryProblem(code, ctx);
  return null;
}

function libraryProblem(code: 'CONNECTIONLOSS' | 'SESSIONEXPIRED', ctx: AnswerContext): RequestProblem {
  if (code === 'SESSIONEXPIRED') return { why: 'handle-expired' };
  if (ctx.closing) return { why: 'client-closing' };
  return ctx.server !== null ? { why: 'lost-before-answer', server: ctx.server } : { why: 'closed-before-send' };
}

/** The answer to `op` from what the child reported. */
export function answerOf(op: UserOp, outcome: OpOutcome, ctx: AnswerContext): Answer {
  // A close no server confirmed (the child gave up waiting) was settled by the client, as ClientCnxn's local close.
  if (outcome.ok) return { result: outcome, answeredBy: outcome.type === 'closed' && ctx.server === null ? 'client' : 'server' };
  const code = clientErrorCodeOf(outcome.zkCode);
  if (code === null) return { unknownCode: outcome.zkCode };
  // The library fails calls itself when the connection or the session ends (cleanupPendingQueue).
  if (code === 'CONNECTIONLOSS' || code === 'SESSIONEXPIRED') return { result: { ok: false, code, problem: libraryProblem(code, ctx) }, answeredBy: 'client' };
  if (op.type === 'close') return { unknownCode: outcome.zkCode };
  const problem = pathProblem(op, code, outcome.followUp, ctx);
  return problem === null ? { unknownCode: outcome.zkCode } : { result: { ok: false, code, problem }, answeredBy: 'server' };
}
