import type { SocketFactory, SocketLike } from './bridgeSocket.ts';

// A WebSocket stand-in for the real driver's tests: records what the page sends and lets the test
// play the bridge. No code of the playground imports this.

export class FakeSocket implements SocketLike {
  readonly sent: unknown[] = [];
  closed = false;
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  onerror: (() => void) | null = null;

  constructor(readonly url: string) {}

  send(text: string): void {
    this.sent.push(JSON.parse(text));
  }

  close(): void {
    this.closed = true;
  }

  /** The bridge accepts the link. */
  open(): void {
    this.onopen?.();
  }

  /** The bridge sends a frame (an object is sent as its JSON). */
  receive(frame: unknown): void {
    this.onmessage?.({ data: typeof frame === 'string' ? frame : JSON.stringify(frame) });
  }

  end(code: number): void {
    this.onclose?.({ code });
  }
}

/** A factory that keeps the sockets it made, newest last. */
export function fakeSockets(): { factory: SocketFactory; sockets: FakeSocket[] } {
  const sockets: FakeSocket[] = [];
  return {
    sockets,
    factory: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
  };
}
