import type { Socket } from 'node:net';
import type { Client } from 'node-zookeeper-client';

// What node-zookeeper-client 1.1.3 knows but does not publish, read from its ConnectionManager
// (lib/ConnectionManager.js). The child needs it to report honestly: which server a session is on
// (the library only says "connected"), the zxid of each reply (the created znode's zxid: the
// server's ReplyHeader carries it, FinalRequestProcessor), the server order, and every attempt.
// The shape is checked once per session; a library that differs is refused with a clear message.

/** As ConnectionStringParser leaves it: the port is the text of the connection string, not a number. */
export interface ServerEntry {
  host: string;
  port: string | number;
}

/** ConnectionManager.STATES. */
export const MANAGER_STATES = { DISCONNECTED: 0, CONNECTING: 1, CONNECTED: 2, CONNECTED_READ_ONLY: 3, CLOSING: -1, CLOSED: -2, SESSION_EXPIRED: -3, AUTHENTICATION_FAILED: -4 } as const;

export interface ConnectionInternals {
  /** Shuffled by the library when it parsed the connection string; tried round-robin. */
  servers: ServerEntry[];
  nextServerIndex: number;
  serverAttempts: number;
  state: number;
  /** The zxid of the last reply header read (updated before the reply's callback runs). */
  zxid: Buffer;
  sessionId: Buffer;
  sessionTimeout: number;
  socket?: Socket;
  findNextServer(callback: (server: ServerEntry) => void): void;
  on(event: 'state', listener: (state: number) => void): void;
}

function looksLikeInternals(value: unknown): value is ConnectionInternals {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v.servers) && typeof v.nextServerIndex === 'number' && typeof v.serverAttempts === 'number' && Buffer.isBuffer(v.zxid) && Buffer.isBuffer(v.sessionId) && typeof v.findNextServer === 'function' && typeof v.on === 'function';
}

/** The client's ConnectionManager, or an Error saying the library is not the one this was written for. */
export function internalsOf(client: Client): ConnectionInternals | Error {
  const manager = (client as unknown as { connectionManager?: unknown }).connectionManager;
  return looksLikeInternals(manager) ? manager : new Error('node-zookeeper-client has changed: its ConnectionManager is not the 1.1.3 one this bridge reads');
}

/** Rotates the library's (shuffled) order so `port` comes first, keeping the cycle after it, as the model's client does. */
export function tryFirst(internals: ConnectionInternals, port: number): void {
  const at = internals.servers.findIndex((s) => Number(s.port) === port);
  if (at > 0) internals.servers.push(...internals.servers.splice(0, at));
}
