import type { DriverConnection } from '../types.ts';
import { BRIDGE_CLOSE_REFUSED } from './protocol.ts';

// The page's WebSocket to the bridge, behind a small face the tests can stand in for. It says what
// became of the link in the driver's words: open, unreachable (it never opened), refused (the
// bridge turned the token or Origin away), or closed.

/** What the driver needs of a WebSocket (the browser's fits). */
export interface SocketLike {
  send(text: string): void;
  close(): void;
  onopen: (() => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  onerror: (() => void) | null;
}

export type SocketFactory = (url: string) => SocketLike;

export interface SocketEvents {
  opened(): void;
  frame(data: unknown): void;
  /** The link ended, and how ('unreachable', 'refused' or 'closed'). */
  ended(how: Extract<DriverConnection, 'unreachable' | 'refused' | 'closed'>): void;
}

/** The browser's WebSocket, when there is one. */
export const browserSocket: SocketFactory = (url) => new WebSocket(url) as unknown as SocketLike;

/**
 * How a close code reads: the bridge's refusal, a link that never opened, or a close. The bridge
 * refuses a bad token or Origin at the upgrade (HTTP 401/403), which a browser reports only as a
 * link that never opened: from a page the bridge itself served (so it is there), that is a refusal.
 */
export function endingOf(code: number, everOpened: boolean, servedByBridge: boolean): 'unreachable' | 'refused' | 'closed' {
  if (code === BRIDGE_CLOSE_REFUSED || code === 1008) return 'refused';
  if (everOpened) return 'closed';
  return servedByBridge ? 'refused' : 'unreachable';
}

export class BridgeSocket {
  private socket: SocketLike | null = null;
  private everOpened = false;
  private ended = false;

  private servedByBridge = false;

  constructor(private readonly factory: SocketFactory, private readonly events: SocketEvents) {}

  /** `servedByBridge`: the page came from the bridge it dials (see endingOf). */
  open(url: string, servedByBridge = false): void {
    this.servedByBridge = servedByBridge;
    try {
      this.socket = this.factory(url);
    } catch {
      // A malformed URL or a page that may not open sockets: as good as unreachable.
      this.end('unreachable');
      return;
    }
    this.socket.onopen = () => {
      this.everOpened = true;
      this.events.opened();
    };
    this.socket.onmessage = (event) => this.events.frame(event.data);
    this.socket.onclose = (event) => this.end(endingOf(event.code, this.everOpened, this.servedByBridge));
    // An error is always followed by a close, which says how it ended.
    this.socket.onerror = () => {};
  }

  /** False when the link is not open (the command was not sent). */
  send(text: string): boolean {
    if (!this.socket || !this.everOpened || this.ended) return false;
    this.socket.send(text);
    return true;
  }

  close(): void {
    if (this.ended) return;
    this.ended = true;
    this.socket?.close();
  }

  private end(how: 'unreachable' | 'refused' | 'closed'): void {
    if (this.ended) return;
    this.ended = true;
    this.events.ended(how);
  }
}
