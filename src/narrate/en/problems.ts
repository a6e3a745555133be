import type { PathIssue } from '../../core/path.ts';
import type { RequestProblem } from '../../core/requestProblems.ts';
import { formatSessionId } from '../format.ts';
import { grouped } from '../../core/limits.ts';
import { unreachable } from '../shared/unreachable.ts';

// Why a client request failed (src/core/requestProblems.ts), in English: the words ZooKeeper's
// exceptions use where the playground follows one (PathUtils, PrepRequestProcessor).

/** PathUtils' own words for an issue. */
function pathIssueWords(issue: PathIssue): string {
  switch (issue.kind) {
    case 'empty':
      return 'Path length must be > 0';
    case 'no-leading-slash':
      return 'Path must start with / character';
    case 'trailing-slash':
      return 'Path must not end with / character';
    case 'null-character':
      return `null character not allowed @${issue.at}`;
    case 'bad-character':
      return `invalid character @${issue.at}`;
    case 'empty-name':
      return `empty node name specified @${issue.at}`;
    case 'relative':
      return `relative paths not allowed @${issue.at}`;
    default:
      return unreachable(issue);
  }
}

/** PathUtils.validatePath's message. */
export function pathIssueText(path: string, issue: PathIssue): string {
  return `Invalid path string "${path}" caused by ${pathIssueWords(issue)}`;
}

export function requestProblemText(p: RequestProblem): string {
  switch (p.why) {
    case 'not-a-write':
      return `${p.op} is not a write`;
    case 'bad-path':
      return pathIssueText(p.path, p.issue);
    case 'too-large':
      return `the request is ${grouped(p.bytes)} bytes of path and value, more than jute.maxbuffer (${grouped(p.limitBytes)} bytes)`;
    case 'create-root':
      return 'cannot create the root /';
    case 'no-parent':
      return `parent ${p.parent} does not exist`;
    case 'read-only':
      return `${p.path} grants clients only READ, not ${p.perm} (ZooKeeper's READ_ACL_UNSAFE on /zookeeper/config)`;
    case 'node-exists':
      return `node ${p.path} already exists`;
    case 'ephemeral-parent':
      return `parent ${p.parent} is ephemeral and cannot have children`;
    case 'session-closed':
      return `session ${formatSessionId(p.sessionId)} is closed or expired`;
    case 'delete-root':
      return 'cannot delete the root /';
    case 'delete-special':
      return `cannot delete ${p.path}: the server owns it`;
    case 'no-node':
      return `node ${p.path} does not exist`;
    case 'bad-version':
      return `expected version ${p.expected}, node ${p.path} is at version ${p.actual}`;
    case 'not-empty':
      return `node ${p.path} has ${p.children} children (${p.some.join(', ')}${p.children > p.some.length ? ', …' : ''})`;
    case 'not-on-server':
      return `${p.path} does not exist on server ${p.server}`;
    case 'not-serving':
      return `server ${p.server} is not serving (${p.role})`;
    case 'not-connected':
      return `client ${p.client} is not connected to server ${p.server}`;
    case 'server-behind':
      return `server ${p.server} is behind the client (it has seen a newer zxid)`;
    case 'not-accepting':
      return `leader ${p.leader} is not accepting proposals`;
    case 'stopped-serving':
      return `server ${p.server} stopped serving`;
    case 'session-expired':
      return `session ${formatSessionId(p.sessionId)} has expired`;
    case 'lost-before-answer':
      return `connection to server ${p.server} lost before it answered; the outcome is unknown`;
    case 'no-server-while-closing':
      return 'no server to send it to while closing';
    case 'handle-expired':
      return 'the session has expired';
    case 'client-closed':
      return 'the client is closed';
    case 'client-closing':
      return 'the client is closing';
    case 'closed-before-send':
      return 'the client closed before it could send it';
    default:
      return unreachable(p);
  }
}
