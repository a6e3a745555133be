import type { PathIssue } from './path.ts';
import type { ClientName, Role, ServerId } from './types.ts';

// Why a client request failed, as data: the leader's PrepRequestProcessor, a server's connection
// handling and the client library each name one of these in a failed answer, and src/narrate words
// it per language (the core holds no sentences).

/** Refusals of a write by the leader (PrepRequestProcessor), in its order of checks. */
export type PrepProblem =
  | { why: 'not-a-write'; op: 'connect' | 'ping' | 'get' | 'close' | 'create' | 'set' | 'delete' }
  /** `path` is the path as checked (a sequential create's with a suffix digit). */
  | { why: 'bad-path'; path: string; issue: PathIssue }
  | { why: 'too-large'; bytes: number; limitBytes: number }
  | { why: 'create-root' }
  | { why: 'no-parent'; parent: string }
  | { why: 'read-only'; path: string; perm: 'CREATE' | 'WRITE' }
  | { why: 'node-exists'; path: string }
  | { why: 'ephemeral-parent'; parent: string }
  | { why: 'session-closed'; sessionId: number }
  | { why: 'delete-root' }
  | { why: 'delete-special'; path: string }
  | { why: 'no-node'; path: string }
  | { why: 'bad-version'; path: string; expected: number; actual: number }
  /** `some` are the first few children's names. */
  | { why: 'not-empty'; path: string; children: number; some: string[] };

/** A server turning a request away or dropping it. */
export type ServerProblem =
  | { why: 'not-on-server'; path: string; server: ServerId }
  | { why: 'not-serving'; server: ServerId; role: Role }
  | { why: 'not-connected'; client: ClientName; server: ServerId }
  | { why: 'server-behind'; server: ServerId }
  | { why: 'not-accepting'; leader: ServerId }
  | { why: 'stopped-serving'; server: ServerId }
  | { why: 'session-expired'; sessionId: number };

/** The client library failing a call itself (ClientCnxn's conLossPacket and cleanup). */
export type ClientLibraryProblem =
  | { why: 'lost-before-answer'; server: ServerId }
  | { why: 'no-server-while-closing' }
  | { why: 'handle-expired' }
  | { why: 'client-closed' }
  | { why: 'client-closing' }
  | { why: 'closed-before-send' };

export type RequestProblem = PrepProblem | ServerProblem | ClientLibraryProblem;
